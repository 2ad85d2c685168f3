/**
 * The sitemap from the directory itself: every localized page, each with its alternates in every
 * other language (xhtml:link hreflang) and x-default pointing at the language chooser, the same
 * alternates the pages' own <link rel="alternate"> give. sitemap.xml is an index of files of at most
 * 5,000 URLs per locale (/sitemaps/en-1.xml …). Deterministic: content order, no clock.
 */
import type { Network } from '../content/read';
import { locales, type LocaleCode } from '../i18n/locales';
import { paths } from './routes';
import { townPages } from './town-pages';

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
  const pageNumbers = townPages(d.towns.map((x) => x.slug)).map((_, i) => i + 1);
  return [
    { path: paths.home },
    { path: paths.search },
    { path: paths.finder },
    ...pageNumbers.map((n) => ({ path: (l: LocaleCode) => paths.overview(l, n) })),
    { path: paths.overviewMetrics },
    ...d.towns.map((x) => ({ path: (l: LocaleCode) => paths.town(l, x.slug) })),
    ...d.towns.map((x) => ({ path: (l: LocaleCode) => paths.arriving(l, x.slug) })),
    { path: paths.moving },
    ...d.categories.flatMap((c) =>
      pageNumbers.flatMap((n) => [
        { path: (l: LocaleCode) => paths.overviewCategory(l, c.slug, n) },
        { path: (l: LocaleCode) => paths.category(l, c.slug, n) },
      ]),
    ),
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

/**
 * URLs per sitemap file. The protocol allows 50,000 URLs and 50 MB per file; with an alternate for
 * every language an entry is about 1.3 KB, so 5,000 keeps a file near 7 MB, quick to fetch and parse.
 */
export const urlsPerSitemap = 5000;

/** One <url> of a sitemap: the page in one locale, with the family giving its alternates. */
export interface SitemapUrl {
  loc: string;
  alternates: (l: LocaleCode) => string;
  lastmod?: string;
}

/** One sitemap file: its name (`en-1`: the locale and a count from 1) and its URLs. */
export interface SitemapFile {
  name: string;
  urls: SitemapUrl[];
}

/**
 * The site's pages split into sitemap files, per locale and at most `perFile` URLs each, in content
 * order: `en-1` starts with the root language chooser. sitemap.xml is the index of these files, so
 * a national network never outgrows the protocol's limits.
 */
export function sitemapFiles(families: PageFamily[], perFile = urlsPerSitemap): SitemapFile[] {
  return locales.flatMap((l, i) => {
    const urls: SitemapUrl[] = [
      ...(i === 0 ? [{ loc: paths.root(), alternates: paths.home }] : []),
      ...families.map((f) => ({ loc: f.path(l.code), alternates: f.path, lastmod: f.lastmod })),
    ];
    return Array.from({ length: Math.ceil(urls.length / perFile) }, (_, n) => ({
      name: `${l.code}-${n + 1}`,
      urls: urls.slice(n * perFile, (n + 1) * perFile),
    }));
  });
}

/** One sitemap file's XML: each URL with its alternates in every language and x-default. */
export function sitemapXml(urls: SitemapUrl[], site: string | URL): string {
  const abs = (p: string) => escapeXml(new URL(p, site).href);
  const url = ({ loc, alternates, lastmod }: SitemapUrl) =>
    [
      '  <url>',
      `    <loc>${abs(loc)}</loc>`,
      ...(lastmod ? [`    <lastmod>${lastmod}</lastmod>`] : []),
      ...locales.map((l) => `    <xhtml:link rel="alternate" hreflang="${l.tag}" href="${abs(alternates(l.code))}"/>`),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${abs(paths.root())}"/>`,
      '  </url>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls.map(url),
    '</urlset>',
    '',
  ].join('\n');
}

/** sitemap.xml: the index of the sitemap files. */
export function sitemapIndexXml(files: Pick<SitemapFile, 'name'>[], site: string | URL): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files.map((f) => `  <sitemap>\n    <loc>${escapeXml(new URL(paths.sitemap(f.name), site).href)}</loc>\n  </sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}
