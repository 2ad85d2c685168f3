/**
 * The service worker (/sw.js, bundled by src/integrations/service-worker.ts). Pages a reader has
 * opened come back without a connection; with one, the network always answers first, so a stale
 * page is never shown while the site can be reached. See src/lib/offline/cache.ts for the rules.
 */
import { cacheKey, cacheLimits, cacheNames, markFromCache, requestKind, shellPages } from '../lib/offline/cache';
import { isLocale } from '../lib/i18n/locales';

// The few service worker types used here, declared locally: the "webworker" lib would change the
// global types of every other file in the project.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
declare const self: {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
};
/** Build assets every page needs (stylesheet, common scripts), injected at build time. */
declare const __SHELL_ASSETS__: string[];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheNames.assets)
      .then((cache) => cache.addAll(__SHELL_ASSETS__))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  const keep = new Set(Object.values(cacheNames));
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('crossroads-') && !keep.has(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

// A page tells the worker its locale (and, on the first visit, which page it is, since that page
// was loaded before the worker could see it): keep the locale's shell and that page.
self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; locale?: string; page?: string } | undefined;
  if (data?.type !== 'visit' || !data.locale || !isLocale(data.locale)) return;
  const pages = [...shellPages(data.locale), ...(data.page ? [data.page] : [])];
  event.waitUntil(keepMissing(pages));
});

async function keepMissing(paths: string[]): Promise<void> {
  const cache = await caches.open(cacheNames.pages);
  for (const p of paths) {
    const url = new URL(p, self.location.origin);
    if (requestKind(url, self.location.origin, 'navigate') === 'pass') continue;
    if (await cache.match(cacheKey(url))) continue;
    try {
      const response = await fetch(url, { credentials: 'omit' });
      if (response.ok) await cache.put(cacheKey(url), response);
    } catch {
      // Offline or the page is gone: nothing to keep.
    }
  }
  await trim(cacheNames.pages, cacheLimits.pages);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const kind = requestKind(url, self.location.origin, request.mode, request.headers.get('accept'));
  if (kind === 'page') event.respondWith(networkFirst(request, cacheNames.pages, true));
  else if (kind === 'data') event.respondWith(networkFirst(request, cacheNames.pages, false));
  else if (kind === 'asset') event.respondWith(cacheFirst(request));
});

async function networkFirst(request: Request, cacheName: string, isPage: boolean): Promise<Response> {
  const key = cacheKey(request.url);
  try {
    // Ask the server every time (a conditional request is cheap): the browser's HTTP cache could
    // otherwise hand back an old page while the network is there.
    const response = await fetch(request, { cache: 'no-cache' });
    // Keep only whole, successful, same-origin answers (no redirects, no error pages).
    if (response.ok && response.type === 'basic' && !response.redirected) {
      const copy = response.clone();
      caches
        .open(cacheName)
        .then((cache) => cache.put(key, copy))
        .then(() => trim(cacheName, cacheLimits.pages))
        .catch(() => undefined);
    }
    return response;
  } catch (error) {
    const cached = await caches.match(key);
    if (!cached) throw error;
    if (!isPage) return cached;
    const html = markFromCache(await cached.text());
    return new Response(html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const key = cacheKey(request.url);
  const cached = await caches.match(key);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    caches
      .open(cacheNames.assets)
      .then((cache) => cache.put(key, copy))
      .then(() => trim(cacheNames.assets, cacheLimits.assets))
      .catch(() => undefined);
  }
  return response;
}

/** Drops the oldest entries of a cache beyond `limit` (keys come back in insertion order). */
async function trim(cacheName: string, limit: number): Promise<void> {
  const cache = await caches.open(cacheName);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - limit))) await cache.delete(old);
}
