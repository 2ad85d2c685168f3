/**
 * The ways to subscribe to one calendar feed, as plain links the reader chooses to follow: the
 * `webcal:` link that calendar apps (Apple Calendar, ICSx⁵ on Android, Thunderbird) open as a
 * subscription, Google Calendar's and Outlook.com's "add by address" pages, and the https address
 * itself to copy. Nothing here is fetched by the page: the two web calendars only see the feed's
 * address, and only when the reader taps their link.
 *
 * Feed addresses are absolute, made from the site's configured URL (astro.config `site`), because
 * a calendar app or another site resolves nothing relative to this page.
 */
import { feedName, feedPath, feedScopeName, type FeedScope } from './feeds';
import type { LocaleCode } from '../i18n/locales';
import { sortByName, type Directory } from '../content/directory';
import { webcal } from '../routing/routes';

/**
 * A query value encoded as RFC 3986 asks: encodeURIComponent leaves ! ' ( ) * as they are, and a
 * quote in a calendar's name is better not left for every consumer of the link to get right.
 */
const queryValue = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export interface FeedLinks {
  /** The feed's own address, to copy and paste. */
  https: string;
  /** The same address as `webcal:`, which opens the reader's calendar app. */
  webcal: string;
  /** Google Calendar's "add this calendar" page, given the webcal address (`cid`). */
  google: string;
  /** Outlook.com's "subscribe from web" page, given the address and the calendar's name. */
  outlook: string;
}

/**
 * The links for the feed at `path` on `site`; `name` is the calendar's name Outlook proposes.
 * Every value is URL-encoded into its query, so a town called `A&B "<x>"` stays one parameter.
 */
export function feedLinks(path: string, site: URL | string, name: string): FeedLinks {
  const https = new URL(path, site).href;
  const cal = webcal(https);
  return {
    https,
    webcal: cal,
    google: `https://calendar.google.com/calendar/r?cid=${queryValue(cal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${queryValue(https)}&name=${queryValue(name)}`,
  };
}

/** One feed on the subscribe page: what it covers, and its links. */
export interface SubscribeFeed {
  scope: FeedScope;
  /** A stable id for the page's anchors and labels ("all", "town-alpha", "category-food"). */
  id: string;
  /** What it covers, in the reader's language ("Alpha", "Housing", "all partner towns"). */
  scopeName: string;
  links: FeedLinks;
}

/** Builds one scope's entry on the subscribe page (or a subscribe box). */
export function subscribeFeed(d: Directory, scope: FeedScope, locale: LocaleCode, site: URL | string): SubscribeFeed {
  return {
    scope,
    id: scope.kind === 'all' ? 'all' : `${scope.kind}-${scope.slug}`,
    scopeName: feedScopeName(d, scope, locale),
    links: feedLinks(feedPath(scope, locale), site, feedName(d, scope, locale)),
  };
}

/**
 * Every feed a reader can subscribe to, grouped as the page shows them: all towns, each town (by
 * name in the reader's language), each topic that has dates (in the taxonomy's order).
 */
export function subscribeFeeds(d: Directory, locale: LocaleCode, site: URL | string) {
  const feed = (scope: FeedScope) => subscribeFeed(d, scope, locale, site);
  return {
    all: feed({ kind: 'all' }),
    towns: sortByName(d.towns, locale).map((town) => feed({ kind: 'town', slug: town.slug })),
    categories: d.categories.filter((c) => d.entriesInCategory(c.slug).length > 0).map((c) => feed({ kind: 'category', slug: c.slug })),
  };
}
