/**
 * Which passages on a page are not in the reader's language, and the small label that says so
 * where each one stands. A single banner at the top of the page does not tell a reader which of
 * the paragraphs below are the English ones; `lang` alone is heard by screen readers but not seen.
 *
 * Proper names are the exception: a town's or an organisation's name stays as it is written on
 * the door and in letters, so an untranslated one is not worth a label (it keeps `lang`, so it is
 * still pronounced right). Everything else an editor writes (service names, summaries, steps,
 * notes, titles, descriptions, category names, office names) is meant to be translated.
 */
import type { z } from 'zod';
import { getT } from './i18next';
import { languageName } from '../dates/format';
import { getLocale, type LocaleCode } from './locales';
import type { Localized } from './localize';
import type { recordKinds, RecordKind } from '../content/schema';

/** A record kind's translatable text, as the schema defines it. */
export type TextOf<K extends RecordKind> = z.infer<(typeof recordKinds)[K]['text']>;

/**
 * Text fields that are proper names: shown as written when untranslated, without a label. The
 * schema types them as plain text like any other; this list is the one place that says which are
 * names (a town's name, an organisation's name). Location names are not translatable at all.
 */
export const properNameFields: { [K in RecordKind]: readonly (keyof TextOf<K>)[] } = {
  towns: ['name'],
  providers: ['name'],
  categories: [],
  services: [],
  calendar: [],
};

/** True when `field` of a `kind` record is a proper name (see `properNameFields`). */
export function isProperName<K extends RecordKind>(kind: K, field: keyof TextOf<K>): boolean {
  return properNameFields[kind].includes(field);
}

/**
 * The label shown beside a passage written in `passageLocale` on a `pageLocale` page, in the
 * reader's language ("باللغة الإنجليزية", "In English"); undefined when the two are the same.
 */
export function untranslatedLabel(passageLocale: LocaleCode, pageLocale: LocaleCode): string | undefined {
  if (passageLocale === pageLocale) return undefined;
  return getT(pageLocale)('fallback.label', { language: languageName(passageLocale, pageLocale) });
}

/** How one field is shown: attributes for its element, and its label when it needs one. */
export interface Passage {
  /** `lang` and `dir` for the passage's element when it is not in the page's language (else empty). */
  attrs: { lang?: string; dir?: 'ltr' | 'rtl' };
  /** The visible "in English" label, for a translatable passage not in the page's language. */
  label?: string;
}

/**
 * A lookup of a localized record's fields as `Passage`s: `const p = passages('services', text,
 * 'ar'); p('summary')` gives the summary's `lang`/`dir` and, when it fell back to English, its
 * label. Names (see `properNameFields`) get the attributes but no label; a field the record
 * leaves empty is in no language and gets neither.
 */
export function passages<K extends RecordKind>(
  kind: K,
  text: Localized<TextOf<K>>,
  pageLocale: LocaleCode,
): (field: keyof TextOf<K>) => Passage {
  return (field) => {
    const lang: LocaleCode | undefined = text.langOf[field];
    if (lang === undefined || lang === pageLocale) return { attrs: {} };
    const { tag, dir } = getLocale(lang);
    const label = isProperName(kind, field) ? undefined : untranslatedLabel(lang, pageLocale);
    return { attrs: { lang: tag, dir }, ...(label ? { label } : {}) };
  };
}

/**
 * The text of a record's passages that get a label (see `passages`), leaving out `except` (a
 * title the index marks on its own), one passage a line: what the search index keeps beside a
 * page, so a result can tell whether its excerpt is one of them (`isUntranslatedResult`).
 * Empty when every passage is in the page's language.
 */
export function labelledText<K extends RecordKind>(
  kind: K,
  text: Localized<TextOf<K>>,
  pageLocale: LocaleCode,
  except: readonly (keyof TextOf<K>)[] = [],
): string {
  const passage = passages(kind, text, pageLocale);
  const fields = (Object.keys(text.value) as (keyof TextOf<K>)[]).filter((f) => !except.includes(f) && passage(f).label);
  return fields
    .flatMap((f): unknown[] => [text.value[f]].flat())
    .filter((v) => typeof v === 'string')
    .join('\n');
}

/**
 * One label for a card that shows several fields of a record (a service's name and summary): the
 * first fallback field's label, so a list shows it once per card rather than once per line.
 */
export function cardLabel<K extends RecordKind>(
  kind: K,
  text: Localized<TextOf<K>>,
  fields: readonly (keyof TextOf<K>)[],
  pageLocale: LocaleCode,
): string | undefined {
  const passage = passages(kind, text, pageLocale);
  return fields.map((f) => passage(f).label).find((label) => label !== undefined);
}
