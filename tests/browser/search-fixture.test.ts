/**
 * Search results that are not in the reader's language carry the same small label as the
 * server-rendered cards ("باللغة الإنجليزية", one per result, first among its tags), on the mini
 * fixture: its Arabic Alpha housing page has an Arabic name and an English summary, its joint food
 * service is English only, and its school meals are translated. Tigrinya has no translations, so
 * every result there is labelled in Tigrinya; English pages never are. A screenshot at 360 px in
 * Arabic goes to <test output>/screenshots/ for a human look.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sites, testDist } from '../helpers/build';
import { useSite } from '../helpers/browser';

const site = useSite(sites.mini);
const shots = path.join(testDist, 'screenshots');

/** Opens a search link on a 360 px phone and waits until its results are shown. */
async function search(locale: string, query: string): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${site.url}/${locale}/search/${query}`);
  await page.waitForSelector('.search[data-state="ready"] .search-status[data-results-for]');
  return page;
}

/** Each result's path, with the class, text and place of its labels. */
const labelled = (page: Page) =>
  page.$$eval('.results > .result', (rs) =>
    Object.fromEntries(
      rs.map((r) => [
        new URL(r.querySelector<HTMLAnchorElement>('h3 a')!.href).pathname,
        [...r.querySelectorAll('[data-untranslated]')].map((l) => [l.className, l.textContent, l.matches('.tags > li:first-child')]),
      ]),
    ),
  );

const arabic = ['tag untranslated', 'باللغة الإنجليزية', true];

describe('search results not in the reader’s language', () => {
  it('labels an Arabic-titled result whose excerpt is its English summary', async () => {
    const page = await search('ar', '?q=flats');
    expect(await labelled(page)).toEqual({ '/ar/services/alpha-housing/': [arabic] });
    // The title is Arabic (no lang of its own); the label is written in the page's language.
    expect(await page.getAttribute('.result h3 a', 'lang')).toBeNull();
    expect(await page.textContent('.result-excerpt')).toContain('flats');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'search-ar-untranslated-360.png'), fullPage: true });
    await page.context().close();
  });

  it('labels a result with an English title and leaves a translated one unlabelled', async () => {
    const page = await search('ar', '?town=alpha&type=service');
    const results = await labelled(page);
    expect(results['/ar/services/joint-food/']).toEqual([arabic]);
    expect(results['/ar/services/alpha-school-meals/']).toEqual([]);
    await page.context().close();
  });

  it('leaves a result found by its Arabic words without a label', async () => {
    const page = await search('ar', `?q=${encodeURIComponent('ساخن')}`);
    expect(await labelled(page)).toEqual({ '/ar/services/alpha-school-meals/': [] });
    await page.context().close();
  });

  it('labels in Tigrinya, where nothing is translated', async () => {
    const page = await search('ti', '?q=flats');
    expect(await labelled(page)).toEqual({ '/ti/services/alpha-housing/': [['tag untranslated', 'ብእንግሊዝኛ', true]] });
    await page.context().close();
  });

  it('labels nothing in English', async () => {
    const page = await search('en', '?town=alpha');
    expect(Object.keys(await labelled(page)).length).toBeGreaterThan(0);
    expect(await page.$$('.results [data-untranslated]')).toHaveLength(0);
    await page.context().close();
  });
});
