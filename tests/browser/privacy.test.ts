/**
 * Loading any page type makes no request to another origin, sets no cookie and writes no storage.
 * The service worker's Cache Storage holds only the site's own public pages and files, and
 * localStorage stays empty until the reader taps "Save to my list".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';
import { pageTypes, rootPages } from '../helpers/page-types';
import { storageKey } from '../../src/lib/my-list';

const site = useSite(sites.sample);

describe('privacy by construction', () => {
  it.each(['en', 'ar'] as const)('no %s page type talks to another origin, sets a cookie or stores anything', async (locale) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.origin !== site.url && url.protocol !== 'data:') foreign.push(`${page.url()} → ${req.url()}`);
    });
    const stored: string[] = [];
    for (const url of [...Object.values(pageTypes(locale)), ...Object.values(rootPages)]) {
      const response = await page.goto(site.url + url, { waitUntil: 'networkidle' });
      if (response?.status() !== 200) stored.push(`${url} answered ${response?.status()}`);
      const storage = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        idb: (await indexedDB.databases()).length,
      }));
      if (storage.local || storage.session || storage.idb) stored.push(`${url}: ${JSON.stringify(storage)}`);
    }
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(stored).toEqual([]);
    await context.close();
  });

  it('caches only same-origin public pages and files, and stores nothing in localStorage until Save is tapped', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const types = pageTypes('en');
    await page.goto(site.url + types.service);
    await page.evaluate(() => navigator.serviceWorker.ready);
    for (const url of [...Object.values(types), '/en/search/?q=asylum+seeker', '/ar/finder/?town=valmara&age=34']) {
      await page.goto(site.url + url, { waitUntil: 'networkidle' });
    }
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(cached.length).toBeGreaterThan(Object.keys(types).length);
    const built = (p: string) => [path.join(sites.sample, p), path.join(sites.sample, p, 'index.html')].some((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    const wrong = cached.filter((u) => {
      const url = new URL(u);
      return url.origin !== site.url || url.search !== '' || url.hash !== '' || /^\/(?:admin|editors)\//.test(url.pathname) || !built(url.pathname);
    });
    expect(wrong).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);

    await page.goto(site.url + types.service);
    await page.click('[data-save]');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([storageKey]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
