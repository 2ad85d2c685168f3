/**
 * sitemap.xml from the directory itself: every localized page, each with its alternates in every
 * other language (xhtml:link hreflang) and x-default pointing at the language chooser, the same
 * alternates the pages' own <link rel="alternate"> give. Deterministic: content order, no clock.
 */
import type { Network } from './content/read';
import { locales, type LocaleCode } from './locales';
import { paths } from './routes';

/** One page that exists in every locale. */
export interface PageFamily {
  path: (locale: LocaleCode) => string;
  /** Last-checked date (YYYY-MM-DD), where the page has one. */
  lastmod?: string;
}

export type SitemapSource = Pick<Network, 'towns' | 'categories' | 'providers' | 'services' | 'calendar'>;

/**
 * Every localized page of the site. A new kind of page is one more line here; the build test
 * checks that every built page is listed.
 */
export function pageFamilies(d: SitemapSource): PageFamily[] {
  return [
    { path: paths.home },
    { path: paths.search },
    { path: paths.finder },
    { path: paths.overview },
    ...d.categories.map((c) => ({ path: (l: LocaleCode) => paths.overviewCategory(l, c.slug) })),
    ...d.towns.map((x) => ({ path: (l: LocaleCode) => paths.town(l, x.slug) })),
    ...d.categories.map((c) => ({ path: (l: LocaleCode) => paths.category(l, c.slug) })),
    ...d.services.map((s) => ({ path: (l: LocaleCode) => paths.service(l, s.slug), lastmod: s.shared.reviewed })),
    ...d.providers.map((p) => ({ path: (l: LocaleCode) => paths.provider(l, p.slug) })),
    // The calendar (same static paths as its route files).
    { path: paths.calendar },
    { path: paths.subscribeHelp },
    ...d.towns.map((x) => ({ path: (l: LocaleCode) => paths.calendarTown(l, x.slug) })),
    ...d.categories.map((c) => ({ path: (l: LocaleCode) => paths.calendarCategory(l, c.slug) })),
    ...d.calendar.map((e) => ({ path: (l: LocaleCode) => paths.entry(l, e.slug) })),
  ];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The sitemap XML: the root language chooser, then each family in each locale. */
export function sitemapXml(families: PageFamily[], site: string | URL): string {
  const abs = (p: string) => escapeXml(new URL(p, site).href);
  const links = (path: (l: LocaleCode) => string) => [
    ...locales.map((l) => `    <xhtml:link rel="alternate" hreflang="${l.tag}" href="${abs(path(l.code))}"/>`),
    `    <xhtml:link rel="alternate" hreflang="x-default" href="${abs(paths.root())}"/>`,
  ];
  const url = (loc: string, path: (l: LocaleCode) => string, lastmod?: string) =>
    ['  <url>', `    <loc>${abs(loc)}</loc>`, ...(lastmod ? [`    <lastmod>${lastmod}</lastmod>`] : []), ...links(path), '  </url>'].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    url(paths.root(), paths.home),
    ...families.flatMap((f) => locales.map((l) => url(f.path(l.code), f.path, f.lastmod))),
    '</urlset>',
    '',
  ].join('\n');
}
