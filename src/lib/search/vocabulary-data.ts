/**
 * The search vocabulary of one locale, written at build time to `/<locale>/search-words.json`
 * (src/lib/search/vocabulary.ts uses it on the phone). Its words come from what the locale's index
 * holds and a reader would type: service names and summaries, the words people use for each
 * category, category, town and provider names, and calendar entry titles, each in the locale's
 * language or in the language the page falls back to, as the indexed page shows it.
 */
import type { Directory } from '../content/directory';
import type { LocaleCode } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { buildVocabulary } from './vocabulary';

export function searchVocabulary(d: Directory, locale: LocaleCode): string[] {
  const texts: string[] = [];
  for (const s of d.services) {
    const v = localize(s.text, locale).value;
    texts.push(v.name, v.summary);
  }
  for (const c of d.categories) {
    const v = localize(c.text, locale).value;
    texts.push(v.name, ...(v.searchWords ?? []));
  }
  for (const t of d.towns) texts.push(localize(t.text, locale).value.name);
  for (const p of d.providers) texts.push(localize(p.text, locale).value.name);
  for (const e of d.calendar) texts.push(localize(e.text, locale).value.title);
  return buildVocabulary(texts);
}
