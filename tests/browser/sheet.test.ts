/**
 * The referral sheet in real Chromium on the small fixture: the address chooses the caseworker's
 * language (`?lang=`), with and without JavaScript, and the old addresses lead to it; the chosen
 * client language looks chosen (aria-current, bold type, an outline and a check mark, not colour
 * alone) and follows the reader's pick; printed, both columns say when the information was checked. Screenshots of the
 * picker and of the printed sheet go to <test output>/screenshots/ for a human look.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '~/lib/routing/routes';
import { sites, testDist } from '../helpers/build';
import { useSite } from '../helpers/browser';

const site = useSite(sites.mini);
const shots = path.join(testDist, 'screenshots');
const sheet = paths.sheet('alpha-housing');

/** The picker's links that carry aria-current, and how the first one is drawn. */
const chosen = (page: import('playwright-core').Page) =>
  page.$$eval('.share-langs a[aria-current="true"]', (links) =>
    links.map((a) => ({
      code: (a as HTMLElement).dataset.sheetLang,
      weight: getComputedStyle(a).fontWeight,
      outline: getComputedStyle(a).outlineStyle,
      mark: getComputedStyle(a, '::before').content,
    })),
  );

describe('the referral sheet’s language picker', () => {
  it('marks the own language, then the language the reader picks, by more than colour', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
    try {
      await page.goto(site.url + sheet);
      expect((await chosen(page)).map((c) => c.code)).toEqual(['en']);
      await page.click('.share-langs a[data-sheet-lang="ar"]');
      await page.waitForFunction(() => document.querySelector('[data-sheet-lang="ar"]')?.getAttribute('aria-current') === 'true');
      const marked = await chosen(page);
      expect(marked.map((c) => c.code)).toEqual(['ar']);
      expect(marked[0]).toMatchObject({ weight: '700', outline: 'solid' });
      expect(marked[0].mark).toContain('✓');
      const plain = await page.$eval('[data-sheet-lang="fa"]', (a) => ({
        weight: getComputedStyle(a).fontWeight,
        mark: getComputedStyle(a, '::before').content,
      }));
      expect(plain).toEqual({ weight: '400', mark: 'none' });
      fs.mkdirSync(shots, { recursive: true });
      await page.locator('.sheet-controls').screenshot({ path: path.join(shots, 'sheet-picker-en-ar.png') });
    } finally {
      await page.close();
    }
  });

  it('follows a link that opens the sheet on a language (#ar)', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}${sheet}#ar`);
      await page.waitForFunction(() => document.querySelector('[data-sheet-lang="ar"]')?.getAttribute('aria-current') === 'true');
      expect((await chosen(page)).map((c) => c.code)).toEqual(['ar']);
    } finally {
      await page.close();
    }
  });
});

describe('the printed referral sheet', () => {
  it('says in both columns when the information was checked', async () => {
    const page = await site.browser.newPage({ viewport: { width: 794, height: 1123 } });
    try {
      await page.goto(`${site.url}${sheet}#ar`);
      await page.emulateMedia({ media: 'print' });
      const checked = await page.$$eval('.sheet-col', (cols) =>
        cols
          .filter((c) => c.getClientRects().length > 0)
          .map((c) => ({
            id: c.id,
            text: c.querySelector('.sheet-checked')?.textContent ?? '',
            shown: (c.querySelector('.sheet-checked')?.getClientRects().length ?? 0) > 0,
          })),
      );
      expect(checked.map((c) => c.id)).toEqual(['en', 'ar']);
      expect(checked[0]).toEqual({ id: 'en', text: 'Information checked on 1 June 2026.', shown: true });
      expect(checked[1].shown).toBe(true);
      expect(checked[1].text).not.toContain('June');
      fs.mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, 'sheet-print-en-ar.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });
});

/** The columns shown, in order, with their direction. */
const shownColumns = (page: import('playwright-core').Page) =>
  page.$$eval('.sheet-col', (cols) => cols.filter((c) => c.getClientRects().length > 0).map((c) => `${c.id} ${c.getAttribute('dir')}`));

describe('the caseworker’s language, chosen by the address', () => {
  it('puts that column first, with the page’s language, direction, title and controls in it', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url + paths.sheet('alpha-housing', 'ar', 'fa'));
      await page.waitForFunction(() => document.documentElement.lang === 'ar');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await shownColumns(page)).toEqual(['ar rtl', 'fa rtl']);
      expect(await page.$$eval('[data-sheet-for]', (frames) => frames.map((f) => (f as HTMLElement).dataset.sheetFor))).toEqual(['ar']);
      expect(await page.isVisible('[data-sheet-for="ar"] h1')).toBe(true);
      expect(await page.title()).toMatch(/^[^a-zA-Z]+/);
      expect((await chosen(page)).map((c) => c.code)).toEqual(['fa']);
      expect(await page.getAttribute('[data-sheet-for="ar"] a[data-sheet-lang="uk"]', 'href')).toBe(
        paths.sheet('alpha-housing', 'ar', 'uk'),
      );
    } finally {
      await page.close();
    }
  });

  it('ignores a language the site does not have', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}${paths.sheet('alpha-housing')}?lang=%3Cb%3Ex`);
      await page.waitForFunction(() => document.querySelectorAll('[data-sheet-for]').length === 1);
      expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
      expect(await shownColumns(page)).toEqual(['en ltr']);
    } finally {
      await page.close();
    }
  });

  it('without JavaScript, shows and prints the default language as the caseworker’s, beside the client’s', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(site.url + paths.sheet('alpha-housing', 'ar', 'fa'));
      expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
      expect(await page.isVisible('[data-sheet-for="en"] h1')).toBe(true);
      expect(await page.isVisible('[data-sheet-for="ar"]')).toBe(false);
      expect(await shownColumns(page)).toEqual(['en ltr', 'fa rtl']);
      await page.emulateMedia({ media: 'print' });
      expect(await shownColumns(page)).toEqual(['en ltr', 'fa rtl']);
    } finally {
      await context.close();
    }
  });
});

describe('an old sheet address (/<locale>/services/<slug>/sheet/)', () => {
  it('leads to the sheet in its language, keeping the client’s language from its fragment', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}${paths.localeSheet('ar', 'alpha-housing')}#fa`);
      await page.waitForURL((u) => u.pathname === paths.sheet('alpha-housing'));
      const { pathname, search, hash } = new URL(page.url());
      expect(pathname + search + hash).toBe(paths.sheet('alpha-housing', 'ar', 'fa'));
      await page.waitForFunction(() => document.documentElement.lang === 'ar');
      expect(await shownColumns(page)).toEqual(['ar rtl', 'fa rtl']);
    } finally {
      await page.close();
    }
  });

  it('leads to the sheet without JavaScript too', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(site.url + paths.localeSheet('uk', 'alpha-housing'));
      await page.waitForURL((u) => u.pathname === paths.sheet('alpha-housing'));
      expect(new URL(page.url()).search).toBe('?lang=uk');
    } finally {
      await context.close();
    }
  });
});
