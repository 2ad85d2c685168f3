/**
 * Timezones as a reader says them. Pages used to print the IANA id ("Europe/Rome"), which means
 * nothing to most readers, least of all in Arabic or Tigrinya. ICU's generic long name
 * ("Central European Time", "توقيت وسط أوروبا") is said in the reader's language; the IANA id
 * stays in machine-readable places (datetime attributes, JSON, feeds).
 *
 * No UTC offset is added: opening hours hold all year and the offset changes with daylight time,
 * so one offset would be wrong half the year; the generic name is right in every season.
 *
 * Output depends only on the ICU data of the Node that builds (Node 24, full-icu) and the instant
 * given, never on the build machine's own timezone: every formatter is given `timeZone`.
 */
import { getLocale, type LocaleCode } from '../i18n/locales';
import { buildDate } from './days';

type ZoneStyle = 'longGeneric' | 'shortOffset' | 'longOffset';
function zonePart(timezone: string, locale: LocaleCode, at: Date, style: ZoneStyle): string {
  const parts = new Intl.DateTimeFormat(getLocale(locale).tag, { timeZone: timezone, timeZoneName: style }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timezone;
}

/** The place half of an IANA id: "America/Argentina/Buenos_Aires" → "Buenos Aires". */
const cityOf = (timezone: string) => (timezone.split('/').pop() ?? timezone).replace(/_/g, ' ');

/**
 * The zone's name in the reader's language ("Central European Time"). `at` picks the rules in
 * force (a zone that keeps daylight time then gets its generic name, not "Standard Time"). Where
 * ICU has no name and falls back to an offset ("GMT+03:00"), a place's id gives its city, and a
 * zone that is only an offset (Etc/GMT-3, whose sign POSIX inverts) the offset as the locale writes it.
 */
export function timezoneName(timezone: string, locale: LocaleCode, at: Date): string {
  const name = zonePart(timezone, locale, at, 'longGeneric');
  const offset = zonePart(timezone, locale, at, 'shortOffset');
  if (name !== offset && name !== zonePart(timezone, locale, at, 'longOffset') && name !== timezone) return name;
  return timezone.startsWith('Etc/') || !timezone.includes('/') ? offset : cityOf(timezone);
}

const forBuild = new Map<string, string>();

/**
 * The name on the day the site is built (SOURCE_DATE_EPOCH when set), for notes under opening
 * hours and times: worked out once per zone and language for the whole build, not on every page.
 */
export function timezoneNameForBuild(timezone: string, locale: LocaleCode): string {
  const key = `${timezone} ${locale}`;
  let name = forBuild.get(key);
  if (name === undefined) forBuild.set(key, (name = timezoneName(timezone, locale, new Date(`${buildDate()}T12:00:00Z`))));
  return name;
}
