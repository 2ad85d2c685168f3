/**
 * View-time checks on a built page: a page built months ago must not claim its information is
 * fresh. Elements with `data-stale-from="YYYY-MM-DD"` are shown from that day on (in the reader's
 * own calendar) and hidden before it. Without JavaScript, the build's own judgement stands.
 */
import { localToday } from '../lib/today';

const today = localToday(new Date());
for (const el of document.querySelectorAll<HTMLElement>('[data-stale-from]')) {
  el.hidden = today < (el.dataset.staleFrom ?? '');
}
