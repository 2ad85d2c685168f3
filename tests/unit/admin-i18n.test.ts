/**
 * The admin speaks the editor's language (locales/admin/<code>.json) and opens one town at a time.
 * The translation files stay honest: a key the English file lacks, a field path, option or
 * sentence that no longer exists fails here, so a renamed schema field cannot leave a stale
 * translation behind; whatever a language leaves out shows in English.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsCollection, type CmsSetup } from '~/lib/cms/config';
import { optionListName } from '~/lib/cms/option-lists';
import { readTowns } from '~/integrations/decap-cms/towns';
import * as schema from '~/lib/content/schema';
import { adminLanguages, adminStrings, fieldText, translateMessage, ui, type AdminLanguage } from '../../cms/admin/i18n';
import { chooseAdminLanguage, collectionKind, configFields, localeName, translateConfig } from '../../cms/admin/language';

const labels = JSON.parse(fs.readFileSync('locales/en.json', 'utf8'));
const towns = [
  { slug: 'alpha', name: 'Alpha', officeLanguages: ['it', 'en'] },
  { slug: 'beta', name: 'Beta', officeLanguages: ['el'] },
  { slug: 'gamma', name: 'Gamma', officeLanguages: ['ar'] },
];
const setup: CmsSetup = { towns, labels, backend: { name: 'github', repo: 'example/crossroads', branch: 'main' } };
type Config = { collections: CmsCollection[]; [k: string]: unknown };
const config = cmsConfig(setup) as Config;
const translations = adminLanguages.filter((l) => l !== 'en');

/** Every field path of each record kind, as the generated config has them (`fields.<kind>.<path>`). */
const pathsByKind = new Map<string, Set<string>>();
for (const c of config.collections) {
  const kind = collectionKind(c.name)!;
  const paths = pathsByKind.get(kind) ?? new Set<string>();
  for (const { path: p } of configFields(c.fields)) paths.add(p);
  pathsByKind.set(kind, paths);
}
const allPaths = [...pathsByKind.values()].flatMap((s) => [...s]);

/** A sentence with its changing parts (`{{count}}`, `${max}`) made one token, to compare keys with code. */
const shape = (s: string) => s.replace(/\{\{\s*\w+\s*\}\}|\$\{[^}]*\}/g, '\u0000');

/** The string and template literals of the code that writes the sentences an editor reads. */
function sourceSentences(): Set<string> {
  const files = [
    'src/lib/content/schema.ts',
    ...['config', 'fields', 'labels', 'option-lists'].map((f) => `src/lib/cms/${f}.ts`),
    'src/lib/cms/check.ts',
    'src/lib/content/arrival-keys.ts',
    'src/lib/content/errors.ts',
    'src/lib/calendar/recurrence.ts',
    ...fs
      .readdirSync('cms/admin')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join('cms/admin', f)),
  ];
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  const found = new Set<string>();
  for (const file of files) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(literal)) {
      found.add(shape((m[1] ?? m[2] ?? m[3]).replace(/\\(['"`\\])/g, '$1')));
    }
  }
  return found;
}

/** Every hint part and pattern message of the generated config, as an editor reads them in English. */
const configSentences = config.collections.flatMap((c) =>
  [...configFields(c.fields)].flatMap(({ field }) => [
    ...(typeof field.hint === 'string' ? field.hint.split('; ') : []),
    ...(Array.isArray(field.pattern) ? [String(field.pattern[1])] : []),
  ]),
);

describe('the admin’s translation files', () => {
  it('name keys English has: the interface strings fall back to English', () => {
    const english = Object.keys(adminStrings.en.ui);
    for (const language of translations) {
      expect(
        Object.keys(adminStrings[language].ui).filter((k) => !english.includes(k)),
        language,
      ).toEqual([]);
    }
  });

  it('name only fields the schema still has', () => {
    for (const language of translations) {
      const stale = Object.entries(adminStrings[language].fields ?? {}).flatMap(([kind, fields]) =>
        Object.keys(fields)
          .filter((p) => !pathsByKind.get(kind)?.has(p))
          .map((p) => `${kind}.${p}`),
      );
      expect(stale, language).toEqual([]);
      const commonStale = Object.keys(adminStrings[language].common ?? {}).filter(
        (end) => !allPaths.some((p) => p === end || p.endsWith(`.${end}`)),
      );
      expect(commonStale, language).toEqual([]);
    }
  });

  it('name only options the schema’s lists still have', () => {
    const lists = (Object.values(schema) as unknown[]).filter(
      (v): v is readonly string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'),
    );
    const named = new Map<string | undefined, readonly string[]>(
      lists.map((l) => [optionListName(l), l] as const).filter(([n]) => n !== undefined),
    );
    for (const language of translations) {
      const stale = Object.entries(adminStrings[language].options ?? {}).flatMap(([list, options]) =>
        Object.keys(options)
          .filter((value) => !named.get(list)?.includes(value))
          .map((value) => `${list}.${value}`),
      );
      expect(stale, language).toEqual([]);
    }
  });

  it('translate only sentences the schema, the config or the admin still write', () => {
    const code = sourceSentences();
    for (const language of translations) {
      const stale = Object.keys(adminStrings[language].phrases ?? {}).filter(
        (key) => !code.has(shape(key)) && !configSentences.some((s) => matches(key, s)),
      );
      expect(stale, language).toEqual([]);
    }
  });

  it('fail the check above for a sentence nobody writes any more', () => {
    const gone = 'ageMin must not be greater than the oldest age ever';
    expect(sourceSentences().has(shape(gone)) || configSentences.some((s) => matches(gone, s))).toBe(false);
  });

  it('give Italian and Greek a label for every field today', () => {
    // Not a rule of the format (English fills gaps), but what the sample towns need now.
    for (const language of ['it', 'el'] as const) {
      const missing = [...pathsByKind].flatMap(([kind, paths]) =>
        [...paths].filter((p) => fieldText(kind, p, { label: '\u0000' }, language).label === '\u0000').map((p) => `${kind}.${p}`),
      );
      expect(missing, language).toEqual([]);
    }
  });
});

/** Whether the phrase key (with `{{name}}` parts) reads as `sentence`. */
function matches(key: string, sentence: string): boolean {
  const parts = key.split(/\{\{\s*\w+\s*\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`, 's').test(sentence);
}

describe('translating a message', () => {
  it('gives the Italian and Greek of a schema message', () => {
    expect(translateMessage('ageMin must not be greater than ageMax', 'it')).toBe(
      'l’età minima non deve superare l’età massima'.replaceAll('’', "'"),
    );
    expect(translateMessage('ageMin must not be greater than ageMax', 'el')).toMatch(/ηλικία/);
  });

  it('fills the changing parts of a sentence', () => {
    expect(translateMessage('at most 300 characters', 'it')).toBe('al massimo 300 caratteri');
  });

  it('translates joined sentences one by one, leaving unknown ones in English', () => {
    expect(translateMessage('must not be empty; something new', 'it')).toBe('non deve essere vuoto; something new');
  });

  it('falls back to English for a message no language has', () => {
    expect(translateMessage('a brand new rule', 'el')).toBe('a brand new rule');
  });

  it('treats a message full of pattern characters as text', () => {
    const hostile = 'at most (.*)+$ characters';
    expect(translateMessage(hostile, 'it')).toBe('al massimo (.*)+$ caratteri');
    expect(translateMessage('^[a-z]+$ {{count}} \\', 'it')).toBe('^[a-z]+$ {{count}} \\');
  });

  it('gives English interface strings when a language lacks one, and refuses a key English lacks', () => {
    expect(ui('kind.services', {}, 'it')).toBe('Servizi');
    expect(() => ui('no.such.key', {}, 'it')).toThrow(/locales\/admin\/en\.json/);
  });
});

describe('the admin’s language', () => {
  it('is the editor’s own choice when the admin speaks it', () => {
    expect(chooseAdminLanguage('el', ['it'])).toBe('el');
  });

  it('is the town office’s language on a town’s admin, else English', () => {
    expect(chooseAdminLanguage(null, ['it', 'en'])).toBe('it');
    expect(chooseAdminLanguage(null, ['ar', 'el-GR'])).toBe('el');
    expect(chooseAdminLanguage(null, ['ar', 'fa-AF'])).toBe('en');
    expect(chooseAdminLanguage(undefined)).toBe('en');
  });

  it('ignores a stored value that is not an admin language', () => {
    for (const bad of ['__proto__', 'constructor', 'xx', '', 'IT', '<script>']) {
      expect(chooseAdminLanguage(bad, ['el'])).toBe('el');
    }
  });

  it('names site languages in the admin’s language, with their own name', () => {
    expect(localeName('ar', 'it')).toBe('Arabo (العربية)');
    expect(localeName('en', 'en')).toBe('English');
    expect(localeName('fa', 'el')).toMatch(/^Περσικά \(فارسی\)$/);
  });
});

describe('the config in the admin’s language', () => {
  const italian = translateConfig(config, 'it', towns) as Config;
  const find = (c: Config, name: string) => c.collections.find((x) => x.name === name)!;
  const field = (c: CmsCollection, p: string) => [...configFields(c.fields)].find((f) => f.path === p)!.field;

  it('sets Decap’s own locale and names collections in Italian', () => {
    expect(italian.locale).toBe('it');
    expect(find(italian, 'alpha-services').label).toBe('Alpha · Servizi');
    expect(find(italian, 'network-calendar').label).toBe('Rete · Calendario');
    expect(find(italian, 'alpha-profile').description).toMatch(/^Alpha: il comune stesso/);
  });

  it('translates labels, hints, options and pattern messages', () => {
    const services = find(italian, 'alpha-services');
    expect(field(services, 'eligibility.ageMin')).toMatchObject({ label: 'Età minima', hint: expect.stringMatching(/^In anni/) });
    expect(field(services, 'contacts.phone').label).toBe('Numero di telefono per chiamate');
    expect((field(services, 'contacts.phone').pattern as string[])[1]).toMatch(/^deve essere un numero internazionale/);
    expect(field(services, 'cost.type').options).toContainEqual({ label: 'Gratuito', value: 'free' });
    expect(field(services, 'locations[].hours[].days').options).toContainEqual({ label: 'Lunedì', value: 'mo' });
    expect(field(services, 'languages').options).toContainEqual({ label: 'Arabo', value: 'ar' });
    expect(field(find(italian, 'beta-profile'), 'office.address.street').label).toBe('Via e numero civico');
    expect(field(find(italian, 'beta-profile'), 'arrivalSteps[].within.unit').options).toContainEqual({
      label: 'Settimane',
      value: 'weeks',
    });
  });

  it('keeps English where a language has no text, and leaves the generated config untouched', () => {
    const strings = adminStrings.it;
    const saved = strings.fields!.services;
    strings.fields!.services = { ...saved };
    delete strings.fields!.services.summary;
    try {
      const partial = translateConfig(config, 'it', towns) as Config;
      expect(field(find(partial, 'alpha-services'), 'summary').label).toBe(field(find(config, 'alpha-services'), 'summary').label);
    } finally {
      strings.fields!.services = saved;
    }
    expect(find(config, 'alpha-services').label).toBe('Alpha · Services');
  });

  it('changes no value the content depends on', () => {
    const values = (c: Config) =>
      c.collections.map((x) => [
        x.name,
        x.folder,
        [...configFields(x.fields)].map(({ path: p, field: f }) => [
          p,
          f.widget,
          f.required,
          f.default,
          (f.options as { value: string }[] | undefined)?.map((o) => o.value),
        ]),
      ]);
    for (const language of adminLanguages as AdminLanguage[]) {
      expect(values(translateConfig(config, language, towns) as Config)).toEqual(values(config));
    }
  });
});

describe('one town at a time', () => {
  const own = cmsConfig({ ...setup, town: 'beta' }) as Config;
  const listed = own.collections.filter((c) => !c.hide).map((c) => c.name);

  it('lists the town’s collections first, then the network’s, and no other town’s', () => {
    expect(listed).toEqual([
      'beta-profile',
      'beta-services',
      'beta-providers',
      'beta-calendar',
      'network-categories',
      'network-services',
      'network-providers',
      'network-calendar',
    ]);
  });

  it('keeps the other towns’ collections, hidden, so references to their records resolve', () => {
    const hidden = own.collections.filter((c) => c.hide).map((c) => c.name);
    expect(hidden.sort()).toEqual([
      'alpha-calendar',
      'alpha-profile',
      'alpha-providers',
      'alpha-services',
      'gamma-calendar',
      'gamma-profile',
      'gamma-providers',
      'gamma-services',
    ]);
    const provider = own.collections.find((c) => c.name === 'beta-services')!.fields.find((f) => f.name === 'provider')!;
    expect(provider.collections).toEqual(['beta-providers', 'network-providers', 'alpha-providers', 'gamma-providers']);
  });

  it('gives the coordinators every collection, none hidden', () => {
    expect(config.collections.some((c) => c.hide)).toBe(false);
    expect(config.collections).toHaveLength(4 + 4 * towns.length);
  });

  it('refuses a town that has no folder', () => {
    expect(() => cmsConfig({ ...setup, town: 'nowhere' })).toThrow(/no town folder "nowhere"/);
  });

  it('reads each town’s office languages from its profile, and none from a broken one', () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'admin-towns-'));
    try {
      for (const [slug, text] of [
        ['alpha', 'name: Alpha\nofficeLanguages: [it, en]\n'],
        ['beta', 'name: [1, 2\n'],
        ['gamma', 'name: Gamma\nofficeLanguages: "el"\n'],
      ]) {
        fs.mkdirSync(path.join(dir, 'towns', slug, 'profile', 'en'), { recursive: true });
        fs.writeFileSync(path.join(dir, 'towns', slug, 'profile', 'en', `${slug}.yml`), text);
      }
      expect(readTowns(dir)).toEqual([
        { slug: 'alpha', name: 'Alpha', officeLanguages: ['it', 'en'], orgs: [] },
        { slug: 'beta', name: 'beta', officeLanguages: [], orgs: [] },
        { slug: 'gamma', name: 'Gamma', officeLanguages: [], orgs: [] },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
