/**
 * Which entries go into which feed, and the feed's name in the reader's language. The iCalendar
 * writing itself is in ical.ts.
 */
import type { CalendarEntry } from '../content/read';
import type { Directory } from '../content/directory';
import { getT } from '../i18n/i18next';
import type { LocaleCode } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { entryTimezone } from './agenda';
import { buildFeed, type FeedEntry } from './ical';
import { feeds, paths } from '../routing/routes';

export type FeedScope =
  { kind: 'all' } | { kind: 'town'; slug: string } | { kind: 'category'; slug: string } | { kind: 'entry'; slug: string };

/** The feed's site path, e.g. /feeds/ar/towns/alpha.ics. */
export function feedPath(scope: FeedScope, locale: LocaleCode): string {
  return scope.kind === 'all' ? feeds.all(locale) : feeds[scope.kind](locale, scope.slug);
}

/** The entries a feed or an agenda of that scope covers. */
export function scopeEntries(d: Directory, scope: FeedScope): CalendarEntry[] {
  switch (scope.kind) {
    case 'all':
      return d.calendar;
    case 'town':
      return d.entriesInTown(scope.slug);
    case 'category':
      return d.entriesInCategory(scope.slug);
    case 'entry':
      return [d.entry(scope.slug)];
  }
}

const recordName = (d: Directory, slug: string, kind: 'town' | 'category', locale: LocaleCode) =>
  localize<{ name: string }>((kind === 'town' ? d.town(slug) : d.category(slug)).text, locale).value.name;

/** What a feed covers, in the reader's language: "all partner towns", a town's or a topic's name, an entry's title. */
export function feedScopeName(d: Directory, scope: FeedScope, locale: LocaleCode): string {
  if (scope.kind === 'all') return getT(locale)('calendar.allTowns');
  if (scope.kind === 'entry') return localize(d.entry(scope.slug).text, locale).value.title;
  return recordName(d, scope.slug, scope.kind, locale);
}

/** The feed's calendar name, as calendar apps show it ("Crossroads: Alpha"). */
export function feedName(d: Directory, scope: FeedScope, locale: LocaleCode): string {
  return getT(locale)('calendar.feedName', { scope: feedScopeName(d, scope, locale) });
}

/** The iCalendar text of one feed in one locale. `site` is the site's public origin. */
export function renderFeed(d: Directory, scope: FeedScope, locale: LocaleCode, site: URL): string {
  const t = getT(locale);
  const name = (slug: string, kind: 'town' | 'category') => recordName(d, slug, kind, locale);
  const scopeName = feedScopeName(d, scope, locale);
  const entries: FeedEntry[] = scopeEntries(d, scope).map((entry) => ({
    entry,
    timezone: entryTimezone(entry, d.town),
    url: new URL(paths.entry(locale, entry.slug), site).href,
    categories: entry.shared.categories.map((c) => name(c, 'category')),
    townNames: entry.shared.towns.map((slug) => name(slug, 'town')),
    locationTown: entry.shared.location ? name(entry.shared.location.address.town, 'town') : undefined,
  }));
  return buildFeed(entries, {
    locale,
    name: feedName(d, scope, locale),
    description: t('calendar.feedDescription', { scope: scopeName }),
    url: new URL(feedPath(scope, locale), site).href,
    host: site.host,
    statusLabel: (status) => t(`calendar.status.${status}`),
  });
}

/** The HTTP response for a feed: iCalendar with its media type. */
export function feedResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
