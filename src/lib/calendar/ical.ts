/**
 * iCalendar feeds (RFC 5545) with ical-generator: one calendar per locale and scope. Recurrence is
 * kept as RRULE/EXDATE (never expanded), times carry TZID with a VTIMEZONE for each, all-day
 * entries are VALUE=DATE with an exclusive DTEND, and DTSTAMP/LAST-MODIFIED come from the entry's
 * own `updated` time, so a feed changes only when its content does.
 *
 * Editor text never becomes structure. Every text value goes through `icalText` (line breaks made
 * one LF, other control characters dropped: RFC 5545 TEXT allows none) and is escaped as RFC 5545
 * 3.3.11 asks (`\\`, `\;`, `\,`, LF as `\n`). ical-generator (11.x) escapes SUMMARY, DESCRIPTION,
 * LOCATION and CATEGORIES itself, but writes the calendar's NAME, X-WR-CALNAME and X-WR-CALDESC
 * as given, so those are escaped here with its own `escape` (the tests parse each back with
 * ical.js, and would see a double escape if a later version started doing it too). RRULE and
 * EXDATE are written as lines of their own, from values the schema has parsed (`feedRule` refuses
 * anything else); UIDs and URLs are built from slugs and the site's origin.
 *
 * No METHOD: a feed is a calendar to subscribe to, not an iTIP (RFC 5546) scheduling message.
 * METHOD:PUBLISH would ask for an ORGANIZER on every event, and no one honestly organises a joint
 * deadline of several towns or a network-wide entry; an organiser's address also invites calendar
 * apps to offer replies to a town office that does not take them. Without METHOD, RFC 5545 says
 * no scheduling is assumed, and Outlook imports the file as if it were PUBLISH ([MS-OXCICAL]).
 */
import ical, { escape, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { TZDate } from '@date-fns/tz';
import type { CalendarEntry } from '../content/read';
import type { LocaleCode } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { markdownToText } from '../content/markdown';
import { formatAddress } from '../dates/format';
import { addDays } from '../dates/days';
import { instant, ruleProblem, ruleUntil } from './recurrence';

/** How often calendar apps should look for changes: 6 hours. */
export const feedTtlSeconds = 6 * 60 * 60;

export interface FeedEntry {
  entry: CalendarEntry;
  timezone: string;
  /** Absolute URL of the entry's page in this locale. */
  url: string;
  /** Category names in this locale. */
  categories: string[];
  /** Town names in this locale, for the location when the entry has no address. */
  townNames: string[];
  /** Name of the town of the location, in this locale. */
  locationTown?: string;
}

export interface FeedOptions {
  locale: LocaleCode;
  /** Calendar name, e.g. "Crossroads: Valmara". */
  name: string;
  description: string;
  /** Absolute URL of the feed itself. */
  url: string;
  /** Host used in UIDs: UID is stable per entry and locale. */
  host: string;
  /** Text added to cancelled and moved entries ("Cancelled: …"). */
  statusLabel: (status: 'cancelled' | 'moved') => string;
}

const compact = (local: string) => local.replace(/[-:]/g, '');

/**
 * Editor text as an iCalendar TEXT value may carry it: CR and the other control characters (C0
 * but tab and LF, DEL, C1) dropped, the Unicode line and paragraph separators made LF, a lone
 * surrogate (which no UTF-8 can carry) made U+FFFD. The escaping then writes each LF as `\n`.
 */
export function icalText(value: string): string {
  return value
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/[^\P{Cc}\t\n]/gu, '')
    .replace(/\p{Cs}/gu, '\uFFFD');
}

// A wall-clock time in a timezone as ical-generator wants it: a TZDate formats in its own zone,
// whatever the build machine's timezone.
function zoned(local: string, timezone: string): TZDate {
  const [d, t] = local.split('T');
  const [y, m, day] = d.split('-').map(Number);
  const [h, min] = t.split(':').map(Number);
  return new TZDate(y, m - 1, day, h, min, timezone);
}
const utcDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * An entry's RRULE as a calendar app must read it. Content keeps UNTIL as the town's wall clock
 * (the CMS writes the last day's end, `…T235959Z`), and the site expands it so (`ruleUntil`).
 * RFC 5545 wants UNTIL in UTC when DTSTART has a TZID, and a date when DTSTART is a date; left as
 * written, an app in a town west of UTC would drop an evening occurrence on the last day that the
 * site lists.
 */
export function feedRule(rrule: string, allDay: boolean, timezone: string): string {
  // The rule becomes a line of the feed as it is: only a rule the schema accepts may.
  const problem = ruleProblem(rrule);
  if (problem) throw new Error(`A feed cannot carry the RRULE ${JSON.stringify(rrule)}: ${problem}`);
  const until = ruleUntil(rrule);
  if (!until) return rrule;
  const value = allDay ? compact(until.slice(0, 10)) : `${compact(instant(until, timezone).slice(0, 19))}Z`;
  return rrule.replace(/UNTIL=[^;]*/, `UNTIL=${value}`);
}

/** The UID of an entry in a locale: the same in every build and every feed that contains it. */
export function entryUid(entry: CalendarEntry, locale: LocaleCode, host: string): string {
  return `${entry.id}-${locale}@${host}`;
}

/** Builds one feed as iCalendar text (CRLF line endings, also after END:VCALENDAR; folded at 75 octets). */
export function buildFeed(entries: FeedEntry[], opts: FeedOptions): string {
  const cal = ical({
    prodId: { company: 'Crossroads', product: 'Directory', language: opts.locale.toUpperCase() },
    // ical-generator writes these two unescaped (see the header).
    name: escape(icalText(opts.name), false),
    description: escape(icalText(opts.description), false),
    url: opts.url,
    ttl: feedTtlSeconds,
    timezone: { name: null, generator: getVtimezoneComponent },
  });

  for (const f of entries) {
    const { entry, timezone } = f;
    const sh = entry.shared;
    const text = localize(entry.text, opts.locale).value;
    const uid = entryUid(entry, opts.locale, opts.host);
    const updated = new Date(sh.updated);
    const allDay = sh.allDay !== undefined;
    const title = icalText(text.title);
    const statusNote = text.statusNote ? icalText(text.statusNote) : undefined;
    const label = (status: 'cancelled' | 'moved') => icalText(opts.statusLabel(status));
    const summary = sh.status === 'confirmed' ? title : `${label(sh.status)}: ${title}`;
    const description = [statusNote, text.description ? icalText(markdownToText(text.description)) : undefined, f.url]
      .filter(Boolean)
      .join('\n\n');
    const location = sh.location
      ? {
          title: icalText(sh.location.name),
          address: icalText(formatAddress(sh.location.address, f.locationTown ?? '')).trim(),
          ...(sh.location.geo ? { geo: { lat: sh.location.geo.lat, lon: sh.location.geo.lon } } : {}),
        }
      : { title: icalText(f.townNames.join(', ')) };

    const timing = allDay
      ? {
          allDay: true,
          start: utcDay(sh.allDay.start),
          // DTEND of an all-day entry is the day after its last day (exclusive).
          end: utcDay(addDays(sh.allDay.end ?? sh.allDay.start, 1)),
        }
      : { start: zoned(sh.timed.start, timezone), end: zoned(sh.timed.end, timezone), timezone };

    let repeating: string | undefined;
    if (sh.recurrence) {
      const lines = [`RRULE:${feedRule(sh.recurrence.rrule, allDay, timezone)}`];
      if (sh.recurrence.exdates.length) {
        const time = allDay ? '' : `T${compact(sh.timed.start.slice(11))}00`;
        const values = sh.recurrence.exdates.map((d) => `${compact(d)}${time}`).join(',');
        lines.push(allDay ? `EXDATE;VALUE=DATE:${values}` : `EXDATE;TZID=${timezone}:${values}`);
      }
      repeating = lines.join('\n');
    }

    const common = {
      summary,
      description,
      location,
      url: f.url,
      categories: f.categories
        .map(icalText)
        .filter(Boolean)
        .map((name) => ({ name })),
      stamp: updated,
      lastModified: updated,
      ...timing,
    };
    cal.createEvent({
      id: uid,
      ...common,
      status: sh.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(repeating ? { repeating } : {}),
    });

    // A cancelled occurrence of a series: an override with the same UID and STATUS:CANCELLED, so
    // calendar apps show it called off instead of silently missing.
    for (const date of sh.recurrence?.cancelled ?? []) {
      const start = allDay ? utcDay(date) : zoned(`${date}T${sh.timed.start.slice(11)}`, timezone);
      const lengthMs = allDay
        ? 86_400_000 * (1 + (Date.parse(sh.allDay.end ?? sh.allDay.start) - Date.parse(sh.allDay.start)) / 86_400_000)
        : zoned(sh.timed.end, timezone).getTime() - zoned(sh.timed.start, timezone).getTime();
      cal.createEvent({
        id: uid,
        ...common,
        summary: `${label('cancelled')}: ${title}`,
        description: [statusNote, f.url].filter(Boolean).join('\n\n'),
        ...(allDay
          ? { allDay: true, start, end: new Date(start.getTime() + lengthMs) }
          : { start, end: new TZDate(start.getTime() + lengthMs, timezone), timezone }),
        recurrenceId: start,
        status: ICalEventStatus.CANCELLED,
      });
    }
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator stops short.
  return `${cal.toString()}\r\n`;
}
