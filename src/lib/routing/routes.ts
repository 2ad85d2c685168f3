/**
 * Every URL of the site, in one place. URLs carry the locale first and the record's slug last, so
 * a link a caseworker sends today opens the same record in the same language next year.
 */
import { getLocale, isLocale, locales, type LocaleCode } from '../i18n/locales';

// The first page of a list split into pages keeps the list's own URL; page n adds `<n>/`.
const pageDir = (page: number) => (page > 1 ? `${page}/` : '');

export const paths = {
  root: () => '/',
  /** The sitemap index, and one of its files (src/lib/routing/sitemap.ts). */
  sitemapIndex: () => '/sitemap.xml',
  sitemap: (name: string) => `/sitemaps/${name}.xml`,
  home: (locale: LocaleCode) => `/${locale}/`,
  town: (locale: LocaleCode, slug: string) => `/${locale}/towns/${slug}/`,
  /** A town's first steps on arrival (src/lib/pages/arriving-page.ts). */
  arriving: (locale: LocaleCode, slug: string) => `/${locale}/towns/${slug}/arriving/`,
  /** Moving from one town to another; `?from=<town>&to=<town>` and the finder's answers choose (docs/moving.md). */
  moving: (locale: LocaleCode) => `/${locale}/moving/`,
  /** One town's file for the moving view (src/lib/moving/moving-data.ts). */
  movingTown: (locale: LocaleCode, slug: string) => `/${locale}/moving/towns/${slug}.json`,
  /** The moving view printed for a caseworker, in two languages (`?…&client=<locale>`; src/lib/moving/sheet.ts). */
  movingSheet: (locale: LocaleCode) => `/${locale}/moving/sheet/`,
  /** A topic's comparison of the towns; past one page of towns (src/lib/routing/town-pages.ts), page n is `…/<n>/`. */
  category: (locale: LocaleCode, slug: string, page = 1) => `/${locale}/categories/${slug}/${pageDir(page)}`,
  service: (locale: LocaleCode, slug: string) => `/${locale}/services/${slug}/`,
  provider: (locale: LocaleCode, slug: string) => `/${locale}/providers/${slug}/`,
  search: (locale: LocaleCode) => `/${locale}/search/`,
  finder: (locale: LocaleCode) => `/${locale}/finder/`,
  /** The finder's files (src/lib/search/finder.ts): its index, one town's services, the network-wide ones. */
  finderData: (locale: LocaleCode) => `/${locale}/finder.json`,
  finderTown: (locale: LocaleCode, slug: string) => `/${locale}/finder/towns/${slug}.json`,
  finderNetworkWide: (locale: LocaleCode) => `/${locale}/finder/network-wide.json`,
  /** Base of a locale's Pagefind bundle (written after the build by integrations/search-index.ts). */
  searchBundle: (locale: LocaleCode) => `/pagefind/${locale}/`,
  /** The words search knows in a locale, for "did you mean" (src/lib/search/vocabulary-data.ts). */
  searchWords: (locale: LocaleCode) => `/${locale}/search-words.json`,
  /** The coordinators' overview; past one page of towns (src/lib/routing/town-pages.ts), page n is `…/<n>/`. */
  overview: (locale: LocaleCode, page = 1) => `/${locale}/overview/${pageDir(page)}`,
  overviewCategory: (locale: LocaleCode, slug: string, page = 1) => `/${locale}/overview/${slug}/${pageDir(page)}`,
  /** The coordinators' dashboard of shared figures (src/lib/pages/metrics-page.ts). */
  overviewMetrics: (locale: LocaleCode) => `/${locale}/overview/metrics/`,
  calendar: (locale: LocaleCode) => `/${locale}/calendar/`,
  calendarTown: (locale: LocaleCode, slug: string) => `/${locale}/calendar/towns/${slug}/`,
  calendarCategory: (locale: LocaleCode, slug: string) => `/${locale}/calendar/categories/${slug}/`,
  entry: (locale: LocaleCode, slug: string) => `/${locale}/calendar/${slug}/`,
  subscribeHelp: (locale: LocaleCode) => `/${locale}/calendar/subscribe/`,
  /**
   * A service's referral sheet (print layout), one page for every language: `?lang=<locale>` is the
   * caseworker's column and `#<locale>` adds the client's beside it (src/lib/sharing/sheet-address.ts).
   */
  sheet: (slug: string, own?: LocaleCode, client?: LocaleCode) =>
    `/sheets/${slug}/${own ? `?lang=${own}` : ''}${client ? `#${client}` : ''}`,
  /** Where a service's sheet was, one per locale: a small page that sends the reader on to `sheet` (sheet-address.ts). */
  localeSheet: (locale: LocaleCode, slug: string) => `/${locale}/services/${slug}/sheet/`,
  /** The reader's saved services and dates; `#s=a,b&e=c` carries a shared list. */
  myList: (locale: LocaleCode) => `/${locale}/my-list/`,
  /** One of My list's files of names and dates, by the bucket of a slug (src/lib/sharing/my-list.ts). */
  myListData: (locale: LocaleCode, bucket: number) => `/${locale}/my-list/${bucket}.json`,
  /** The URLs "keep this town offline" stores, in one locale. */
  townOffline: (locale: LocaleCode, slug: string) => `/${locale}/towns/${slug}/offline.json`,
  /** The web app manifest of a locale (lang, dir, start_url). */
  manifest: (locale: LocaleCode) => `/${locale}/manifest.webmanifest`,
  /** The service worker (built from src/service-worker/sw.ts); scope is the whole site. */
  serviceWorker: () => '/sw.js',
};

/** QR codes (SVG, written at build time) of a record's page in one locale. */
export const qr = {
  service: (locale: LocaleCode, slug: string) => `/qr/${locale}/services/${slug}.svg`,
  entry: (locale: LocaleCode, slug: string) => `/qr/${locale}/calendar/${slug}.svg`,
};

/** iCalendar feeds, one set per locale. */
export const feeds = {
  all: (locale: LocaleCode) => `/feeds/${locale}/all.ics`,
  town: (locale: LocaleCode, slug: string) => `/feeds/${locale}/towns/${slug}.ics`,
  category: (locale: LocaleCode, slug: string) => `/feeds/${locale}/categories/${slug}.ics`,
  entry: (locale: LocaleCode, slug: string) => `/feeds/${locale}/entries/${slug}.ics`,
};

/** Calendar entry slugs that would collide with the calendar's own pages. */
export const reservedEntrySlugs = ['towns', 'categories', 'subscribe'];

/** Category slugs that would collide with the overview's own pages (`/<locale>/overview/metrics/`). */
export const reservedCategorySlugs = ['metrics'];

/** The `webcal://` form of a feed URL, which calendar apps open as a subscription. */
export function webcal(absoluteUrl: string): string {
  return absoluteUrl.replace(/^https?:/, 'webcal:');
}

/** The same page in another locale: swaps the first path segment. */
export function switchLocale(pathname: string, locale: LocaleCode): string {
  const [, first, ...rest] = pathname.split('/');
  if (!isLocale(first)) return paths.home(locale);
  return `/${[locale, ...rest].join('/')}`;
}

/** The locale a path belongs to, if any. */
export function localeOfPath(pathname: string): LocaleCode | undefined {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
}

export interface Alternate {
  locale: LocaleCode;
  /** BCP-47 tag for hreflang. */
  hreflang: string;
  href: string;
}

/** The page in every locale, for `<link rel="alternate" hreflang>` and the language switcher. */
export function alternates(pathname: string): Alternate[] {
  return locales.map((l) => ({ locale: l.code, hreflang: getLocale(l.code).tag, href: switchLocale(pathname, l.code) }));
}

/** `getStaticPaths` entries: one per locale for each item, e.g. every service in every language. */
export function localizedPaths<T, K extends string>(
  items: readonly T[],
  param: K,
  slugOf: (item: T) => string,
): { params: { locale: LocaleCode } & Record<K, string>; props: { item: T } }[] {
  return locales.flatMap((l) =>
    items.map((item) => ({
      params: { locale: l.code, [param]: slugOf(item) } as { locale: LocaleCode } & Record<K, string>,
      props: { item },
    })),
  );
}
