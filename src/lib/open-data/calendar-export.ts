/**
 * The calendar as data, for other sites and apps:
 * - the HSDS profile extension `x_calendar_entries`: every entry with its recurrence kept
 *   (RRULE, exception dates), linked to HSDS services by the same ids as the HSDS export;
 * - a JSON agenda per locale: upcoming occurrences already expanded, for apps that do not want to
 *   implement RFC 5545.
 * Both are deterministic for a given content folder and build date.
 */
import type { CalendarEntry } from '../content/read';
import type { Directory } from '../content/directory';
import type { LocaleCode } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { markdownToText } from '../content/markdown';
import { agenda, entryTimezone } from '../calendar/agenda';
import { feeds, paths } from '../routing/routes';
import { hsdsPage } from './hsds';
import type { Json } from './json';

/** Version of the extension's own schema (public/data/hsds/x_calendar_entry.schema.json). */
export const calendarExtensionVersion = '1.0';

function entryCore(d: Directory, entry: CalendarEntry, locale: LocaleCode, site: URL): Json {
  const sh = entry.shared;
  const text = localize(entry.text, locale).value;
  return {
    id: entry.id,
    slug: entry.slug,
    kind: sh.kind,
    status: sh.status,
    name: text.title,
    description: text.description ? markdownToText(text.description) : null,
    status_note: text.statusNote ?? null,
    timezone: entryTimezone(entry, d.town),
    towns: sh.towns.map((slug) => ({ id: d.town(slug).id, name: d.townName(slug, locale) })),
    category_ids: sh.categories.map((slug) => d.category(slug).id),
    service_ids: sh.services.map((slug) => d.service(slug).id),
    location: sh.location
      ? {
          name: sh.location.name,
          address_1: sh.location.address.street,
          postal_code: sh.location.address.postalCode,
          city: d.townName(sh.location.address.town, locale),
          latitude: sh.location.geo?.lat ?? null,
          longitude: sh.location.geo?.lon ?? null,
        }
      : null,
    url: new URL(paths.entry(locale, entry.slug), site).href,
    ical_url: new URL(feeds.entry(locale, entry.slug), site).href,
    last_modified: sh.updated,
  };
}

/** One entry as an `x_calendar_entry` record: the series as written, recurrence not expanded. */
export function calendarExtensionRecord(d: Directory, entry: CalendarEntry, locale: LocaleCode, site: URL): Json {
  const sh = entry.shared;
  return {
    ...entryCore(d, entry, locale, site),
    all_day: sh.allDay !== undefined,
    // All-day: dates, end included. Timed: local wall-clock times in `timezone`.
    start: sh.allDay ? sh.allDay.start : sh.timed.start,
    end: sh.allDay ? (sh.allDay.end ?? sh.allDay.start) : sh.timed.end,
    rrule: sh.recurrence?.rrule ?? null,
    exdates: sh.recurrence?.exdates ?? [],
    cancelled_dates: sh.recurrence?.cancelled ?? [],
  };
}

/** The extension file: an HSDS `Page` of every calendar entry, in slug order. */
export function calendarExtension(d: Directory, locale: LocaleCode, site: URL): Json {
  return {
    extension: 'x_calendar_entries',
    version: calendarExtensionVersion,
    ...hsdsPage(d.calendar.map((e) => calendarExtensionRecord(d, e, locale, site))),
  };
}

/** The upcoming agenda as JSON: every occurrence from `from` for a year, expanded, in time order. */
export function agendaJson(d: Directory, locale: LocaleCode, site: URL, from: string): Json {
  const items = agenda(d.calendar, d.town, from);
  const entries = new Map<string, Json>();
  for (const { entry } of items) if (!entries.has(entry.slug)) entries.set(entry.slug, entryCore(d, entry, locale, site));
  return {
    locale,
    from,
    occurrences: items.map(({ entry, occurrence: o }) => ({
      entry_id: entry.id,
      date: o.date,
      all_day: o.allDay,
      start: o.allDay ? o.start : o.startUtc,
      end: o.allDay ? o.end : o.endUtc,
      local_start: o.start,
      local_end: o.end,
      cancelled: o.cancelled,
    })),
    entries: [...entries.values()],
  };
}
