/**
 * Calendar entries as occurrences. Recurrence rules are expanded in the town's wall-clock time
 * ("the 1st Tuesday at 09:00" stays 09:00 across a daylight-saving change, as RFC 5545 says for a
 * DTSTART with TZID), then turned into instants with the town's IANA timezone. Nothing here reads
 * the machine's timezone, so the build is the same in Tokyo and New York.
 */
import rrulePackage from 'rrule';
import { TZDate } from '@date-fns/tz';
import type { CalendarShared } from './schema';

/** One occurrence of an entry. Local values are in the entry's timezone. */
export interface Occurrence {
  /** Local date of the start, YYYY-MM-DD: the key for exdates, cancellations and grouping. */
  date: string;
  /** All-day: first day. Timed: local start, YYYY-MM-DDTHH:MM. */
  start: string;
  /** All-day: last day, included. Timed: local end, YYYY-MM-DDTHH:MM. */
  end: string;
  allDay: boolean;
  /** Timed only: the real instants, as UTC ISO strings. */
  startUtc?: string;
  endUtc?: string;
  /** This occurrence is called off (the entry is cancelled, or this date is). */
  cancelled: boolean;
}

const allowedRuleParts = new Set([
  'FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS',
  'BYWEEKNO', 'BYYEARDAY', 'WKST',
]);

// rrule is CommonJS; its named exports are only reliable through the default export under Vite.
const { RRule } = rrulePackage;
type RRule = InstanceType<typeof RRule>;

/** Most occurrences expanded for one entry: bounds work on an open-ended weekly rule. */
const maxOccurrences = 1000;

// Wall-clock values are carried as UTC Dates ("floating" time): arithmetic on them never meets a
// DST change. Only `instant()` gives them a real timezone.
function floating(local: string): Date {
  const [date, time = '00:00'] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [h, min, sec = 0] = time.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, d, h, min, sec));
}
function formatFloating(d: Date, withTime: boolean): string {
  const iso = d.toISOString();
  return withTime ? iso.slice(0, 16) : iso.slice(0, 10);
}

/** The instant of a local wall-clock time (YYYY-MM-DDTHH:MM[:SS]) in `timezone`, as a UTC ISO string. */
export function instant(local: string, timezone: string): string {
  const f = floating(local);
  const tzDate = new TZDate(
    f.getUTCFullYear(),
    f.getUTCMonth(),
    f.getUTCDate(),
    f.getUTCHours(),
    f.getUTCMinutes(),
    f.getUTCSeconds(),
    timezone,
  );
  return new Date(tzDate.getTime()).toISOString();
}

function parseRule(rrule: string, dtstart: Date): RRule {
  const options = RRule.parseString(rrule);
  return new RRule({ ...options, dtstart, tzid: undefined });
}

/**
 * A rule's UNTIL as the wall-clock time the series is expanded to here (YYYY-MM-DDTHH:MM:SS, in the
 * entry's timezone), or undefined when it has none. A date-only UNTIL is the start of that day.
 */
export function ruleUntil(rrule: string): string | undefined {
  return RRule.parseString(rrule).until?.toISOString().slice(0, 19);
}

/**
 * The entry's occurrences that overlap [from, to] (local dates, inclusive), in order.
 * Cancelled occurrences are included and marked, so pages can say so.
 */
export function occurrences(
  entry: Pick<CalendarShared, 'allDay' | 'timed' | 'recurrence' | 'status'>,
  timezone: string,
  window: { from: string; to: string },
): Occurrence[] {
  const allDay = entry.allDay !== undefined;
  const start = allDay ? entry.allDay!.start : entry.timed!.start;
  const end = allDay ? (entry.allDay!.end ?? entry.allDay!.start) : entry.timed!.end;
  const first = floating(start);
  const length = floating(end).getTime() - first.getTime();
  const exdates = new Set(entry.recurrence?.exdates ?? []);
  const cancelledDates = new Set(entry.recurrence?.cancelled ?? []);

  let starts: Date[];
  if (entry.recurrence) {
    // Start early enough that an occurrence beginning before the window but running into it counts.
    const from = new Date(floating(window.from).getTime() - length);
    const to = new Date(floating(window.to).getTime() + 86_399_000);
    starts = parseRule(entry.recurrence.rrule, first).between(from, to, true).slice(0, maxOccurrences);
  } else {
    starts = [first];
  }

  const out: Occurrence[] = [];
  for (const s of starts) {
    const e = new Date(s.getTime() + length);
    const date = formatFloating(s, false);
    if (exdates.has(date)) continue;
    if (formatFloating(e, false) < window.from || date > window.to) continue;
    const o: Occurrence = {
      date,
      start: formatFloating(s, !allDay),
      end: formatFloating(e, !allDay),
      allDay,
      cancelled: entry.status === 'cancelled' || cancelledDates.has(date),
    };
    if (!allDay) {
      o.startUtc = instant(o.start, timezone);
      o.endUtc = instant(o.end, timezone);
    }
    out.push(o);
  }
  return out;
}

/**
 * Problems with an entry's recurrence, as `{ field, message }`: an RRULE that does not parse or
 * never occurs, and exception dates that are not dates of the series.
 */
export function checkRecurrence(entry: CalendarShared, timezone: string): { field: string; message: string }[] {
  const r = entry.recurrence;
  if (!r) return [];
  const problems: { field: string; message: string }[] = [];
  const parts = r.rrule.split(';').map((p) => p.split('=')[0]);
  const unknown = parts.filter((p) => !allowedRuleParts.has(p));
  if (!parts.includes('FREQ')) {
    return [{ field: 'recurrence.rrule', message: 'RRULE needs a FREQ, such as FREQ=WEEKLY' }];
  }
  if (unknown.length) {
    return [{ field: 'recurrence.rrule', message: `RRULE part ${unknown.join(', ')} is not supported here` }];
  }
  const start = entry.allDay?.start ?? entry.timed?.start;
  if (!start) return [];
  let rule: RRule;
  try {
    rule = parseRule(r.rrule, floating(start));
    if (!rule.after(new Date(floating(start).getTime() - 1), true)) {
      return [{ field: 'recurrence.rrule', message: 'RRULE never occurs' }];
    }
  } catch (error) {
    return [{ field: 'recurrence.rrule', message: `RRULE is not valid: ${(error as Error).message}` }];
  }
  const dates = [...r.exdates, ...r.cancelled];
  if (dates.length) {
    const last = dates.reduce((a, b) => (a > b ? a : b));
    const seriesDates = new Set(
      occurrences({ ...entry, recurrence: { ...r, exdates: [], cancelled: [] } }, timezone, {
        from: start.slice(0, 10),
        to: last,
      }).map((o) => o.date),
    );
    r.exdates.forEach((d, i) => {
      if (!seriesDates.has(d)) problems.push({ field: `recurrence.exdates[${i}]`, message: `${d} is not a date of this series` });
    });
    r.cancelled.forEach((d, i) => {
      if (!seriesDates.has(d)) problems.push({ field: `recurrence.cancelled[${i}]`, message: `${d} is not a date of this series` });
    });
  }
  return problems;
}
