/**
 * "Sort by distance from me" on a town's page and in the finder, on the mini fixture, in English
 * and Arabic. Beta's page lists its food bank (no place, so at Beta's office, 37° N 22° E) before
 * the joint family meals (no place either, so at Alpha's and Beta's offices); a reader near Alpha's
 * office (42.01° N 12.01° E) who taps gets the family meals first, 1.4 km away, and the position
 * goes into no request and not into the URL. A reader who does not share it keeps the order and
 * is told so. Without JavaScript the town page has no button.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';

const site = useSite(sites.mini);
const nearAlpha = { latitude: 42.01, longitude: 12.01 };
const words = {
  en: { button: 'Sort by distance from me', on: 'Nearest first', refused: 'not available', away: /1\.4 km away/ },
  ar: { button: 'رتّب حسب المسافة مني', on: 'الأقرب أولاً', refused: 'غير متاح', away: /على بعد/ },
} as const;

const phone: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** The services' paths in the order a list shows them. */
const order = (page: Page, list: string) =>
  page.$$eval(`${list} > li h3 a`, (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[3]));

/** Opens `path` with the position shared or not, recording every request. */
async function open(path: string, share: boolean) {
  const context = await site.browser.newContext(
    share ? { ...phone, geolocation: nearAlpha, permissions: ['geolocation'] } : { ...phone, permissions: [] },
  );
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.url()} ${r.postData() ?? ''}`));
  await page.goto(site.url + path);
  return { context, page, requests };
}

describe.each(['en', 'ar'] as const)('sort by distance from me, in %s', (locale) => {
  const w = words[locale];

  it('reorders a town’s services by their nearest place once tapped, and sends the position nowhere', async () => {
    const { context, page, requests } = await open(`/${locale}/towns/beta/`, true);
    const list = '#food ~ ul[data-near-list]';
    const before = await order(page, list);
    expect(before).toEqual(['beta-food', 'joint-food']);
    await page.getByRole('button', { name: w.button }).click();
    await page.waitForSelector(`[data-near-status]:text("${w.on}")`);
    expect(await order(page, list)).toEqual(['joint-food', 'beta-food']);
    expect(await page.textContent(`${list} > li:first-child .tags`)).toMatch(w.away);
    expect(requests.filter((r) => r.includes('42.01') || r.includes('12.01'))).toEqual([]);
    expect(page.url()).not.toContain('42.01');
    await context.close();
  });

  it('keeps a town’s order and says so when the reader does not share the position', async () => {
    const { context, page } = await open(`/${locale}/towns/beta/`, false);
    const list = '#food ~ ul[data-near-list]';
    await page.getByRole('button', { name: w.button }).click();
    await page.waitForSelector(`[data-near-status]:text("${w.refused}")`);
    expect(await order(page, list)).toEqual(['beta-food', 'joint-food']);
    await context.close();
  });

  it('reorders the finder’s services once tapped, and sends the position nowhere', async () => {
    const { context, page, requests } = await open(`/${locale}/finder/?town=beta`, true);
    await page.waitForSelector('.finder[data-state="ready"] [data-finder-shown]');
    expect(await order(page, '[data-finder-shown]')).toEqual(['beta-food', 'joint-food']);
    await page.getByRole('button', { name: w.button }).click();
    await page.waitForSelector(`.search-near :text("${w.on}")`);
    expect(await order(page, '[data-finder-shown]')).toEqual(['joint-food', 'beta-food']);
    expect(await page.textContent('[data-finder-shown] > li:first-child .tags')).toMatch(w.away);
    expect(requests.filter((r) => r.includes('42.01') || r.includes('12.01'))).toEqual([]);
    expect(page.url()).not.toContain('42.01');
    await context.close();
  });

  it('keeps the finder’s order and says so when the reader does not share the position', async () => {
    const { context, page } = await open(`/${locale}/finder/?town=beta`, false);
    await page.waitForSelector('.finder[data-state="ready"] [data-finder-shown]');
    await page.getByRole('button', { name: w.button }).click();
    await page.waitForSelector(`.search-near :text("${w.refused}")`);
    expect(await order(page, '[data-finder-shown]')).toEqual(['beta-food', 'joint-food']);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the town page has no button to sort by distance', async () => {
    const context = await site.browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/towns/beta/`);
    expect(await page.getByRole('button', { name: words.en.button }).count()).toBe(0);
    expect(await page.locator('[data-near-me]').isVisible()).toBe(false);
    await context.close();
  });
});
