/**
 * What My list shows for saved services and calendar entries, in the reader's language: a
 * service's name, summary and towns; an entry's title, kind, towns and next date as of the build.
 * Split into files of about 100 records by the slug's bucket (`bucketOf`), so the page fetches a
 * few small files however large the network is (/<locale>/my-list/<bucket>.json).
 */
import type { TFunction } from 'i18next';
import { agenda, describeOccurrence } from '../calendar/agenda';
import type { Directory } from '../content/directory';
import { formatList } from '../dates/format';
import type { LocaleCode } from '../i18n/locales';
import { fieldsWithLang, localize } from '../i18n/localize';
import { bucketCount, bucketOf } from './my-list';
import type { ServiceText } from '../content/schema';
import { madeOnce } from '../build/made-once';

export interface ListService {
  slug: string;
  name: string;
  summary: string;
  /** BCP-47 tags when the name or summary fell back to another language. */
  nameLang?: string;
  summaryLang?: string;
  towns: string;
}

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

export interface ListFile {
  locale: LocaleCode;
  services: ListService[];
  entries: ListEntry[];
}

/** How many My list files a network has. */
export function listFileCount(d: Directory): number {
  return bucketCount(d.services.length + d.calendar.length);
}

// Every locale's files are made once per build and date; each route writes one of them.
const made = madeOnce<Directory, ListFile[]>();

/** My list's files for one locale: file `i` holds the services and entries whose slug is in bucket `i`. */
export function listFiles(d: Directory, locale: LocaleCode, t: TFunction, today: string): ListFile[] {
  return made(d, `${locale} ${today}`, () => {
    const count = listFileCount(d);
    const files: ListFile[] = Array.from({ length: count }, () => ({ locale, services: [], entries: [] }));
    for (const service of d.services) {
      files[bucketOf(service.slug, count)].services.push({
        slug: service.slug,
        ...fieldsWithLang(localize<ServiceText>(service.text, locale), ['name', 'summary'], locale),
        towns: townList(d, service.shared.towns, locale),
      });
    }
    for (const entry of listEntries(d, locale, t, today)) files[bucketOf(entry.slug, count)].entries.push(entry);
    return files;
  });
}

/** Town names as one list in the reader's language: "Valmara and Nerissa". */
function townList(d: Directory, slugs: string[], locale: LocaleCode): string {
  return formatList(
    slugs.map((slug) => d.townName(slug, locale)),
    locale,
  );
}

/** Every calendar entry, in content order, as My list shows it in one locale. */
function listEntries(d: Directory, locale: LocaleCode, t: TFunction, today: string): ListEntry[] {
  return d.calendar.map((entry) => {
    const first = agenda([entry], d.town, today)[0];
    return {
      slug: entry.slug,
      ...fieldsWithLang(localize<{ title: string }>(entry.text, locale), ['title'], locale),
      kind: t(`calendar.kind.${entry.shared.kind}`),
      towns: townList(d, entry.shared.towns, locale),
      ...(first
        ? { next: { when: describeOccurrence(first.occurrence, first.timezone, locale), end: first.occurrence.end.slice(0, 10) } }
        : {}),
    };
  });
}
