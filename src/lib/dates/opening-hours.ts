/**
 * Opening hours as each language writes them, for the hours tables on service pages, town pages
 * and referral sheets.
 *
 * Everything comes from CLDR through Intl, not from hand-written templates: a time range is
 * `Intl.DateTimeFormat#formatRange` with the locale's short time style (so "9:00 ص – 12:00 م" in
 * Arabic, "09:00–12:00" in British English, "۹:۰۰ تا ۱۲:۰۰" in Persian: a leading zero only where
 * the locale writes one, and the locale's own range separator), and a day with several ranges
 * joins them with `Intl.ListFormat` (no Latin comma inside an Arabic sentence). Times are wall-clock
 * times of the town, formatted as UTC instants on a fixed date, so the build machine's timezone
 * never changes a byte of the output.
 *
 * A day's hours come back as parts (ranges, and the gaps between them) so the page can keep each
 * range together and let the line break only between ranges.
 */
import { formatWeekday, shortTimeFormat, wallClockInstant } from './format';
import { getLocale, type LocaleCode } from '../i18n/locales';
import { weekdays, type Weekday } from '../content/schema';

/** One line of a place's opening hours as stored: the days it applies to and one time range. */
export interface HoursSpan {
  days: readonly Weekday[];
  /** HH:MM, local to the town. */
  opens: string;
  /** HH:MM, local to the town; 24:00 is the end of the day. */
  closes: string;
}

/**
 * A piece of one day's hours: a time range with any list mark written onto it, which a line
 * should not break inside, or a gap between ranges (spaces, "and"), where it may.
 */
export interface DayHoursPart {
  type: 'range' | 'gap';
  value: string;
}

/** One row of an hours table. */
export interface HoursRow {
  day: Weekday;
  /** The weekday's name in the reader's language. */
  label: string;
  /** The day's ranges, in time order, with the locale's list words between them. */
  parts: DayHoursPart[];
}

const listFormats = new Map<LocaleCode, Intl.ListFormat>();

function listFormat(locale: LocaleCode): Intl.ListFormat {
  let f = listFormats.get(locale);
  if (!f) listFormats.set(locale, (f = new Intl.ListFormat(getLocale(locale).tag, { type: 'conjunction' })));
  return f;
}

/**
 * One time range in the reader's language: "09:00–12:00", "9:00 ص – 12:00 م". A range that
 * closes at 24:00 ends at midnight, written as the locale writes midnight ("00:00", "12:00 ص").
 */
export function formatHoursRange(opens: string, closes: string, locale: LocaleCode): string {
  const f = shortTimeFormat(locale);
  if (closes !== '24:00') return f.formatRange(wallClockInstant(opens), wallClockInstant(closes));
  // Midnight that ends the day is the next day's 00:00: formatRange would add both dates, and the
  // same day's 00:00 would share the morning's day period ("9:00–12:00 ص" reads as 9 to noon).
  // So both times are written in full, joined as the locale joins a morning to an evening time.
  const separator = f
    .formatRangeToParts(wallClockInstant('09:00'), wallClockInstant('21:00'))
    .filter((p) => p.source === 'shared')
    .map((p) => p.value)
    .join('');
  return `${f.format(wallClockInstant(opens))}${separator}${f.format(wallClockInstant(closes))}`;
}

// A list word or mark between two ranges: what is glued to the range before it (Tigrinya "ን",
// a comma), the spaces and free-standing words where a line may break (" and "), and what is
// glued to the range after it (the Arabic "و" is written onto the next word).
const literalShape = /^([^ ]*)(?:( (?:.* )?)([^ ]*))?$/su;

/**
 * Several ranges of one day, as parts: each range (carrying the list marks written onto it) and
 * the gaps between them, where a line may break. Joined, the parts are exactly the locale's list.
 */
export function dayHoursParts(ranges: readonly { opens: string; closes: string }[], locale: LocaleCode): DayHoursPart[] {
  const sorted = [...ranges].sort((a, b) => a.opens.localeCompare(b.opens) || a.closes.localeCompare(b.closes));
  const texts = sorted.map((r) => formatHoursRange(r.opens, r.closes, locale));
  const parts: DayHoursPart[] = [];
  let gluedToNext = '';
  for (const p of listFormat(locale).formatToParts(texts)) {
    if (p.type === 'element') {
      parts.push({ type: 'range', value: gluedToNext + p.value });
      gluedToNext = '';
      continue;
    }
    const [, before = '', gap = '', after = ''] = literalShape.exec(p.value) ?? [];
    const previous = parts.at(-1);
    if (previous) previous.value += before;
    else gluedToNext += before;
    if (gap) parts.push({ type: 'gap', value: gap });
    gluedToNext += after;
  }
  if (gluedToNext) parts.push({ type: 'gap', value: gluedToNext });
  return parts;
}

/** Several ranges of one day as one string: "09:00–12:00 and 14:00–16:30". */
export function formatDayHours(ranges: readonly { opens: string; closes: string }[], locale: LocaleCode): string {
  return dayHoursParts(ranges, locale)
    .map((p) => p.value)
    .join('');
}

/** The rows of an hours table: one per day that has hours, in week order (Monday first). */
export function openingHoursRows(hours: readonly HoursSpan[], locale: LocaleCode): HoursRow[] {
  return weekdays.flatMap((day) => {
    const ranges = hours.filter((h) => h.days.includes(day));
    return ranges.length === 0 ? [] : [{ day, label: formatWeekday(day, locale), parts: dayHoursParts(ranges, locale) }];
  });
}
