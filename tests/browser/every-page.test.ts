/**
 * Every page type in every locale, as a person uses it, in one Chromium per file: each page loads
 * with no uncaught error, no console error and no Content Security Policy violation, under the
 * policy the host serves as a header (tests/helpers/browser.ts applies `_headers`), and axe finds
 * no WCAG 2.2 A/AA violation on it as loaded and in the states a person puts it in (search with
 * results and its filters open, the finder answered with the hidden services shown, My list
 * filled, the share panel on another language, the language switcher open). Meanwhile nothing is
 * requested from another origin (service worker included), no cookie is set, and storage stays
 * empty until "Save to my list" is tapped.
 */
import path from 'node:path';
import { describe, it, type ExpectStatic } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { localize } from '~/lib/i18n/localize';
import { localeCodes, type LocaleCode } from '~/lib/i18n/locales';
import { storageKey } from '~/lib/sharing/my-list';
import { paths } from '~/lib/routing/routes';
import { searchQueryString } from '~/lib/search/search';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';
import { pageTypes, rootPages } from '../helpers/page-types';
import { watchedContext, type Watched } from '../helpers/sweep';

const site = useSite(sites.sample);
const network = readNetwork(path.resolve('content'));

/** The service the page-type list shows, by slug, for its name in each locale. */
const sampleService = network.services.find((s) => pageTypes('en').service === paths.service('en', s.slug))!;

async function searchWithFilters(w: Watched, locale: LocaleCode, expect: ExpectStatic) {
  const query = String(localize(sampleService.text, locale).value.name);
  await w.visit(paths.search(locale));
  await w.page.locator('input[type="search"]').first().pressSequentially(query);
  const key = searchQueryString({ q: query, filters: {} });
  await w.page.waitForFunction((k) => document.querySelector('.search-status')?.getAttribute('data-results-for') === k, key);
  expect(await w.page.locator('.results .result').count(), `${locale}: results for "${query}"`).toBeGreaterThan(0);
  await w.page.click('.search-filters summary');
  await w.page.waitForSelector('.search-filters[open]');
  await w.axe('search with results, filters open');
}

async function finderAnswered(w: Watched, locale: LocaleCode) {
  await w.visit(`${paths.finder(locale)}?town=valmara&age=15`);
  await w.page.waitForSelector('[data-finder-shown]');
  await w.page.click('.finder-hidden summary');
  await w.page.waitForSelector('.finder-hidden[open] [data-finder-hidden]');
  await w.axe('finder answered, hidden services shown');
}

/** Language switcher, share panel, Save and Copy on a service page; then My list and a kept town. */
async function shareSaveKeep(w: Watched, locale: LocaleCode, expect: ExpectStatic) {
  const types = pageTypes(locale);
  await w.visit(types.service);
  await w.page.click('.lang-switch summary');
  await w.axe('language switcher open');
  await w.page.click('.lang-switch summary');

  const other = locale === 'ar' ? 'fa' : 'ar';
  await w.page.click(`.share-langs a[data-lang="${other}"]`);
  await w.page.waitForFunction((o) => document.querySelector('[data-share-link]')?.textContent?.includes(`/${o}/`), other);
  await w.page.click('[data-copy]');
  await w.page.waitForFunction(() => document.querySelector('[data-share-status]')?.textContent?.trim());
  await w.axe('share panel on another language, link copied');

  const before = await w.stored();
  expect(before, `${locale}: nothing stored before Save`).toEqual({ cookies: [], local: [], session: [], idb: [] });
  await w.page.click('[data-save]');
  await w.visit(types.entry);
  await w.page.click('[data-save]');
  await w.visit(types.myList);
  await w.page.waitForSelector('[data-services-section]:not([hidden]) li');
  await w.page.waitForSelector('[data-entries-section]:not([hidden]) li');
  await w.axe('My list with a saved service and date');
  expect(await w.stored(), `${locale}: only My list stored after Save`).toEqual({ cookies: [], local: [storageKey], session: [], idb: [] });

  await w.visit(types.town);
  await w.page.click('[data-keep]');
  await w.page.waitForFunction(
    () => {
      const button = document.querySelector<HTMLButtonElement>('[data-keep]');
      return button && !button.disabled && document.querySelector('[data-keep-status]')?.textContent?.trim();
    },
    undefined,
    { timeout: 120_000 },
  );
}

// Two locales at a time (vitest's maxConcurrency for this project): the work is in Chromium's
// processes, so two contexts keep both of a CI machine's cores busy.
describe.concurrent('every page type in every locale', () => {
  it.for(localeCodes)(
    '%s: loads without errors or blocked scripts, passes axe as loaded and in use, and stays private',
    async (locale, { expect }) => {
      const w = await watchedContext(site.browser, site.url, { permissions: ['clipboard-read', 'clipboard-write'] });
      const urls = [...Object.values(pageTypes(locale)), ...(locale === 'en' ? Object.values(rootPages) : [])];
      for (const url of urls) {
        await w.visit(url);
        await w.axe();
      }
      await w.visit(`/${locale}/no-such-page/`, 404);
      await w.axe('not found');
      await searchWithFilters(w, locale, expect);
      await finderAnswered(w, locale);
      await shareSaveKeep(w, locale, expect);
      await w.close();
      expect(w.problems).toEqual([]);
    },
  );
});
