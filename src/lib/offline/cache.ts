/**
 * What the service worker may keep and how it answers, as pure functions shared by the worker
 * (src/service-worker/sw.ts), the page scripts and the tests.
 *
 * - Pages (HTML): network first; the copy in Cache Storage is used only when the network fails,
 *   and is then marked `data-from-cache` on `<html>` so the page shows its offline notice.
 * - Hashed build assets (/_astro/…), icons and fonts never change under one name: cache first.
 * - Small data files pages need offline (the finder's and My list's files, manifests): network
 *   first, cache as fallback.
 * - Everything else (search bundles, feeds, open data, QR codes, the CMS) goes straight to the
 *   network and is never stored.
 * Nothing personal is stored: keys are the public address without query string or fragment, so a
 * search typed in `?q=` never lands in the cache.
 */
import { isLocale } from '../i18n/locales';

/** Cache Storage names; bump the suffix when what is stored changes shape. */
export const cacheNames = {
  pages: 'crossroads-pages-v1',
  assets: 'crossroads-assets-v1',
};

/** How many entries each cache keeps at most (oldest dropped first), so a phone never fills up. */
export const cacheLimits = { pages: 400, assets: 120 };

export type RequestKind = 'page' | 'asset' | 'data' | 'pass';

/** Sections of the site that are never stored: editor tools, search bundles, feeds and exports. */
const neverStored = /^\/(?:admin|editors|pagefind|feeds|data|qr)\//;

/** How the service worker treats a GET request for `url` (same origin only). */
export function requestKind(url: URL, origin: string, mode?: string, accept?: string | null): RequestKind {
  if (url.origin !== origin) return 'pass';
  const p = url.pathname;
  if (neverStored.test(p) || p === '/sw.js') return 'pass';
  if (p.startsWith('/_astro/') || p.startsWith('/icons/')) return 'asset';
  if (/\.(?:json|webmanifest)$/.test(p)) {
    const first = p.split('/')[1];
    return isLocale(first) ? 'data' : 'pass';
  }
  if (mode === 'navigate' || (accept ?? '').includes('text/html') || p.endsWith('/') || p.endsWith('.html')) return 'page';
  return 'pass';
}

/** The cache key of a request: the public address alone (no query string, no fragment). */
export function cacheKey(url: URL | string): string {
  const u = new URL(String(url));
  return `${u.origin}${u.pathname}`;
}

/**
 * Marks a page served from the cache: `<html data-from-cache …>`. The page's own stylesheet then
 * shows the offline notice that every page carries (hidden otherwise).
 */
export function markFromCache(html: string): string {
  return html.replace(/<html(\s|>)/i, (_m, next: string) => `<html data-from-cache${next}`);
}

/** The site paths of the stylesheets and module scripts an HTML page loads. */
export function assetsOfPage(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="(\/[^"]+)"/g)) found.add(m[1]);
  for (const m of html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)) found.add(m[1]);
  return [...found];
}

/** The pages every visit keeps for its locale: the home page and My list (site shell). */
export function shellPages(locale: string): string[] {
  return [`/${locale}/`, `/${locale}/my-list/`, `/${locale}/manifest.webmanifest`];
}
