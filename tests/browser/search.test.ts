/**
 * Search and the eligibility finder, in real Chromium against the built sample network (the build
 * project's global setup builds it, and the build's own Pagefind step indexes it). What a reader
 * does: type a word in English or Arabic, narrow by filters, send or reload the link, go back from
 * a result; answer the finder's questions and see what is hidden and why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readNetwork } from '~/lib/content/read';
import { locales } from '~/lib/i18n/locales';
import { paths } from '~/lib/routing/routes';
import { searchQueryString, type SearchState } from '~/lib/search/search';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';

const network = readNetwork(path.resolve('content'));
const service = (slug: string) => network.services.find((s) => s.slug === slug)!;

const site = useSite(sites.sample);

async function phone(options: { javaScriptEnabled?: boolean } = {}) {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Waits until the island shows the results for exactly this state. */
async function resultsFor(page: Page, state: SearchState) {
  const key = searchQueryString(state);
  await page.waitForFunction((k) => document.querySelector('.search-status')?.getAttribute('data-results-for') === k, key);
  return {
    status: (await page.textContent('.search-status'))!.trim(),
    urls: await page.$$eval('.results .result h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
  };
}
const slugOf = (url: string) => url.split('/').filter(Boolean).pop()!;
const countIn = (status: string) => Number(/\d+/.exec(status)?.[0] ?? 0);

describe('the search index', () => {
  it('is written for every locale, and holds only service and calendar entry pages', () => {
    for (const l of locales) {
      const entry = JSON.parse(fs.readFileSync(path.join(sites.sample, 'pagefind', l.code, 'pagefind-entry.json'), 'utf8'));
      const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, x) => n + x.page_count, 0);
      expect(pages, l.code).toBe(network.services.length + network.calendar.length);
    }
  });

  it('leaves the header, footer and crumbs out of what it indexed', async () => {
    const { context, page } = await phone();
    await page.goto(site.url + paths.search('en'));
    // A string, so the test runner does not rewrite the import.
    const content: string = await page.evaluate(`(async () => {
      const pf = await import('/pagefind/en/pagefind.js');
      await pf.options({ noWorker: true });
      const { results } = await pf.search('food');
      return (await results[0].data()).content;
    })()`);
    expect(content).not.toContain('Skip to content');
    expect(content).not.toContain('No cookies, no tracking');
    expect(content).not.toContain('You are here');
    await context.close();
  });
});

describe('searching', () => {
  it('finds the night shelters for an English query', async () => {
    const { context, page, errors } = await phone();
    await page.goto(site.url + paths.search('en'));
    await page.fill('input[type=search]', 'night shelter');
    const { urls, status } = await resultsFor(page, { q: 'night shelter', filters: {} });
    const services = urls.filter((u) => u.includes('/services/'));
    expect(services.slice(0, 2).map(slugOf).sort()).toEqual(['nerissa-night-shelter', 'valmara-winter-night-shelter']);
    expect(status).toMatch(/\d+ results?/);
    // Title, town, category and an excerpt with the match marked.
    const result = page.locator('.result', { has: page.locator(`a[href="${paths.service('en', 'nerissa-night-shelter')}"]`) });
    expect(await result.locator('.tag').allTextContents()).toEqual(['Nerissa', 'Housing']);
    expect(await result.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds the night shelters for an Arabic query, right to left, in the Arabic pages', async () => {
    const { context, page, errors } = await phone();
    await page.goto(site.url + paths.search('ar'));
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.fill('input[type=search]', 'مأوى');
    const { urls } = await resultsFor(page, { q: 'مأوى', filters: {} });
    expect(
      urls
        .filter((u) => u.includes('/services/'))
        .slice(0, 2)
        .sort(),
    ).toEqual([paths.service('ar', 'nerissa-night-shelter'), paths.service('ar', 'valmara-winter-night-shelter')].sort());
    expect(urls.every((u) => u.startsWith('/ar/'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers English results, marked as English, when the reader’s language has none', async () => {
    const { context, page } = await phone();
    await page.goto(site.url + paths.search('ar') + '?q=parcels');
    const { urls, status } = await resultsFor(page, { q: 'parcels', filters: {} });
    expect(status).toContain('بالإنجليزية');
    expect(urls.length).toBeGreaterThan(0);
    // The English match opens the reader's own page.
    expect(urls.every((u) => u.startsWith('/ar/services/'))).toBe(true);
    expect(await page.getAttribute('.results', 'lang')).toBe('en-GB');
    await context.close();
  });

  it('says so when nothing matches in any language', async () => {
    const { context, page } = await phone();
    await page.goto(site.url + paths.search('en') + '?q=zzxqv');
    const { urls, status } = await resultsFor(page, { q: 'zzxqv', filters: {} });
    expect(urls).toEqual([]);
    expect(status).toMatch(/Nothing found/);
    await context.close();
  });
});

describe('each filter', () => {
  const s = network.services;
  const c = network.calendar;
  const e = (x: (typeof s)[number]) => x.shared.eligibility;
  const cases: [string, string, number, (slug: string) => boolean][] = [
    [
      'town',
      'valmara',
      s.filter((x) => x.shared.towns.includes('valmara')).length + c.filter((x) => x.shared.towns.includes('valmara')).length,
      (slug) => (service(slug)?.shared.towns ?? network.calendar.find((x) => x.slug === slug)!.shared.towns).includes('valmara'),
    ],
    [
      'category',
      'health',
      s.filter((x) => x.shared.categories.includes('health')).length + c.filter((x) => x.shared.categories.includes('health')).length,
      () => true,
    ],
    ['type', 'service', s.length, (slug) => !!service(slug)],
    ['type', 'calendar', c.length, (slug) => !service(slug)],
    ['language', 'uk', s.filter((x) => x.shared.languages.includes('uk')).length, (slug) => service(slug).shared.languages.includes('uk')],
    [
      'status',
      'asylum-seeker',
      s.filter((x) => e(x).residenceStatuses.length === 0 || e(x).residenceStatuses.includes('asylum-seeker')).length,
      (slug) => !e(service(slug)).residenceStatuses.length || e(service(slug)).residenceStatuses.includes('asylum-seeker'),
    ],
    ['audience', 'women', s.filter((x) => e(x).audiences.length === 0 || e(x).audiences.includes('women')).length, () => true],
    ['nodocs', 'yes', s.filter((x) => e(x).documents.length === 0).length, (slug) => e(service(slug)).documents.length === 0],
    ['free', 'yes', s.filter((x) => x.shared.cost.type === 'free').length, (slug) => service(slug).shared.cost.type === 'free'],
  ];

  it.each(cases)('%s=%s narrows the directory to the matching records', async (key, value, expected, fits) => {
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(s.length + c.length);
    const { context, page } = await phone();
    await page.goto(`${site.url}${paths.search('en')}?${key}=${value}`);
    const { status, urls } = await resultsFor(page, { q: '', filters: { [key]: value } });
    expect(countIn(status)).toBe(expected);
    expect(urls.map(slugOf).filter((slug) => !fits(slug))).toEqual([]);
    await context.close();
  });

  it('narrows a query when chosen on the page, with translated labels', async () => {
    const { context, page } = await phone();
    await page.goto(site.url + paths.search('ar'));
    await page.fill('input[type=search]', 'مأوى');
    const before = await resultsFor(page, { q: 'مأوى', filters: {} });
    const town = page.getByLabel('المدينة', { exact: true });
    expect(await town.locator('option').allTextContents()).toContain('فالمارا');
    await town.selectOption('valmara');
    const after = await resultsFor(page, { q: 'مأوى', filters: { town: 'valmara' } });
    expect(after.urls.length).toBeLessThan(before.urls.length);
    expect(after.urls).toContain(paths.service('ar', 'valmara-winter-night-shelter'));
    expect(after.urls).not.toContain(paths.service('ar', 'nerissa-night-shelter'));
    await context.close();
  });
});

describe('the search link', () => {
  it('keeps the query and filters in the URL, and a reload shows the same search', async () => {
    const { context, page } = await phone();
    await page.goto(site.url + paths.search('en'));
    await page.fill('input[type=search]', 'grant');
    await page.getByLabel('Town', { exact: true }).selectOption('nerissa');
    const state = { q: 'grant', filters: { town: 'nerissa' } };
    const first = await resultsFor(page, state);
    expect(new URL(page.url()).search).toBe('?q=grant&town=nerissa');
    await page.reload();
    const again = await resultsFor(page, state);
    expect(again.urls).toEqual(first.urls);
    expect(await page.inputValue('input[type=search]')).toBe('grant');
    expect(await page.getByLabel('Town', { exact: true }).inputValue()).toBe('nerissa');
    await context.close();
  });

  it('opens the same search in another browser', async () => {
    const one = await phone();
    await one.page.goto(`${site.url}${paths.search('en')}?q=grant&town=nerissa`);
    const a = await resultsFor(one.page, { q: 'grant', filters: { town: 'nerissa' } });
    const other = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const page = await other.newPage();
    await page.goto(`${site.url}${paths.search('en')}?q=grant&town=nerissa`);
    expect((await resultsFor(page, { q: 'grant', filters: { town: 'nerissa' } })).urls).toEqual(a.urls);
    await other.close();
    await one.context.close();
  });

  it('brings the reader back to the same search after opening a result (Arabic, phone width)', async () => {
    const { context, page } = await phone();
    await page.goto(site.url + paths.search('ar'));
    await page.fill('input[type=search]', 'مأوى');
    await page.getByLabel('المدينة', { exact: true }).selectOption('valmara');
    const state = { q: 'مأوى', filters: { town: 'valmara' } };
    const before = await resultsFor(page, state);
    await page.click('.results .result h3 a >> nth=0');
    await page.waitForURL((u) => u.pathname !== paths.search('ar'));
    await page.goBack();
    const after = await resultsFor(page, state);
    expect(after.urls).toEqual(before.urls);
    expect(await page.inputValue('input[type=search]')).toBe('مأوى');
    await context.close();
  });

  it('steps back through filter changes with the back button', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.url}${paths.search('en')}?q=grant`);
    await resultsFor(page, { q: 'grant', filters: {} });
    await page.getByLabel('Town', { exact: true }).selectOption('valmara');
    await resultsFor(page, { q: 'grant', filters: { town: 'valmara' } });
    await page.goBack();
    await resultsFor(page, { q: 'grant', filters: {} });
    expect(await page.getByLabel('Town', { exact: true }).inputValue()).toBe('');
    await context.close();
  });
});

describe('on a phone, with a keyboard or a screen reader', () => {
  it('has a labelled search box, a status that announces the count, and results as a list of links', async () => {
    const { context, page } = await phone();
    await page.goto(site.url + paths.search('en'));
    const box = page.getByRole('searchbox', { name: 'What are you looking for?' });
    await box.focus();
    await page.keyboard.type('food');
    await page.keyboard.press('Enter');
    const { status } = await resultsFor(page, { q: 'food', filters: {} });
    expect(await page.getByRole('status').filter({ hasText: status }).getAttribute('aria-live')).toBe('polite');
    const links = page
      .getByRole('list')
      .filter({ has: page.locator('.result') })
      .getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    // Tab from the box reaches the submit button, then the filters.
    await box.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await context.close();
  });

  it.each([
    [`${paths.search('ar')}?q=${encodeURIComponent('مأوى')}&town=valmara&free=yes`],
    [`${paths.finder('ar')}?town=valmara&age=15`],
    [`${paths.search('fr')}?q=logement`],
  ])('%s fits 320 px without sideways scrolling, with 44 px controls', async (url) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(site.url + url);
    await page.waitForSelector('.search-status');
    // Opening is synchronous, and reading scrollWidth below lays the page out again.
    await page
      .locator('details')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    const small = await page.$$eval(
      'main input:not([type=checkbox], [type=radio]), main select, main button, main summary, .result h3 a, .finder .card h3 a, .check-field, .choice, .site-header a',
      (els) =>
        els
          .map((el) => ({ what: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 20)}`, h: el.getBoundingClientRect().height }))
          .filter((e) => e.h > 0 && e.h < 44),
    );
    expect(small).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the search page says so and links every town and topic page', async () => {
    const { context, page } = await phone({ javaScriptEnabled: false });
    await page.goto(site.url + paths.search('ar'));
    const hrefs = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
    for (const t of network.towns) expect(hrefs).toContain(paths.town('ar', t.slug));
    for (const c of network.categories) expect(hrefs).toContain(paths.category('ar', c.slug));
    expect(hrefs).toContain(paths.finder('ar'));
    expect(await page.textContent('main')).toContain('JavaScript');
    await context.close();
  });

  it('the header links to search on every page', async () => {
    const { context, page } = await phone({ javaScriptEnabled: false });
    await page.goto(site.url + paths.home('fa'));
    const link = page.locator('.site-header a.header-search');
    expect(await link.getAttribute('href')).toBe(paths.search('fa'));
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    await context.close();
  });
});

describe('the eligibility finder', () => {
  // A service only for ages 18–29 in Valmara.
  const youth = service('valmara-youth-work-placements');

  it('asks for the town first, and offers the topic pages until then', async () => {
    const { context, page, errors } = await phone();
    await page.goto(site.url + paths.finder('en'));
    await expect.poll(() => page.locator('.finder .search-status').textContent()).toContain('Choose the town you live in');
    expect(await page.locator('.finder .link-list a').count()).toBe(network.categories.length);
    expect(await page.locator('[data-finder-shown]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hides a service the person is too young for and says why, in the reader’s language', async () => {
    expect(youth.shared.eligibility.ageMin).toBe(18);
    const { context, page, errors } = await phone();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(site.url + paths.finder('en'));
    await page.getByLabel('Town you live in').selectOption('valmara');
    await page.getByLabel('Your age').fill('15');
    await page.waitForURL((u) => u.search === '?town=valmara&age=15');
    await page.waitForSelector('[data-finder-shown]');
    const shown = await page.$$eval('[data-finder-shown] h3 a', (as) => as.map((a) => a.getAttribute('href')));
    expect(shown).not.toContain(paths.service('en', youth.slug));
    expect(shown.length).toBeGreaterThan(0);
    await page.click('.finder-hidden summary');
    const hidden = page.locator('[data-finder-hidden] li.card', { has: page.locator(`a[href="${paths.service('en', youth.slug)}"]`) });
    expect(await hidden.locator('.checks').textContent()).toContain('Only from age 18');
    // Another town's own services are not in the list at all, and only Valmara's file was fetched.
    expect(await page.locator(`a[href="${paths.service('en', 'nerissa-night-shelter')}"]`).count()).toBe(0);
    expect(requests.filter((u) => u.startsWith('/en/finder/'))).toEqual(['/en/finder/', paths.finderTown('en', 'valmara')]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists services of other towns open to every partner town only when asked, with their towns', async () => {
    const wide = network.services.filter(
      (s) => s.shared.eligibility.residence === 'lives-in-network' && !s.shared.towns.includes('valmara'),
    );
    expect(wide.length).toBeGreaterThan(0);
    const { context, page, errors } = await phone();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(site.url + paths.finder('en') + '?town=valmara');
    const summary = page.locator('.finder-elsewhere summary');
    await expect.poll(() => summary.textContent()).toContain(`${wide.length} service`);
    expect(requests).not.toContain(paths.finderNetworkWide('en'));
    await summary.click();
    await page.waitForSelector('[data-finder-elsewhere]');
    const hrefs = await page.$$eval('[data-finder-elsewhere] h3 a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(wide.map((s) => paths.service('en', s.slug)).sort());
    expect(requests).toContain(paths.finderNetworkWide('en'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the same narrowed list from its link in another browser, in Arabic', async () => {
    const link = `${paths.finder('ar')}?town=valmara&status=asylum-seeker&age=15`;
    const lists: string[][] = [];
    for (const options of [{ viewport: { width: 360, height: 800 } }, { viewport: { width: 1280, height: 900 }, locale: 'en-US' }]) {
      const context = await site.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(site.url + link);
      await page.waitForSelector('[data-finder-shown]');
      lists.push(await page.$$eval('[data-finder-shown] h3 a', (as) => as.map((a) => a.getAttribute('href')!)));
      expect(await page.inputValue('input[name=age]')).toBe('15');
      await page.click('.finder-hidden summary');
      const hidden = page.locator('[data-finder-hidden] li.card', { has: page.locator(`a[href="${paths.service('ar', youth.slug)}"]`) });
      expect(await hidden.locator('.checks').textContent()).toContain('فقط من عمر 18 سنة');
      await context.close();
    }
    expect(lists[0].length).toBeGreaterThan(0);
    expect(lists[1]).toEqual(lists[0]);
    // Every service kept is one the rules allow.
    for (const href of lists[0]) {
      const e = service(slugOf(href)).shared;
      expect(e.towns.includes('valmara') || e.eligibility.residence === 'lives-in-network').toBe(true);
      expect(e.eligibility.ageMin ?? 0).toBeLessThanOrEqual(15);
    }
  });

  it('sends nothing anywhere: the only requests are the site’s own files', async () => {
    const { context, page } = await phone();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(site.url + paths.finder('en') + '?town=valmara&age=40');
    await page.waitForSelector('[data-finder-shown]');
    expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    expect(requests.filter((u) => u.includes('?') && !u.startsWith(site.url + paths.finder('en')))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe('switching language on the search page', () => {
  it('keeps the query and filters', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/search/?q=clinic&town=valmara`);
    await page.click('.lang-switch summary');
    await page.click('.lang-switch a[hreflang="ar"]');
    await page.waitForURL(/\/ar\/search\//);
    expect(new URL(page.url()).search).toBe('?q=clinic&town=valmara');
    await context.close();
  });
});
