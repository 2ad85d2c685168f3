/**
 * The shared calendar as readers see it: upcoming occurrences across entries, filtered by town or
 * category, grouped by month and week. Pure functions over validated entries.
 *
 * One entry lists at most `agendaMaxPerEntry` dates in an agenda, so a daily series cannot fill
 * the agenda pages or the JSON agenda; its page and its feed keep the whole series. Each entry's
 * year is expanded once per build and shared by every page that lists it.
 */
import type { CalendarEntry, Town } from '../content/read';
import { dateParts, formatDateRange, formatDayLong, formatTimeRange } from '../dates/format';
import type { LocaleCode } from '../i18n/locales';
import { occurrences, type Occurrence } from './recurrence';
import { addDays } from '../dates/days';
import { madeOnce } from '../build/made-once';

/** How far ahead the agenda pages and "next dates" look. */
export const agendaDays = 365;

/**
 * The most items one agenda page lists. A network-wide agenda grows with the network (1,172 items,
 * 48 KB gzip, at 50 synthetic towns); past this many it stops at a day's end and points the reader
 * to the town and topic agendas and the feed, which have every date.
 */
export const agendaMaxItems = 150;

/**
 * The most dates one entry lists in an agenda (agenda pages, the JSON agenda, a service's next
 * dates): twice a week for the whole agenda year (366 days hold at most 53 weeks). Rules repeat
 * daily at most, so only a series more frequent than that is cut, after its first 106 dates.
 */
export const agendaMaxPerEntry = 106;

export interface AgendaItem {
  entry: CalendarEntry;
  occurrence: Occurrence;
  timezone: string;
}

/** The timezone an entry's times are in: its own, or its first town's. */
export function entryTimezone(entry: CalendarEntry, townOf: (slug: string) => Town): string {
  return entry.shared.timezone ?? townOf(entry.shared.towns[0]).shared.timezone;
}

/**
 * Every occurrence of `entries` from `from` for `agendaDays` days, in time order. All-day items
 * sort before timed ones on the same day (a deadline matters more than the hour of an event);
 * timed ones sort by their real instant, so 09:00 in Athens comes before 09:00 in Rome.
 */
export function agenda(entries: CalendarEntry[], townOf: (slug: string) => Town, from: string, days = agendaDays): AgendaItem[] {
  const to = addDays(from, days);
  const items = entries.flatMap((entry) => {
    const timezone = entryTimezone(entry, townOf);
    return entryOccurrences(entry, timezone, from, to).map((occurrence) => ({ entry, occurrence, timezone }));
  });
  return items.sort(compareItems);
}

// Every agenda page, the JSON agenda and the service pages ask for the same entries over the same
// year: expand each entry once. Keyed by the entry object, so a changed entry is a new key.
const expanded = madeOnce<CalendarEntry, Occurrence[]>();
function entryOccurrences(entry: CalendarEntry, timezone: string, from: string, to: string): Occurrence[] {
  return expanded(entry, `${timezone}|${from}|${to}`, () => occurrences(entry.shared, timezone, { from, to }, agendaMaxPerEntry));
}

/**
 * The first `max` items of a time-ordered agenda, never cutting a day in two: a day that would be
 * cut is left out whole (unless it is the first day). `until` is the last day listed when items
 * were left out.
 */
export function capAgenda(items: AgendaItem[], max = agendaMaxItems): { items: AgendaItem[]; until?: string } {
  if (items.length <= max) return { items };
  const firstLeftOut = items[max].occurrence.date;
  let end = max;
  while (end > 0 && items[end - 1].occurrence.date === firstLeftOut) end--;
  if (end === 0) {
    // The first day alone is over the limit: list that day whole.
    end = items.findIndex((i) => i.occurrence.date !== firstLeftOut);
    if (end === -1) return { items };
  }
  return { items: items.slice(0, end), until: items[end - 1].occurrence.date };
}

function sortKey(i: AgendaItem): string {
  // Multi-day all-day items that started earlier are listed on the day they are still running.
  return `${i.occurrence.date}|${i.occurrence.allDay ? '0' : `1${i.occurrence.startUtc}`}|${i.entry.slug}`;
}
function compareItems(a: AgendaItem, b: AgendaItem): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Every service's upcoming occurrences (from `from`, in time order), from one expansion of the
 * whole calendar: service pages and referral sheets look their dates up here instead of
 * expanding the calendar again for each page.
 */
export function upcomingByService(entries: CalendarEntry[], townOf: (slug: string) => Town, from: string): Map<string, AgendaItem[]> {
  const out = new Map<string, AgendaItem[]>();
  for (const item of agenda(
    entries.filter((e) => e.shared.services.length > 0),
    townOf,
    from,
  )) {
    for (const slug of new Set(item.entry.shared.services)) {
      if (!out.has(slug)) out.set(slug, []);
      out.get(slug)!.push(item);
    }
  }
  return out;
}

/** ISO week key (YYYY-Www) and the Monday that starts it, for a date. */
export function isoWeek(isoDate: string): { key: string; monday: string } {
  const { year, month, day } = dateParts(isoDate);
  const d = new Date(Date.UTC(year, month - 1, day));
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const monday = addDays(isoDate, -weekday);
  const thursday = new Date(d.getTime() + (3 - weekday) * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 86_400_000));
  return { key: `${weekYear}-W${String(week).padStart(2, '0')}`, monday };
}

export interface AgendaMonth {
  /** YYYY-MM */
  key: string;
  weeks: { key: string; monday: string; items: AgendaItem[] }[];
}

/**
 * Groups agenda items by month, then by ISO week within the month. An item that starts before
 * `from` (a window already open) is listed under `from`'s month and week.
 */
export function groupByMonthAndWeek(items: AgendaItem[], from: string): AgendaMonth[] {
  const months: AgendaMonth[] = [];
  for (const item of items) {
    const date = item.occurrence.date < from ? from : item.occurrence.date;
    const monthKey = date.slice(0, 7);
    let month = months.at(-1);
    if (!month || month.key !== monthKey) months.push((month = { key: monthKey, weeks: [] }));
    const { key, monday } = isoWeek(date);
    let week = month.weeks.at(-1);
    if (!week || week.key !== key) month.weeks.push((week = { key, monday, items: [] }));
    week.items.push(item);
  }
  return months;
}

/** When an occurrence happens, written out in the reader's language and the entry's timezone. */
export function describeOccurrence(o: Occurrence, timezone: string, locale: LocaleCode): string {
  if (!o.allDay) return formatTimeRange(o.startUtc, o.endUtc, timezone, locale);
  return o.start === o.end ? formatDayLong(o.start, locale) : formatDateRange(o.start, o.end, locale);
}

/** The machine-readable value for an occurrence's `<time datetime>`. */
export function occurrenceDatetime(o: Occurrence): string {
  return o.allDay ? o.start : o.startUtc;
}
