/**
 * Content files have one written form, the serializer's: every file in the repository is already
 * in it, so a CMS save that goes through it changes only the lines the editor changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { historyFile } from '~/lib/metrics/history';
import { canonicalContentFile, contentFileRole, isEmptyTranslation, serializeContent } from '~/lib/content/serialize';

const service = { kind: 'services', translation: false } as const;
const translation = { kind: 'services', translation: true } as const;

/** Record and settings files; the metrics history has its own writer (tests/unit/metrics-history.test.ts). */
function contentFiles(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.yml') && f.split(path.sep).join('/') !== historyFile)
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

describe('the content in the repository', () => {
  for (const root of ['content', 'tests/fixtures/mini']) {
    it(`is written in the canonical form in ${root}/ (npm run check -- --fix rewrites a hand edit in it)`, () => {
      const files = contentFiles(root);
      expect(files.length).toBeGreaterThan(10);
      const differ = files.filter((f) => {
        const text = fs.readFileSync(path.join(root, f), 'utf8');
        return canonicalContentFile(f, text) !== text;
      });
      expect(differ).toEqual([]);
    });
  }
});

describe('serializeContent', () => {
  it('writes the shared fields, then the text, each in the schema’s order, whatever order the CMS holds them in', () => {
    const text = serializeContent(service, {
      summary: 'Coats.',
      name: 'Winter coats',
      reviewed: '2026-11-20',
      towns: ['alpha'],
      provider: 'alpha-council',
      cost: { amountEUR: 2, type: 'reduced' },
    });
    expect(text.split('\n').map((l) => l.split(':')[0])).toEqual([
      'provider',
      'towns',
      'cost',
      '  type',
      '  amountEUR',
      'reviewed',
      'name',
      'summary',
      '',
    ]);
  });

  it('leaves out the blanks of optional fields and keeps a blank required field for the reader to report', () => {
    const text = serializeContent(service, {
      provider: '',
      towns: [],
      status: '',
      eligibility: { audiences: [], ageMin: '', residence: 'none' },
      description: '',
      applySteps: [],
      locations: [],
      name: 'Coats',
    });
    expect(text).toBe('provider: ""\ntowns: []\neligibility:\n  residence: none\nname: Coats\n');
  });

  it('keeps fields the schema does not know, blank or not, after the known ones', () => {
    const text = serializeContent(service, { nmae: '', name: 'Coats', zz: { b: 1, a: [] } });
    expect(text).toBe('name: Coats\nnmae: ""\nzz:\n  b: 1\n  a: []\n');
  });

  it('writes a translation’s text only, every blank left out (nothing in a translation is required)', () => {
    expect(serializeContent(translation, { summary: '', name: 'معاطف', applySteps: [] })).toBe('name: معاطف\n');
  });

  it('quotes dates, times and date-times, which YAML 1.1 readers would turn into dates and numbers', () => {
    const text = serializeContent(
      { kind: 'calendar', translation: false },
      {
        timed: { start: '2027-01-12T09:00', end: '2027-01-12T12:30' },
        recurrence: { rrule: 'FREQ=WEEKLY;UNTIL=20270629T235959Z', exdates: ['2027-01-26'] },
        updated: '2026-11-20T10:00:00Z',
      },
    );
    expect(text).toBe(
      [
        'timed:',
        '  start: "2027-01-12T09:00"',
        '  end: "2027-01-12T12:30"',
        'recurrence:',
        '  rrule: FREQ=WEEKLY;UNTIL=20270629T235959Z',
        '  exdates: ["2027-01-26"]',
        'updated: "2026-11-20T10:00:00Z"',
        '',
      ].join('\n'),
    );
  });

  it('writes lists of words inline, lists of sentences one per line, and addresses, points and opening hours inline', () => {
    const text = serializeContent(service, {
      towns: ['alpha', 'beta'],
      locations: [
        {
          name: 'Hall',
          address: { town: 'alpha', street: 'Via Uno 1', postalCode: '00001' },
          geo: { lon: 12.5, lat: 42.1 },
          hours: [{ closes: '12:00', opens: '09:00', days: ['mo', 'tu'] }],
        },
      ],
      applySteps: ['Call us.', 'Come by.'],
    });
    expect(text).toBe(
      [
        'towns: [alpha, beta]',
        'locations:',
        '  - name: Hall',
        '    address: {street: Via Uno 1, postalCode: "00001", town: alpha}',
        '    geo: {lat: 42.1, lon: 12.5}',
        '    hours:',
        '      - {days: [mo, tu], opens: "09:00", closes: "12:00"}',
        'applySteps:',
        '  - Call us.',
        '  - Come by.',
        '',
      ].join('\n'),
    );
  });

  it('writes multi-line text as a literal block ending in one line break, and never folds a long line', () => {
    const long = 'word '.repeat(60).trim();
    const text = serializeContent(service, { summary: long, description: 'First.\n\n- one\n- two  \n\n' });
    expect(text).toBe(`summary: ${long}\ndescription: |\n  First.\n\n  - one\n  - two\n`);
  });

  it('reads back every hostile string exactly as given', () => {
    const hostile = [
      'a: b',
      '- item',
      '#not a comment',
      'null',
      'true',
      '0123',
      '+390612345678',
      '1e3',
      '  leading space',
      "it's",
      '"quoted"',
      '{not: a map}',
      '[not, a, list]',
      '@at',
      '`tick',
      '*alias',
      '&anchor',
      '!tag',
      '%directive',
      '? key',
      'تاريخ: ٢٠٢٦',
      'tab\there',
      '---',
      '...',
      'ends with colon:',
      'line\u2028separator',
      'zero\u200bwidth',
    ];
    for (const value of hostile) {
      const text = serializeContent(translation, { name: value, applySteps: [value, 'x'] });
      expect(parse(text)).toEqual({ name: value, applySteps: [value, 'x'] });
    }
  });

  it('is stable: writing what it wrote changes nothing', () => {
    const data = { name: 'A', description: 'One\ntwo', towns: ['a'], eligibility: { ageMin: 3 }, contacts: {} };
    const once = serializeContent(service, data);
    expect(serializeContent(service, parse(once))).toBe(once);
  });
});

describe('contentFileRole', () => {
  it('tells a record’s default-locale file from its translations, and a town’s profile from the settings', () => {
    expect(contentFileRole('towns/alpha/services/en/alpha-x.yml')).toEqual({ kind: 'services', translation: false });
    expect(contentFileRole('towns/alpha/profile/ar/alpha.yml')).toEqual({ kind: 'towns', translation: true });
    expect(contentFileRole('network/calendar/fr/x.yml')).toEqual({ kind: 'calendar', translation: true });
    expect(contentFileRole('network/settings.yml')).toEqual({ kind: 'settings', translation: false });
  });

  it('knows no role for files the reader does not read as records', () => {
    for (const p of ['towns/alpha/notes/en/x.yml', 'towns/alpha/services/xx/x.yml', 'towns/alpha/services/en/x.yaml', 'x.yml']) {
      expect(contentFileRole(p)).toBeUndefined();
    }
    expect(() => canonicalContentFile('towns/alpha/notes/en/x.yml', 'a: 1\n')).toThrow(/not a content file/);
  });
});

describe('isEmptyTranslation', () => {
  it('is true for a translation nobody wrote in or whose every field was cleared, false once one field has text', () => {
    expect(isEmptyTranslation({})).toBe(true);
    expect(isEmptyTranslation({ name: '', applySteps: [], description: null })).toBe(true);
    expect(isEmptyTranslation({ name: '', summary: 'نص' })).toBe(false);
  });
});
