/**
 * What "today" is, for whoever asks: the reader's device, a town's timezone, or a content check
 * that must give the same answer in the build and in the CMS in an editor's browser.
 */
/** Today's calendar date (YYYY-MM-DD) on the reader's device, in the device's own timezone. */
export function localToday(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

// en-CA writes dates as YYYY-MM-DD.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date (YYYY-MM-DD) in an IANA timezone, wherever the device is. */
export function todayIn(timezone: string, now: Date): string {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timezone, f);
  }
  return f.format(now);
}

/**
 * "Now" as content checks see it: the build's SOURCE_DATE_EPOCH when it is set (reproducible
 * builds, and the tests' fixed day), otherwise the clock. The same schema runs in the CMS in the
 * browser, where there is no `process` and "now" is the browser's clock.
 */
export function checkingNow(env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env): Date {
  const epoch = env?.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/**
 * The latest calendar date anywhere on Earth at `now`: the date in UTC+14 (Kiribati's Line
 * Islands). A date after it has not begun in any timezone, so content that says it was checked
 * then is wrong whichever timezone its editor works in, and the build (in UTC) and the CMS (in the
 * editor's timezone) agree on what to refuse.
 */
export function latestDateOnEarth(now: Date): string {
  return todayIn('Pacific/Kiritimati', now);
}
