/**
 * Everything a calendar entry's page shows, worked out from the directory in one pure function:
 * its next dates, the occurrence its structured data describes, its towns, topics and related
 * services in the reader's language. The route only renders it (tests/unit/entry-page.test.ts).
 */
import { agenda, entryTimezone } from '../calendar/agenda';
import { occurrences } from '../calendar/recurrence';
import type { CalendarEntry } from '../content/read';
import { getT } from '../i18n/i18next';
import { localize } from '../i18n/localize';
import { passages } from '../i18n/untranslated';
import { entryJsonLd, jsonLdScript } from '../open-data/jsonld';
import { feeds } from '../routing/routes';
import type { PageContext } from './open-page';

/** How many of an entry's next dates its page lists. */
export const entryDatesShown = 12;

export interface EntryPageInput extends Pick<PageContext, 'directory' | 'locale' | 'site' | 'today'> {
  entry: CalendarEntry;
}

/** The calendar entry page's view model. */
export function entryPage({ directory: d, entry, locale, site, today }: EntryPageInput) {
  const sh = entry.shared;
  const text = localize(entry.text, locale);
  const v = text.value;
  const passage = passages('calendar', text, locale);
  const timezone = entryTimezone(entry, d.town);
  const upcoming = agenda([entry], d.town, today).slice(0, entryDatesShown);
  const towns = sh.towns.map((slug) => ({ slug, name: d.townName(slug, locale) }));
  const categories = sh.categories.map((slug) => {
    const ct = localize(d.category(slug).text, locale);
    return { slug, name: ct.value.name, passage: passages('categories', ct, locale)('name') };
  });
  const services = sh.services.map((slug) => {
    const st = localize(d.service(slug).text, locale);
    return { slug, name: st.value.name, passage: passages('services', st, locale)('name') };
  });
  // Structured data describes the next occurrence that takes place, or the entry's first one when
  // none is ahead.
  const firstDay = (sh.allDay ? sh.allDay.start : sh.timed.start).slice(0, 10);
  const shown =
    upcoming.find((i) => !i.occurrence.cancelled)?.occurrence ??
    upcoming[0]?.occurrence ??
    occurrences(sh, timezone, { from: firstDay, to: firstDay })[0];
  return {
    t: getT(locale),
    sh,
    text,
    v,
    /** The `lang`/`dir` attributes of a text field, when it fell back to another language. */
    la: (f: keyof typeof v) => passage(f).attrs,
    /** The "in English" label to show before a field that fell back, or undefined. */
    mark: (f: keyof typeof v) => passage(f).label,
    timezone,
    upcoming,
    /** The occurrence the page's JSON-LD describes. */
    shown,
    towns,
    categories,
    services,
    /** The entry's own feed, as an absolute address (for webcal:). */
    ics: new URL(feeds.entry(locale, entry.slug), site).href,
    jsonLd: jsonLdScript(
      entryJsonLd({
        entry,
        occurrence: shown,
        timezone,
        townNames: towns.map((x) => x.name),
        locationTown: sh.location ? d.townName(sh.location.address.town, locale) : undefined,
        locale,
        site,
      }),
    ),
  };
}

export type EntryPage = ReturnType<typeof entryPage>;
