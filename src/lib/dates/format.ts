/**
 * Locale-aware formatting of dates, times, numbers and language names. date-fns locales where
 * one exists (they carry the conventional long date forms), Intl otherwise (Tigrinya).
 * Every function is timezone-proof: calendar dates are formatted as dates, never via the build
 * machine's clock.
 */
import { format as formatWithDateFns } from 'date-fns';
import type { Locale as DateFnsLocale } from 'date-fns';
import { ar, enGB, es, faIR, fr, tr, uk } from 'date-fns/locale';
import { getLocale, type LocaleCode } from '../i18n/locales';
import type { Weekday } from '../content/schema';

const dateFnsLocales: Partial<Record<LocaleCode, DateFnsLocale>> = {
  en: enGB,
  ar,
  fa: faIR,
  fr,
  es,
  uk,
  tr,
};

// Formatters are costly to build; one per locale and style for the whole build.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.ListFormat>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make() as never);
  return cache.get(key) as T;
}

// Formatting is costly too (ICU), and pages format the same few values again and again: every
// result is kept for the build, keyed by its inputs.
const results = new Map<string, string>();
function remembered(key: string, make: () => string): string {
  let value = results.get(key);
  if (value === undefined) results.set(key, (value = make()));
  return value;
}

/** Parses YYYY-MM-DD into its parts, without involving any timezone. */
export function dateParts(isoDate: string): { year: number; month: number; day: number } {
  const [year, month, day] = isoDate.split('-').map(Number);
  return { year, month, day };
}

/** A calendar date (YYYY-MM-DD) written out in the reader's language: "12 March 2026". */
export function formatDate(isoDate: string, locale: LocaleCode): string {
  return remembered(`date:${locale}:${isoDate}`, () => {
    const { year, month, day } = dateParts(isoDate);
    const dfl = dateFnsLocales[locale];
    if (dfl) {
      // A local-midnight Date formatted in local time shows the same calendar day on any machine.
      return formatWithDateFns(new Date(year, month - 1, day, 12), 'PPP', { locale: dfl });
    }
    const f = cached(`date:${locale}`, () => new Intl.DateTimeFormat(getLocale(locale).tag, { dateStyle: 'long', timeZone: 'UTC' }));
    return f.format(new Date(Date.UTC(year, month - 1, day)));
  });
}

/**
 * A wall-clock time (HH:MM) in the reader's conventions: "09:30" or "9:30 ص", CLDR's short time
 * (a leading zero only where the locale writes one). Time ranges: src/lib/dates/opening-hours.ts.
 */
export function formatTime(hhmm: string, locale: LocaleCode): string {
  return remembered(`time:${locale}:${hhmm}`, () => shortTimeFormat(locale).format(wallClockInstant(hhmm)));
}

/** CLDR's short time pattern for the locale (hour digits, 12/24 h, day period), read in UTC; one per locale. */
export function shortTimeFormat(locale: LocaleCode): Intl.DateTimeFormat {
  return cached(`time:${locale}`, () => new Intl.DateTimeFormat(getLocale(locale).tag, { timeStyle: 'short', timeZone: 'UTC' }));
}

/** A wall-clock HH:MM as an instant on a fixed day, to format in UTC; 24:00 (end of day) is that day's midnight. */
export function wallClockInstant(hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(2024, 0, 1, h % 24, m));
}

// 2024-01-01 was a Monday.
const weekdayIndex: Record<Weekday, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };

/** The name of a weekday in the reader's language. */
export function formatWeekday(day: Weekday, locale: LocaleCode, width: 'long' | 'short' = 'long'): string {
  return remembered(`weekday:${locale}:${width}:${day}`, () => {
    const f = cached(
      `weekday:${locale}:${width}`,
      () => new Intl.DateTimeFormat(getLocale(locale).tag, { weekday: width, timeZone: 'UTC' }),
    );
    return f.format(new Date(Date.UTC(2024, 0, 1 + weekdayIndex[day])));
  });
}

/** A number in the reader's conventions. */
export function formatNumber(n: number, locale: LocaleCode): string {
  return cached(`num:${locale}`, () => new Intl.NumberFormat(getLocale(locale).tag)).format(n);
}

/** An amount in euros in the reader's conventions. */
export function formatEuros(amount: number, locale: LocaleCode): string {
  return cached(
    `eur:${locale}`,
    () => new Intl.NumberFormat(getLocale(locale).tag, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0 }),
  ).format(amount);
}

/** The name of a language (BCP-47 code) in the reader's language: "ar" → "Arabic"/"العربية". */
export function languageName(code: string, locale: LocaleCode): string {
  return remembered(`lang:${locale}:${code}`, () => {
    const names = cached(`lang:${locale}`, () => new Intl.DisplayNames([getLocale(locale).tag], { type: 'language', fallback: 'code' }));
    return names.of(code) ?? code;
  });
}

/** Joins items as a list in the reader's language: "A, B and C". */
export function formatList(items: string[], locale: LocaleCode, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return remembered(`list:${locale}:${type}:${items.join('\u0000')}`, () => {
    return cached(`list:${locale}:${type}`, () => new Intl.ListFormat(getLocale(locale).tag, { type })).format(items);
  });
}

// Gregorian calendar everywhere: deadlines are set by European offices; Intl would otherwise
// write Persian dates in the Solar Hijri calendar.
const gregorian = { calendar: 'gregory' } as const;

/** A run of days in the reader's language: "1–31 March 2027", "30 Nov – 2 Dec 2026". */
export function formatDateRange(startIso: string, endIso: string, locale: LocaleCode): string {
  return remembered(`drange:${locale}:${startIso}:${endIso}`, () => {
    const f = cached(
      `drange:${locale}`,
      () => new Intl.DateTimeFormat(getLocale(locale).tag, { ...gregorian, dateStyle: 'long', timeZone: 'UTC' }),
    );
    const start = new Date(`${startIso}T00:00:00Z`);
    if (startIso === endIso) return f.format(start);
    return f.formatRange(start, new Date(`${endIso}T00:00:00Z`));
  });
}

/** A day with its weekday: "Tuesday 1 December 2026". */
export function formatDayLong(isoDate: string, locale: LocaleCode): string {
  return remembered(`daylong:${locale}:${isoDate}`, () => {
    const f = cached(
      `daylong:${locale}`,
      () =>
        new Intl.DateTimeFormat(getLocale(locale).tag, {
          ...gregorian,
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }),
    );
    return f.format(new Date(`${isoDate}T00:00:00Z`));
  });
}

/**
 * A timed occurrence in the entry's own timezone: "Tue 1 Dec 2026, 09:00–12:30". `startUtc` and
 * `endUtc` are instants; the clock shown is the town's, whatever the reader's device says.
 */
export function formatTimeRange(startUtc: string, endUtc: string, timezone: string, locale: LocaleCode): string {
  return remembered(`trange:${locale}:${timezone}:${startUtc}:${endUtc}`, () => {
    const f = cached(
      `trange:${locale}:${timezone}`,
      () =>
        new Intl.DateTimeFormat(getLocale(locale).tag, {
          ...gregorian,
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: timezone,
        }),
    );
    return f.formatRange(new Date(startUtc), new Date(endUtc));
  });
}

/** A month heading: "December 2026". */
export function formatMonth(yearMonth: string, locale: LocaleCode): string {
  return remembered(`month:${locale}:${yearMonth}`, () => {
    const f = cached(
      `month:${locale}`,
      () => new Intl.DateTimeFormat(getLocale(locale).tag, { ...gregorian, month: 'long', year: 'numeric', timeZone: 'UTC' }),
    );
    return f.format(new Date(`${yearMonth}-01T00:00:00Z`));
  });
}

/** A postal address on one line: "Via Roma 12, 58100 Valmara". */
export function formatAddress(address: { street: string; postalCode: string }, townName: string): string {
  return `${address.street}, ${address.postalCode} ${townName}`;
}

/** A service's cost as one phrase: "Free", or "Reduced price · €20". */
export function formatCost(
  cost: { type: 'free' | 'reduced' | 'paid'; amountEUR?: number },
  t: (key: string) => string,
  locale: LocaleCode,
): string {
  if (cost.type === 'free') return t('cost.free');
  const label = t(`cost.${cost.type}`);
  return cost.amountEUR === undefined ? label : `${label} · ${formatEuros(cost.amountEUR, locale)}`;
}
