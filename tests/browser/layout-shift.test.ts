/**
 * No layout shift: on every page type, in English and Arabic, at 360 px, the page's cumulative
 * layout shift stays below 0.05 once it has settled. Lighthouse measured 0.41 on the finder (the
 * footer jumped when the island rendered) and 0.21 on search (the link list did): the islands are
 * now rendered on the server and hold their place. Measured in Chromium with a buffered
 * PerformanceObserver('layout-shift'), on a network throttled like Lighthouse's mobile run, so the
 * page paints before its scripts and data arrive, as it does on a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';
import { miniPageTypes, rootPages } from '../helpers/page-types';

const site = useSite(sites.mini);
const budget = 0.05;

/** Lighthouse's mobile network: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}

/**
 * Loads a page and waits until it has settled: loaded, fonts ready, every island hydrated (Astro
 * drops the island's `ssr` attribute) and no island still loading its data; then two frames,
 * so the last render is laid out. Returns the sum of the shifts not caused by input.
 */
async function settledShift(page: Page, url: string): Promise<{ cls: number; sources: string[] }> {
  // Two cores shared with other builds: a throttled page with many images can take a while.
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')) &&
      !document.querySelector('[data-state="loading"]'),
  );
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    interface Shift extends PerformanceEntry {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node }[];
    }
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const shifts = observer.takeRecords() as Shift[];
    observer.disconnect();
    const counted = shifts.filter((s) => !s.hadRecentInput);
    const describe = (n?: Node) =>
      n instanceof Element ? `${n.tagName.toLowerCase()}.${[...n.classList].join('.')}` : String(n?.nodeName);
    return {
      cls: counted.reduce((sum, s) => sum + s.value, 0),
      sources: counted.flatMap((s) => s.sources.map((src) => `${describe(src.node)} ${s.value.toFixed(3)}`)),
    };
  });
}

/** The shift of `url` on a 360 px touch phone over a throttled mobile network, in a fresh context. */
async function shiftOnPhone(url: string) {
  const context = await site.browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await throttle(page);
    return await settledShift(page, url);
  } finally {
    await context.close();
  }
}

describe.each(['en', 'ar'] as const)('layout shift in %s at 360 px', (locale) => {
  const pages = { ...rootPages, ...miniPageTypes(locale) };

  it.each(Object.entries(pages))('stays below 0.05 on the %s page', async (_type, path) => {
    const { cls, sources } = await shiftOnPhone(site.url + path);
    expect(cls, `${path}: ${sources.join(', ')}`).toBeLessThan(budget);
  });

  it('stays below 0.05 when the finder opens from a parent’s link, answers and list filled in', async () => {
    const { cls, sources } = await shiftOnPhone(`${site.url}/${locale}/finder/?town=alpha&for=child&age=6`);
    expect(cls, sources.join(', ')).toBeLessThan(budget);
  });
});
