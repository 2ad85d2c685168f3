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
import zlib from 'node:zlib';
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

/** The result paths and the status line of a search page. */
const shown = async (page: Page) => ({
  status: (await page.textContent('.search-status'))!.trim(),
  paths: await page.$$eval('.results > .result h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
});

describe('search finds what people mean', () => {
  it('corrects a misspelt word to the nearest word it knows, and says so (en)', async () => {
    const page = await search('en', '?q=housng');
    const { status, paths } = await shown(page);
    expect(status).toContain('“housing”');
    expect(paths[0]).toBe('/en/services/alpha-housing/');
    await page.context().close();
  });

  it('corrects a misspelt word to the nearest word it knows, and says so (ar)', async () => {
    const page = await search('ar', `?q=${encodeURIComponent('وجبت')}`);
    const { status, paths } = await shown(page);
    expect(status).toContain('«وجبات»');
    expect(paths).toContain('/ar/services/alpha-school-meals/');
    await page.context().close();
  });

  it('finds a service by a word only its category’s search words have, before the dates that share its topic', async () => {
    const en = await search('en', '?q=apartment');
    expect((await shown(en)).paths).toEqual(['/en/services/alpha-housing/']);
    // The search words are indexed, never shown.
    expect(await en.textContent('.results')).not.toContain('apartment');
    await en.context().close();
    const ar = await search('ar', `?q=${encodeURIComponent('شقة')}`);
    expect((await shown(ar)).paths).toEqual(['/ar/services/alpha-housing/']);
    await ar.context().close();
  });

  it('lists a service before a calendar entry that shares its words, quoting its summary, not its title and facts', async () => {
    const page = await search('en', '?q=social%20housing');
    const { paths } = await shown(page);
    expect(paths.slice(0, 2)).toEqual(['/en/services/alpha-housing/', '/en/calendar/alpha-housing-window/']);
    expect((await page.textContent('.result-excerpt'))!.trim()).toBe('Council flats for refugees registered in Alpha.');
    await page.context().close();
  });

  // Each word is on some page, never both on one. Pagefind itself drops a word it has never seen
  // ("unicorn"), so the second word is one of the pages' own: "bag" from the food bank's details,
  // "year" from Alpha housing's (English) details. Neither is among the words of names and
  // summaries, so the subset keeps the word the vocabulary knows.
  it('shows the most useful words when all of them together find nothing, and says so (en and ar)', async () => {
    const en = await search('en', '?q=flats%20bag');
    const e = await shown(en);
    expect(e.status).toContain('“flats”');
    expect(e.paths).toEqual(['/en/services/alpha-housing/']);
    await en.context().close();
    const ar = await search('ar', `?q=${encodeURIComponent('ساخن year')}`);
    const a = await shown(ar);
    expect(a.status).toContain('«ساخن»');
    expect(a.paths).toEqual(['/ar/services/alpha-school-meals/']);
    await ar.context().close();
  });

  it('offers English results only for the words English has, never the whole index', async () => {
    const page = await search('ar', `?q=${encodeURIComponent('زرافة')}`);
    const { status, paths } = await shown(page);
    expect(paths).toEqual([]);
    expect(status).not.toMatch(/\d/);
    await page.context().close();
  });

  it('keeps the first search within 150 KB: Pagefind, its WebAssembly, the index and the vocabulary, gzip-compressed as a host sends them', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (r) => {
      const url = new URL(r.url()).pathname;
      if (!/^\/pagefind\/|search-words\.json$/.test(url)) return;
      sizes.push(r.body().then((b) => (/\.(?:js|json)$/.test(url) ? zlib.gzipSync(b).length : b.length)));
    });
    await page.goto(`${site.url}/en/search/`);
    await page.locator('input[type=search]').fill('meals');
    await page.waitForSelector('.search-status[data-results-for="?q=meals"]');
    const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(50 * 1024);
    expect(total).toBeLessThanOrEqual(150 * 1024);
    await context.close();
  });
});

describe('sort by distance from me', () => {
  const near = { latitude: 42.01, longitude: 12.01 };

  it('sorts the results by their nearest place once tapped, saying how far, and sends the position nowhere', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      geolocation: near,
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.url()} ${r.postData() ?? ''}`));
    await page.goto(`${site.url}/en/search/?town=alpha`);
    await page.waitForSelector('.search[data-state="ready"] .search-status[data-results-for]');
    const before = (await shown(page)).paths;
    await page.getByRole('button', { name: 'Sort by distance from me' }).click();
    await page.waitForSelector('.search-near :text("Nearest first")');
    const after = (await shown(page)).paths;
    // The two results with a place come first, nearest first; the rest keep their order.
    expect(after.slice(0, 2)).toEqual(['/en/services/alpha-housing/', '/en/calendar/alpha-clinic/']);
    expect(after.slice(2)).toEqual(before.filter((p) => !after.slice(0, 2).includes(p)));
    expect(await page.textContent('.results > .result:first-child .tags')).toMatch(/1\.4 km away/);
    expect(requests.filter((r) => r.includes('42.01') || r.includes('12.01'))).toEqual([]);
    expect(page.url()).not.toContain('42.01');
    await context.close();
  });

  it('changes nothing when the reader does not share the position', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, permissions: [] });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/search/?town=alpha`);
    await page.waitForSelector('.search[data-state="ready"] .search-status[data-results-for]');
    const before = (await shown(page)).paths;
    await page.getByRole('button', { name: 'Sort by distance from me' }).click();
    await page.waitForSelector('.search-near :text("not available")');
    expect((await shown(page)).paths).toEqual(before);
    await context.close();
  });
});
