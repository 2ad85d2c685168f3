import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLocale, getLocale, isLocale, locales } from '~/lib/i18n/locales';
import { uiStrings } from '~/lib/i18n/i18next';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : flatten(v, `${prefix}${k}.`)));
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const english = flatten(uiStrings.en as Tree);
const englishBases = new Set(english.map(([k]) => k.replace(pluralSuffix, '')));
const pluralBases = new Set(english.filter(([k]) => pluralSuffix.test(k)).map(([k]) => k.replace(pluralSuffix, '')));

describe('the locale table', () => {
  it('has at least the languages the network needs', () => {
    expect(locales.map((l) => l.code)).toEqual(expect.arrayContaining(['en', 'fr', 'es', 'ar', 'fa', 'uk', 'tr', 'ti', 'ur', 'so']));
  });

  it('gives every locale the text direction CLDR gives its language (Arabic, Persian and Urdu right to left)', () => {
    // Intl.Locale#getTextInfo (Intl Locale Info) is in Node and Chromium but not yet in TypeScript's lib.
    const direction = (tag: string) =>
      (new Intl.Locale(tag) as Intl.Locale & { getTextInfo(): { direction: string } }).getTextInfo().direction;
    for (const l of locales) expect({ [l.code]: l.dir }).toEqual({ [l.code]: direction(l.tag) });
    expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(expect.arrayContaining(['ar', 'fa', 'ur']));
  });

  it('gives every locale a tag that Intl understands', () => {
    for (const l of locales) expect(Intl.getCanonicalLocales(l.tag)).toEqual([l.tag]);
  });

  it('knows its own codes and rejects others', () => {
    expect(isLocale('ar')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(() => getLocale('xx')).toThrow(/Unknown locale/);
    expect(isLocale(defaultLocale)).toBe(true);
  });

  it('has exactly one UI strings file per locale, beside the admin’s own folder', () => {
    const entries = fs.readdirSync('locales', { withFileTypes: true });
    // locales/admin holds the CMS interface's languages (en, it, el), not the site's.
    expect(entries.filter((e) => e.isDirectory()).map((e) => e.name)).toEqual(['admin']);
    const files = entries
      .filter((e) => e.isFile())
      .map((e) => e.name.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual(locales.map((l) => l.code).sort());
  });
});

describe.each(locales.filter((l) => l.code !== defaultLocale).map((l) => l.code))('UI strings in %s', (code) => {
  const strings = flatten((uiStrings[code] ?? {}) as Tree);
  const keys = new Set(strings.map(([k]) => k.replace(pluralSuffix, '')));

  it('translate every English string', () => {
    expect([...englishBases].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('have no keys English lacks', () => {
    expect([...keys].filter((k) => !englishBases.has(k))).toEqual([]);
  });

  it("have every plural form the language's plural rules use", () => {
    const categories = new Intl.PluralRules(getLocale(code).tag).resolvedOptions().pluralCategories;
    const have = new Set(strings.map(([k]) => k));
    const missing = [...pluralBases].flatMap((base) => categories.filter((c) => !have.has(`${base}_${c}`)).map((c) => `${base}_${c}`));
    expect(missing).toEqual([]);
  });

  it('keep the same {{placeholders}} as English', () => {
    const vars = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort().join();
    const englishVars = new Map(english.map(([k, v]) => [k.replace(pluralSuffix, ''), vars(v)]));
    const wrong = strings.filter(([k, v]) => {
      // Singular, dual and zero forms may leave out the number, as Arabic does.
      if (/_(zero|one|two)$/.test(k)) return false;
      return englishVars.has(k.replace(pluralSuffix, '')) && vars(v) !== englishVars.get(k.replace(pluralSuffix, ''));
    });
    expect(wrong).toEqual([]);
  });

  it('are not left in English', () => {
    const englishValues = new Map(english);
    const same = strings.filter(([k, v]) => v.length > 12 && englishValues.get(k) === v);
    expect(same).toEqual([]);
  });
});
