/**
 * Opening-hours tables read cleanly on a 320 px phone and on the printed referral sheet, in Arabic,
 * Persian and English: no weekday name breaks inside the word (it did: "الأربعا/ء", "الخمي/س"),
 * and the table never pushes the page sideways. Checked in real Chromium on the small fixture, whose
 * Alpha office has a day with two ranges; also with the text enlarged to 200 % (WCAG 1.4.4), where
 * the table is squeezed hardest. Screenshots go to <test output>/screenshots/ for a human look.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paths } from '~/lib/routing/routes';
import { sites, testDist } from '../helpers/build';
import { useSite } from '../helpers/browser';

const site = useSite(sites.mini);
const shots = path.join(testDist, 'screenshots');

const locales = ['ar', 'fa', 'en'] as const;
const pages = (locale: (typeof locales)[number]) => ({
  town: paths.town(locale, 'alpha'),
  service: paths.service(locale, 'alpha-housing'),
  sheet: paths.sheet('alpha-housing', locale),
});

interface Cell {
  text: string;
  lines: number;
  clipped: boolean;
}

/** Every weekday cell of every hours table on the page, with the number of lines its text takes. */
async function dayCells(page: Page): Promise<Cell[]> {
  return page.$$eval('table.hours th', (ths) =>
    ths
      .filter((th) => th.getClientRects().length > 0)
      .map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        // Lines are the distinct tops of the text's boxes (a word cut in two has two).
        const tops: number[] = [];
        for (const r of range.getClientRects()) {
          if (r.width > 0 && !tops.some((t) => Math.abs(t - r.top) < 2)) tops.push(r.top);
        }
        return { text: (th.textContent ?? '').trim(), lines: tops.length, clipped: th.scrollWidth > th.clientWidth };
      }),
  );
}

/** Tables wider than the space they are given (they would scroll or spill sideways). */
async function overflowingTables(page: Page): Promise<number> {
  return page.$$eval(
    'table.hours',
    (tables) =>
      tables.filter((t) => t.getClientRects().length > 0 && t.getBoundingClientRect().width > (t.parentElement?.clientWidth ?? 0) + 1)
        .length,
  );
}

function brokenCells(url: string, cells: Cell[]): string[] {
  return cells
    .filter((c) => c.lines !== 1 || c.clipped)
    .map((c) => `${url}: "${c.text}" on ${c.lines} lines${c.clipped ? ', clipped' : ''}`);
}

async function check(opts: { width: number; print?: boolean; textZoom?: number; hash?: string }): Promise<string[]> {
  const { width, print = false, textZoom = 1, hash = '' } = opts;
  // bypassCSP lets the test enlarge the text with a style element, as a reader's browser setting would.
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: textZoom !== 1 });
  const page = await context.newPage();
  if (print) await page.emulateMedia({ media: 'print' });
  const problems: string[] = [];
  fs.mkdirSync(shots, { recursive: true });
  for (const locale of locales) {
    for (const [kind, url] of Object.entries(pages(locale))) {
      const response = await page.goto(site.url + url + hash);
      if (response?.status() !== 200) problems.push(`${url} answered ${response?.status()}`);
      if (textZoom !== 1) await page.addStyleTag({ content: `html { font-size: ${textZoom * 100}% !important; }` });
      const cells = await dayCells(page);
      if (cells.length === 0) problems.push(`${url}: no hours table`);
      problems.push(...brokenCells(url + hash, cells));
      const wide = await overflowingTables(page);
      if (wide > 0) problems.push(`${url}${hash}: ${wide} hours table(s) wider than their column`);
      const name = `hours-${locale}-${kind}-${width}${print ? '-print' : ''}${textZoom !== 1 ? `-text${textZoom * 100}` : ''}${hash ? '-client' : ''}.png`;
      // Chromium's element screenshots come out blank on a right-to-left page that overflows
      // sideways (at 200 % text the site header does); those are left out rather than misleading.
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      const boxes = sideways ? [] : await page.locator('.hours-box').filter({ visible: true }).all();
      for (const [i, box] of boxes.entries()) await box.screenshot({ path: path.join(shots, name.replace('.png', `-${i + 1}.png`)) });
    }
  }
  await context.close();
  return problems;
}

describe('weekday names in hours tables stay whole', () => {
  it('at 320 px on town, service and sheet pages in Arabic, Persian and English', async () => {
    expect(await check({ width: 320 })).toEqual([]);
  });

  it('at 320 px with the text enlarged to 200 %', async () => {
    expect(await check({ width: 320, textZoom: 2 })).toEqual([]);
  });

  it('on the printed sheet, alone and beside the client’s Arabic column', async () => {
    // 186 mm: an A4 page less the sheet's print margins, at 96 px per inch.
    expect(await check({ width: 703, print: true })).toEqual([]);
    expect(await check({ width: 703, print: true, hash: '#ar' })).toEqual([]);
  });

  it('on a sheet printed from a phone (print styles at 320 px)', async () => {
    expect(await check({ width: 320, print: true, hash: '#ar' })).toEqual([]);
  });
});

describe('hours tables', () => {
  it('have no WCAG 2.2 A/AA fault axe can find, at 320 px and with 200 % text', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    for (const zoom of [1, 2]) {
      for (const locale of locales) {
        for (const url of Object.values(pages(locale))) {
          await page.goto(site.url + url);
          if (zoom !== 1) await page.addStyleTag({ content: `html { font-size: ${zoom * 100}% !important; }` });
          const result = await new AxeBuilder({ page })
            .include('.hours-box')
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          found.push(...result.violations.map((v) => `${url} at ${zoom * 100} %: ${v.id}`));
        }
      }
    }
    await context.close();
    expect(found).toEqual([]);
  });
});
