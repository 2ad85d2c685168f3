/**
 * Loading any page type makes no request to another origin, sets no cookie and writes no storage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { sites } from '../helpers/build';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/browser';
import { pageTypes, rootPages } from '../helpers/page-types';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(sites.sample)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('privacy by construction', () => {
  it.each(['en', 'ar'] as const)('no %s page type talks to another origin, sets a cookie or stores anything', async (locale) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.origin !== server.url && url.protocol !== 'data:') foreign.push(`${page.url()} → ${req.url()}`);
    });
    const stored: string[] = [];
    for (const url of [...Object.values(pageTypes(locale)), ...Object.values(rootPages)]) {
      const response = await page.goto(server.url + url, { waitUntil: 'networkidle' });
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
});
