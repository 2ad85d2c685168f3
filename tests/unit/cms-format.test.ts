/**
 * The admin's save path (cms/admin/format.ts): the text each locale's file gets, and which files
 * reach the backend at all.
 */
import { describe, expect, it } from 'vitest';
import { clearedTranslation, fromFile, toFile, withoutEmptyTranslations } from '../../cms/admin/format';

/**
 * A stand-in for a Decap backend: records what it was asked to write; `existing` files exist. A
 * missing file is refused as hosted backends do, or answered `{ data: null }` as decap-server
 * (the local backend behind `npm run cms`) does.
 */
function backend(existing: string[], missing: 'reject' | 'null' = 'reject') {
  const written: { path: string; raw: string }[][] = [];
  const implementation = withoutEmptyTranslations({
    async persistEntry(entry) {
      written.push(entry.dataFiles.map(({ path, raw }) => ({ path, raw })));
    },
    async getEntry(path) {
      if (existing.includes(path)) return { file: { path }, data: 'name: x\n' };
      if (missing === 'null') return { file: { path, id: null }, data: null };
      throw new Error(`${path}: not found`);
    },
  });
  return { implementation, written };
}

const file = (locale: string, raw: string) => ({ path: `content/towns/alpha/services/${locale}/alpha-x.yml`, slug: 'alpha-x', raw });

describe('toFile', () => {
  it('writes the default-locale data in the canonical form', () => {
    expect(toFile('services', { name: 'Coats', provider: 'alpha-council', towns: ['alpha'], description: '' })).toBe(
      'provider: alpha-council\ntowns: [alpha]\nname: Coats\n',
    );
  });

  it('writes a translation’s text, and nothing for a translation with no text', () => {
    expect(toFile('services', { summary: '', name: 'معاطف' })).toBe('name: معاطف\n');
    expect(toFile('services', {})).toBe('');
    expect(toFile('calendar', { title: '', description: '', statusNote: '' })).toBe('');
  });

  it('reads what it wrote, and an empty file as no fields', () => {
    expect(fromFile('services', toFile('services', { name: 'Coats', towns: ['alpha'], provider: 'p' }))).toEqual({
      provider: 'p',
      towns: ['alpha'],
      name: 'Coats',
    });
    expect(fromFile('services', clearedTranslation)).toEqual({});
    expect(fromFile('services', '')).toEqual({});
  });

  it('reads a plain document as the group it stands for, and writes a group of one back as the plain document', () => {
    const file = 'eligibility:\n  documents:\n    - oneOf: [asylum-card, residence-permit]\n    - health-card\n';
    const read = fromFile('services', file);
    // The CMS's list of groups edits every item as a group.
    expect(read).toEqual({ eligibility: { documents: [{ oneOf: ['asylum-card', 'residence-permit'] }, { oneOf: ['health-card'] }] } });
    // An untouched list saves unchanged.
    expect(toFile('services', read as Record<string, unknown>)).toBe(file);
  });
});

describe('withoutEmptyTranslations', () => {
  it('writes no file for the languages nobody wrote in when a record is created', async () => {
    const { implementation, written } = backend([]);
    // Decap turns the format's '' into a lone line break before handing the files over.
    await implementation.persistEntry(
      { dataFiles: [file('en', 'name: x\n'), file('ar', 'name: س\n'), file('fr', '\n'), file('es', '\n')], assets: [] },
      { newEntry: true },
    );
    expect(written).toEqual([[file('en', 'name: x\n'), file('ar', 'name: س\n')].map(({ path, raw }) => ({ path, raw }))]);
  });

  it.each(['reject', 'null'] as const)(
    'empties the file of a translation the editor cleared, and adds none where there was none (missing file: %s)',
    async (missing) => {
      const { implementation, written } = backend([file('ar', '').path], missing);
      await implementation.persistEntry(
        { dataFiles: [file('en', 'name: x\n'), file('ar', '\n'), file('fr', '\n')], assets: [] },
        { newEntry: false },
      );
      expect(written[0].map((f) => [f.path.split('/').at(-2), f.raw])).toEqual([
        ['en', 'name: x\n'],
        ['ar', clearedTranslation],
      ]);
    },
  );
});
