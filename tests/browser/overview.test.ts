/**
 * The network overview on a phone, in real Chromium with JavaScript off: the page never scrolls
 * sideways, the wide tables scroll inside their own box with a visible hint, the first column
 * stays in view, and every cell of the matrix is big enough to tap.
 */
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';

const site = useSite(sites.sample);

const pages = (locale: string) => [`/${locale}/overview/`, `/${locale}/overview/housing/`];

describe.each([320, 360])('at %i px wide', (width) => {
  it.each(['en', 'ar'])('the %s overview pages scroll their tables, never the page', async (locale) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const found: string[] = [];
    for (const url of pages(locale)) {
      await page.goto(site.url + url);
      const m = await page.evaluate(() => {
        const box = document.querySelector('.table-scroll')!;
        const hint = document.querySelector('.scroll-hint')!;
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          box: box.scrollWidth - box.clientWidth,
          hint: hint.getBoundingClientRect().height,
        };
      });
      if (m.page > 0) found.push(`${url}: page scrolls ${m.page}px sideways`);
      if (m.box > 0 && m.hint === 0) found.push(`${url}: table scrolls but the hint is hidden`);
    }
    await context.close();
    expect(found).toEqual([]);
  });
});

describe('the coverage matrix', () => {
  it.each(['en', 'ar'])('keeps the topic column in view while the towns scroll past (%s)', async (locale) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + `/${locale}/overview/`);
    const before = await page.locator('.matrix tbody tr:first-child th').boundingBox();
    // Scroll towards the end of the row: right in English, left in Arabic.
    await page.locator('.table-scroll').evaluate((el) => el.scrollBy({ left: el.scrollWidth * (document.dir === 'rtl' ? -1 : 1) }));
    const after = await page.locator('.matrix tbody tr:first-child th').boundingBox();
    const lastCell = await page.locator('.matrix tbody tr:first-child td:last-child').boundingBox();
    await context.close();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    expect(lastCell!.x).toBeGreaterThanOrEqual(0);
    expect(lastCell!.x + lastCell!.width).toBeLessThanOrEqual(320);
  });

  it('has cells at least 44 px high to tap', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url + '/en/overview/');
    const small = await page.$$eval('.matrix td a, .matrix tbody th a, .gap-list a, .actions a', (els) =>
      els.map((el) => ({ text: el.textContent?.trim(), h: el.getBoundingClientRect().height })).filter((e) => e.h < 44),
    );
    await context.close();
    expect(small).toEqual([]);
  });
});
