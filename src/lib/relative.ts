/**
 * Relative labels for dates ("closes in 3 days", "passed"), decided at view time on the reader's
 * device: a page built yesterday must not say "tomorrow" about today. Days are counted in the
 * entry's own timezone, because a deadline in Rome ends at midnight in Rome.
 */
import { daysBetween } from './staleness';

/** How an entry's dates read: a deadline closes, a window opens and closes, a day happens. */
export type RelativeKind = 'deadline' | 'window' | 'day';

export interface RelativeLabel {
  key: 'passed' | 'closed' | 'closes' | 'opens' | 'on';
  /** Days from today; 0 is today. Absent for labels without a time (passed, closed). */
  days?: number;
}

/** The label for an occurrence running from `start` to `end` (local dates, inclusive) on `today`. */
export function relativeLabel(kind: RelativeKind, start: string, end: string, today: string): RelativeLabel {
  if (kind === 'deadline') {
    return end < today ? { key: 'passed' } : { key: 'closes', days: daysBetween(today, end) };
  }
  if (kind === 'window') {
    if (today < start) return { key: 'opens', days: daysBetween(today, start) };
    return today <= end ? { key: 'closes', days: daysBetween(today, end) } : { key: 'closed' };
  }
  if (end < today) return { key: 'passed' };
  return { key: 'on', days: today < start ? daysBetween(today, start) : 0 };
}

/** Which relative kind a calendar entry kind uses. */
export function relativeKindOf(kind: 'deadline' | 'application-window' | 'service-day' | 'event'): RelativeKind {
  return kind === 'deadline' ? 'deadline' : kind === 'application-window' ? 'window' : 'day';
}
