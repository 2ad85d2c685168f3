/**
 * UI strings for islands, without shipping i18next to the phone. The page passes the few strings
 * an island needs (one namespace, flattened, every plural form); this picks the plural form with
 * Intl.PluralRules and fills {{placeholders}} the way i18next does on the server, and writes
 * digits in the locale's own script where the server does (Persian). A unit test checks that it
 * agrees with i18next for every locale.
 */
import { getLocale, type LocaleCode } from './locales';

/** Flat strings: `{ 'count_one': '…', 'count_other': '…', label: '…' }`. */
export type UiStrings = Record<string, string>;
export type UiText = (key: string, vars?: Record<string, string | number>) => string;

type Tree = { [key: string]: string | Tree };

/**
 * Picks the strings under `namespace` from a locale's UI strings file, flattened to
 * `a.b_one`-style keys, to pass to an island as a prop.
 */
export function pickStrings(strings: Record<string, unknown>, namespace: string): UiStrings {
  const out: UiStrings = {};
  const walk = (tree: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(tree)) {
      if (typeof v === 'string') out[prefix + k] = v;
      else walk(v, `${prefix}${k}.`);
    }
  };
  const tree = strings[namespace];
  if (tree && typeof tree === 'object') walk(tree as Tree, '');
  return out;
}

/** A language's digits 0–9 (BCP-47 tag) as one string, when they are not ASCII (Persian ۰–۹). */
export function nonAsciiDigits(tag: string): string | undefined {
  const nf = new Intl.NumberFormat(tag, { useGrouping: false });
  const digits = Array.from({ length: 10 }, (_, d) => nf.format(d)).join('');
  return digits === '0123456789' ? undefined : digits;
}

/** Writes ASCII digits with `digits` (from `nonAsciiDigits`); leaves text as it is without them. */
export function withDigits(digits: string | undefined): (text: string) => string {
  if (!digits) return (text) => text;
  const list = [...digits];
  return (text) => text.replace(/[0-9]/g, (d) => list[Number(d)]);
}

/** Replaces ASCII digits with the locale's own digits when its numbering system is not Latin. */
export function localDigits(locale: LocaleCode): (text: string) => string {
  return withDigits(nonAsciiDigits(getLocale(locale).tag));
}

/**
 * A translate function over `strings`: `t('count', { count: 3 })` picks `count_few` in Arabic.
 * A missing key returns the key itself, as i18next does, so a gap shows rather than blanks.
 */
export function uiText(strings: UiStrings, locale: LocaleCode): UiText {
  const rules = new Intl.PluralRules(getLocale(locale).tag);
  const digits = localDigits(locale);
  return (key, vars = {}) => {
    let template = strings[key];
    if (template === undefined && typeof vars.count === 'number') {
      const count = vars.count;
      // i18next uses the _zero form for 0 when it exists, whatever the language's rules say.
      template = (count === 0 ? strings[`${key}_zero`] : undefined) ?? strings[`${key}_${rules.select(count)}`] ?? strings[`${key}_other`];
    }
    if (template === undefined) return key;
    return digits(template.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)));
  };
}
