/**
 * Picks a record's text in the reader's language, field by field, falling back to the default
 * locale for anything not translated yet. The page then shows a notice and marks each fallback
 * passage with its real language, so screen readers pronounce it right.
 */
import { defaultLocale, getLocale, type LocaleCode } from './locales';

/** A record's text: complete in the default locale, any subset of fields in the others. */
export type LocalizedText<T> = { en: T } & { [K in Exclude<LocaleCode, 'en'>]?: Partial<T> };

export interface Localized<T> {
  /** Every text field, in the reader's locale where translated, else in the default locale. */
  value: T;
  /** The locale each field's text is actually in. */
  langOf: Record<keyof T, LocaleCode>;
  /** Fields shown in the default locale because the reader's locale lacks them. */
  fallbacks: (keyof T)[];
}

/** Localizes one record's text; `text` is the record's per-locale text map. */
export function localize<T extends object>(text: LocalizedText<T>, locale: LocaleCode): Localized<T> {
  const base: T = text.en;
  const own: Partial<T> = locale === defaultLocale ? base : ((text as Partial<Record<LocaleCode, Partial<T>>>)[locale] ?? {});
  const value = {} as T;
  const langOf = {} as Record<keyof T, LocaleCode>;
  const fallbacks: (keyof T)[] = [];
  for (const key of Object.keys(base) as (keyof T)[]) {
    if (base[key] === undefined) continue;
    if (own[key] !== undefined) {
      value[key] = own[key] as T[keyof T];
      langOf[key] = locale;
    } else {
      value[key] = base[key];
      langOf[key] = defaultLocale;
      fallbacks.push(key);
    }
  }
  return { value, langOf, fallbacks };
}

/**
 * The `lang` attribute a field's element needs: the fallback language's tag when the text is not
 * in the page's language, otherwise undefined (inherit the page's).
 */
export function langAttr<T>(l: Localized<T>, field: keyof T, pageLocale: LocaleCode): string | undefined {
  const lang = l.langOf[field];
  return lang && lang !== pageLocale ? getLocale(lang).tag : undefined;
}

/**
 * Some text fields for the islands' JSON files, each with a `<field>Lang` tag when it fell back to
 * another language (as `langAttr` gives), after the fields: `{ name, summary, summaryLang: 'en-GB' }`.
 */
export function fieldsWithLang<T, K extends keyof T & string>(
  l: Localized<T>,
  fields: readonly K[],
  pageLocale: LocaleCode,
): Pick<T, K> & Partial<Record<`${K}Lang`, string>> {
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field] = l.value[field];
  for (const field of fields) {
    const lang = langAttr(l, field, pageLocale);
    if (lang) out[`${field}Lang`] = lang;
  }
  return out as Pick<T, K> & Partial<Record<`${K}Lang`, string>>;
}

/** The `dir` attribute matching `langAttr`, so an English passage on an Arabic page runs left to right. */
export function dirAttr<T>(l: Localized<T>, field: keyof T, pageLocale: LocaleCode): 'ltr' | 'rtl' | undefined {
  const lang = l.langOf[field];
  return lang && lang !== pageLocale ? getLocale(lang).dir : undefined;
}

/** True when any of the listed records shows any of `fields` in the default locale on a `locale` page. */
export function anyFallback<T extends object>(texts: LocalizedText<T>[], locale: LocaleCode, fields: (keyof T)[]): boolean {
  if (locale === defaultLocale) return false;
  return texts.some((text) => localize(text, locale).fallbacks.some((f) => fields.includes(f)));
}
