/**
 * What My list shows for saved calendar entries, per locale (/<locale>/my-list/entries.json):
 * title, kind and towns in the reader's language, and the next date as of the build. Services
 * come from the finder's file (finder-data.ts), which already has names, summaries and towns.
 */
import type { TFunction } from 'i18next';
import { agenda, describeOccurrence } from './calendar';
import type { Directory } from './directory';
import { formatList } from './format';
import type { LocaleCode } from './locales';
import { langAttr, localize } from './localize';

export interface ListEntry {
  slug: string;
  title: string;
  /** BCP-47 tag when the title fell back to another language. */
  titleLang?: string;
  kind: string;
  towns: string;
  /** The next occurrence written out, and its last day (the list hides it once past). */
  next?: { when: string; end: string };
}

export interface ListEntriesFile {
  locale: LocaleCode;
  entries: ListEntry[];
}

/** Every calendar entry, in content order, for My list in one locale. */
export function listEntries(d: Directory, locale: LocaleCode, t: TFunction, today: string): ListEntriesFile {
  return {
    locale,
    entries: d.calendar.map((entry) => {
      const text = localize<{ title: string }>(entry.text, locale);
      const first = agenda([entry], d.town, today)[0];
      const titleLang = langAttr(text, 'title', locale);
      return {
        slug: entry.slug,
        title: text.value.title,
        ...(titleLang ? { titleLang } : {}),
        kind: t(`calendar.kind.${entry.shared.kind}`),
        towns: formatList(entry.shared.towns.map((slug) => localize<{ name: string }>(d.town(slug).text, locale).value.name), locale),
        ...(first ? { next: { when: describeOccurrence(first.occurrence, first.timezone, locale), end: first.occurrence.end.slice(0, 10) } } : {}),
      };
    }),
  };
}
