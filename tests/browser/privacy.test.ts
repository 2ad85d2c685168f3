/**
 * The service worker's Cache Storage holds only the site's own public pages and files, and
 * localStorage stays empty until the reader taps "Save to my list". (That no page in any locale
 * talks to another origin, sets a cookie or stores anything, while a person searches, answers the
 * finder, shares, copies, saves and keeps a town offline, is checked in every-page.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';
import { pageTypes } from '../helpers/page-types';
import { storageKey } from '~/lib/sharing/my-list';

const site = useSite(sites.sample);

describe('privacy by construction', () => {
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
    const built = (p: string) =>
      [path.join(sites.sample, p), path.join(sites.sample, p, 'index.html')].some((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    const wrong = cached.filter((u) => {
      const url = new URL(u);
      return (
        url.origin !== site.url ||
        url.search !== '' ||
        url.hash !== '' ||
        /^\/(?:admin|editors)\//.test(url.pathname) ||
        !built(url.pathname)
      );
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
