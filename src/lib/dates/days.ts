/**
 * When information counts as old. The build marks pages stale as of the build date, and a small
 * script re-checks at view time, so an old build never claims to be fresh.
 */
import { dateParts } from './format';

const dayMs = 86_400_000;

/** Days from one calendar date (YYYY-MM-DD) to another, independent of any timezone. */
export function daysBetween(fromIso: string, toIso: string): number {
  const a = dateParts(fromIso);
  const b = dateParts(toIso);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / dayMs);
}

/** A date (YYYY-MM-DD) `days` after another, by the calendar, independent of any timezone. */
export function addDays(isoDate: string, days: number): string {
  const { year, month, day } = dateParts(isoDate);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** True when a record checked on `reviewed` is older than `staleAfterDays` on `today`. */
export function isStale(reviewed: string, today: string, staleAfterDays: number): boolean {
  return daysBetween(reviewed, today) > staleAfterDays;
}

/** The date a record becomes stale (YYYY-MM-DD), for the view-time check. */
export function staleFrom(reviewed: string, staleAfterDays: number): string {
  return addDays(reviewed, staleAfterDays + 1);
}

/**
 * The build's "today" as YYYY-MM-DD in UTC. Honours SOURCE_DATE_EPOCH (reproducible-builds.org),
 * so two builds of the same content on the same epoch are byte-identical on any machine.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().slice(0, 10);
}
