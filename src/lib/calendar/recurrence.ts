/**
 * Calendar entries as occurrences. Recurrence rules are expanded in the town's wall-clock time
 * ("the 1st Tuesday at 09:00" stays 09:00 across a daylight-saving change, as RFC 5545 says for a
 * DTSTART with TZID), then turned into instants with the town's IANA timezone. Nothing here reads
 * the machine's timezone, so the build is the same in Tokyo and New York.
 *
 * A rule is read by rrule's parser, part by part (`ruleProblem`), before anything uses it: the
 * schema refuses what the parser cannot read, what it reads differently from what was written
 * (rrule quietly drops `WKST=XX` and turns `UNTIL=20270230` into 2 March), parts RFC 5545 does not
 * allow together, and anything that would make the rule more than one line of a feed. Rules repeat
 * by the day at most: no entry is hourly, so an entry has at most one occurrence a day and
 * expanding a year of it is cheap whatever the rule says.
 */
import rrulePackage from 'rrule';
import { TZDate } from '@date-fns/tz';
import type { CalendarShared, CalendarTiming } from '../content/schema';

/** One occurrence of an entry. Local values are in the entry's timezone. */
interface OccurrenceFields {
  /** Local date of the start, YYYY-MM-DD: the key for exdates, cancellations and grouping. */
  date: string;
  /** All-day: first day. Timed: local start, YYYY-MM-DDTHH:MM. */
  start: string;
  /** All-day: last day, included. Timed: local end, YYYY-MM-DDTHH:MM. */
  end: string;
  /** This occurrence is called off (the entry is cancelled, or this date is). */
  cancelled: boolean;
}

/** One occurrence: all-day, or timed with its real instants (as UTC ISO strings). */
export type Occurrence =
  | (OccurrenceFields & { allDay: true; startUtc?: undefined; endUtc?: undefined })
  | (OccurrenceFields & { allDay: false; startUtc: string; endUtc: string });

// rrule is CommonJS; its named exports are only reliable through the default export under Vite.
const { RRule, Weekday } = rrulePackage;
type RRule = InstanceType<typeof RRule>;
type RuleOptions = ReturnType<typeof RRule.parseString>;

/**
 * The RRULE parts an entry may use, each with what it takes (said in messages). Times come from the
 * entry's own start and end, so BYHOUR, BYMINUTE and BYSECOND are not here; nor DTSTART, TZID or
 * rrule's own BYEASTER, which a rule written for calendar apps must not carry.
 */
const ruleParts = {
  FREQ: 'DAILY, WEEKLY, MONTHLY or YEARLY',
  INTERVAL: 'a whole number from 1 (INTERVAL=2: every other week, month…)',
  COUNT: 'a whole number from 1: how many times in all',
  UNTIL: 'the last day, written 20270630 or 20270630T235959Z',
  BYDAY: 'days MO, TU, WE, TH, FR, SA, SU, comma-separated; in a monthly or yearly rule with a number: 1TU, -1FR',
  BYMONTHDAY: 'days of the month, 1 to 31, or -1 (the last) to -31',
  BYMONTH: 'months, 1 to 12',
  BYSETPOS: 'positions in the set, 1 to 366 or -1 (the last) to -366',
  BYWEEKNO: 'ISO weeks, 1 to 53 or -1 to -53',
  BYYEARDAY: 'days of the year, 1 to 366 or -1 to -366',
  WKST: 'one day: MO, TU, WE, TH, FR, SA or SU',
} as const;
type RulePart = keyof typeof ruleParts;
const isRulePart = (name: string): name is RulePart => Object.hasOwn(ruleParts, name);

/** The frequencies a rule may have: by the day at most (service days and deadlines are not hourly). */
export const ruleFrequencies = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;

/** The shape of a rule: NAME=VALUE parts joined by ";", capitals, digits and , + - only. */
export const rulePattern = /^[A-Z]+=[A-Z0-9,+-]+(?:;[A-Z]+=[A-Z0-9,+-]+)*$/;

/** Whole numbers in [min, max], or their negatives too when `signed`; never 0. */
function integers(value: unknown, max: number, signed: boolean): boolean {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.every((n) => typeof n === 'number' && Number.isInteger(n) && n !== 0 && (signed || n > 0) && Math.abs(n) <= max);
}

/** Whether rrule read the value of one part as the RFC 5545 value it is. */
function readsAsWritten(name: RulePart, value: string): boolean {
  let o: RuleOptions;
  try {
    o = RRule.parseString(`${name}=${value}`);
  } catch {
    return false;
  }
  switch (name) {
    case 'FREQ':
      return typeof o.freq === 'number';
    case 'WKST':
      return o.wkst instanceof Weekday;
    case 'INTERVAL':
      return !Array.isArray(o.interval) && integers(o.interval, Infinity, false);
    case 'COUNT':
      return !Array.isArray(o.count) && integers(o.count, Infinity, false);
    case 'UNTIL': {
      // rrule carries over out-of-range fields (20270230 → 2 March); the date must read back as written.
      if (!(o.until instanceof Date) || Number.isNaN(o.until.getTime())) return false;
      const back = o.until.toISOString().slice(0, 19).replace(/[-:]/g, '');
      const written = value.replace(/Z$/, '');
      return written.length === 8 ? back === `${written}T000000` : back === written;
    }
    case 'BYDAY': {
      const days = Array.isArray(o.byweekday) ? o.byweekday : [];
      return days.length > 0 && days.every((d) => d instanceof Weekday && (d.n === undefined || integers(d.n, 53, true)));
    }
    case 'BYMONTH':
      return integers(o.bymonth, 12, false);
    case 'BYMONTHDAY':
      return integers(o.bymonthday, 31, true);
    case 'BYSETPOS':
      return integers(o.bysetpos, 366, true);
    case 'BYWEEKNO':
      return integers(o.byweekno, 53, true);
    case 'BYYEARDAY':
      return integers(o.byyearday, 366, true);
  }
}

/**
 * What is wrong with an RRULE as content writes it (`FREQ=MONTHLY;BYDAY=1TU`, no `RRULE:`
 * prefix), in words for the editor, or undefined when nothing is. The schema runs it, so the build
 * and the CMS refuse the same rules. Checks that need the rest of the entry (does it ever occur,
 * are the exception dates in the series) are in `checkRecurrence`.
 */
export function ruleProblem(rule: string): string | undefined {
  const control = /[\p{Cc}\u2028\u2029]/u.exec(rule);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `RRULE must be one line: remove the line break or control character U+${code} (character ${control.index + 1})`;
  }
  if (!rulePattern.test(rule)) {
    return 'must be an RRULE such as FREQ=MONTHLY;BYDAY=1TU: NAME=VALUE parts joined by ";", in capitals, with no spaces and no "RRULE:" prefix';
  }
  const parts = rule.split(';').map((p) => {
    const [name, value] = p.split('=');
    return { name, value };
  });
  const unknown = [...new Set(parts.map((p) => p.name).filter((name) => !isRulePart(name)))];
  if (unknown.length) {
    return `RRULE part ${unknown.join(', ')} is not supported here (the parts are ${Object.keys(ruleParts).join(', ')})`;
  }
  const twice = parts.find((p, i) => parts.findIndex((q) => q.name === p.name) !== i);
  if (twice) return `RRULE part ${twice.name} is given twice: give it once, with several values if need be (BYDAY=TU,TH)`;
  const given = new Map(parts.flatMap(({ name, value }) => (isRulePart(name) ? [[name, value] as const] : [])));
  if (!given.has('FREQ')) return 'RRULE needs a FREQ, such as FREQ=WEEKLY';
  for (const [name, value] of given) {
    if (!readsAsWritten(name, value)) return `RRULE is not valid: ${name}=${value} (${name} takes ${ruleParts[name]})`;
  }
  const freq = given.get('FREQ')!;
  if (!ruleFrequencies.some((f) => f === freq)) {
    return `RRULE repeats more often than daily (FREQ=${freq}): an entry repeats by the day at most; give the hours as its start and end`;
  }
  // Combinations RFC 5545 (3.3.10) rules out, which rrule would expand anyway, each its own way.
  if (given.has('COUNT') && given.has('UNTIL')) return 'RRULE is not valid: give COUNT or UNTIL, not both';
  const notWith = (part: RulePart, freqs: string[]) => given.has(part) && !freqs.includes(freq);
  if (notWith('BYWEEKNO', ['YEARLY'])) return 'RRULE is not valid: BYWEEKNO needs FREQ=YEARLY';
  if (notWith('BYYEARDAY', ['YEARLY'])) return 'RRULE is not valid: BYYEARDAY needs FREQ=YEARLY';
  if (notWith('BYMONTHDAY', ['DAILY', 'MONTHLY', 'YEARLY'])) return 'RRULE is not valid: BYMONTHDAY cannot be used with FREQ=WEEKLY';
  const numbered = (given.get('BYDAY') ?? '').split(',').find((d) => d.length > 2);
  if (numbered && (!['MONTHLY', 'YEARLY'].includes(freq) || given.has('BYWEEKNO'))) {
    return `RRULE is not valid: BYDAY=${numbered} (a numbered day needs FREQ=MONTHLY, or FREQ=YEARLY without BYWEEKNO)`;
  }
  if (given.has('BYSETPOS') && ![...given.keys()].some((k) => k.startsWith('BY') && k !== 'BYSETPOS')) {
    return 'RRULE is not valid: BYSETPOS picks from the dates of another BY… part (BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1)';
  }
  try {
    new RRule({ ...RRule.parseString(rule), dtstart: new Date(0) });
  } catch (error) {
    return `RRULE is not valid: ${(error as Error).message}`;
  }
  return undefined;
}

/**
 * How far after an entry's start its series is followed when checking it: a rule with no date in
 * these years "never occurs", and an exception date later than this is refused. It bounds the work
 * a rule that matches nothing would cost (rrule walks every day up to year 9999 looking).
 */
export const seriesHorizonYears = 25;

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
 * The entry's occurrences that overlap [from, to] (local dates, inclusive), in order, at most
 * `limit` of them: the expansion stops there, so the work is bounded by the limit or the window.
 * Cancelled occurrences are included and marked, so pages can say so.
 */
export function occurrences(
  entry: CalendarTiming & Pick<CalendarShared, 'recurrence' | 'status'>,
  timezone: string,
  window: { from: string; to: string },
  limit = Infinity,
): Occurrence[] {
  const allDay = entry.allDay !== undefined;
  const start = entry.allDay ? entry.allDay.start : entry.timed.start;
  const end = entry.allDay ? (entry.allDay.end ?? entry.allDay.start) : entry.timed.end;
  const first = floating(start);
  const length = floating(end).getTime() - first.getTime();
  const exdates = new Set(entry.recurrence?.exdates ?? []);
  const cancelledDates = new Set(entry.recurrence?.cancelled ?? []);

  const out: Occurrence[] = [];
  /** Adds the occurrence starting at `s` if it is listed; false once the limit is reached. */
  const add = (s: Date): boolean => {
    const e = new Date(s.getTime() + length);
    const date = formatFloating(s, false);
    if (exdates.has(date) || formatFloating(e, false) < window.from || date > window.to) return true;
    const fields = {
      date,
      start: formatFloating(s, !allDay),
      end: formatFloating(e, !allDay),
    };
    const cancelled = entry.status === 'cancelled' || cancelledDates.has(date);
    // Keys in the order the JSON agenda has always written them.
    out.push(
      allDay
        ? { ...fields, allDay, cancelled }
        : { ...fields, allDay, cancelled, startUtc: instant(fields.start, timezone), endUtc: instant(fields.end, timezone) },
    );
    return out.length < limit;
  };

  if (entry.recurrence) {
    // Start early enough that an occurrence beginning before the window but running into it counts.
    const from = new Date(floating(window.from).getTime() - length);
    const to = new Date(floating(window.to).getTime() + 86_399_000);
    // rrule stops iterating when the callback says false.
    parseRule(entry.recurrence.rrule, first).between(from, to, true, add);
  } else if (limit > 0) {
    add(first);
  }
  return out;
}

/**
 * Whether a rule starting at `first` gives a date by `last`. rrule checks its end only on days that
 * match, so a rule that matches no day at all walks on to the year 9999 (20 s for a daily rule). The
 * Gregorian calendar repeats every 400 years (146,097 days: whole weeks, the same leap years), so
 * the rule moved forward by whole 400-year steps to end near 9999 matches on the same days, and
 * stops at most 400 years after its end.
 */
function occursBy(rrule: string, first: Date, last: Date): boolean {
  const years = 400 * Math.floor((9999 - last.getUTCFullYear()) / 400);
  const moved = (d: Date) => {
    const m = new Date(d);
    m.setUTCFullYear(d.getUTCFullYear() + years);
    return m;
  };
  const options = RRule.parseString(rrule);
  const until = options.until && options.until < last ? options.until : last;
  const rule = new RRule({ ...options, dtstart: moved(first), until: moved(until), tzid: undefined });
  return rule.after(moved(first), true) !== null;
}

/**
 * Problems with an entry's recurrence, as `{ field, message }`: a rule the schema would refuse
 * (`ruleProblem`), a rule with no date in the `seriesHorizonYears` from the entry's start, and
 * exception or cancelled dates that are not dates of the series.
 */
export function checkRecurrence(entry: CalendarShared, timezone: string): { field: string; message: string }[] {
  const r = entry.recurrence;
  if (!r) return [];
  const problem = ruleProblem(r.rrule);
  if (problem) return [{ field: 'recurrence.rrule', message: problem }];
  const start = entry.allDay?.start ?? entry.timed?.start;
  if (!start) return [];
  const first = floating(start);
  const horizon = floating(start.slice(0, 10));
  horizon.setUTCFullYear(horizon.getUTCFullYear() + seriesHorizonYears);
  const lastDay = formatFloating(horizon, false);
  if (!occursBy(r.rrule, first, horizon)) {
    return [
      {
        field: 'recurrence.rrule',
        message: `RRULE never occurs: it gives no date in the ${seriesHorizonYears} years from the entry's start`,
      },
    ];
  }
  const problems: { field: string; message: string }[] = [];
  const dates = [...r.exdates, ...r.cancelled].filter((d) => d <= lastDay);
  const seriesDates = new Set<string>();
  if (dates.length) {
    const last = dates.reduce((a, b) => (a > b ? a : b));
    const series = { ...entry, recurrence: { ...r, exdates: [], cancelled: [] } };
    for (const o of occurrences(series, timezone, { from: start.slice(0, 10), to: last })) seriesDates.add(o.date);
  }
  const check = (field: 'exdates' | 'cancelled') =>
    r[field].forEach((d, i) => {
      if (d > lastDay) {
        problems.push({
          field: `recurrence.${field}[${i}]`,
          message: `${d} is more than ${seriesHorizonYears} years after the series starts`,
        });
      } else if (!seriesDates.has(d)) {
        problems.push({ field: `recurrence.${field}[${i}]`, message: `${d} is not a date of this series` });
      }
    });
  check('exdates');
  check('cancelled');
  return problems;
}
