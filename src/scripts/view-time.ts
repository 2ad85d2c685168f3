/**
 * View-time checks on a built page, so an old build never says something untrue today:
 * - elements with `data-stale-from="YYYY-MM-DD"` show from that day on (the "may be outdated" note);
 * - elements with `data-rel` get a relative label ("closes in 3 days", "passed"), counted in the
 *   entry's timezone, with wording from the page's `#relative-labels` JSON.
 * Without JavaScript the absolute dates stand alone and the build's judgement of staleness stands.
 */
import { localToday, todayIn } from '../lib/dates/today';
import { dayCategory, formatDays, relativeLabel, type DayWording, type RelativeKind } from '../lib/dates/relative';

const now = new Date();
const today = localToday(now);
for (const el of document.querySelectorAll<HTMLElement>('[data-stale-from]')) {
  el.hidden = today < (el.dataset.staleFrom ?? '');
}

const labelsEl = document.getElementById('relative-labels');
if (labelsEl) {
  const { days: wording, ...labels } = JSON.parse(labelsEl.textContent ?? '{}') as Record<string, string> & { days: DayWording };
  const lang = document.documentElement.lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-rel]')) {
    const { rel, start = '', end = '', tz = 'UTC' } = el.dataset;
    const label = relativeLabel(rel as RelativeKind, start, end, todayIn(tz, now));
    // "in 3 days" in the build's CLDR wording, not the browser's Intl.RelativeTimeFormat, which
    // lacks some languages (Chromium has no Somali and would write English).
    const when = label.days === undefined ? '' : formatDays(label.days, wording, dayCategory(label.days, lang, wording));
    el.textContent = (labels[label.key] ?? '').replace('{when}', when);
    el.dataset.state = label.key;
    el.hidden = false;
  }
}
