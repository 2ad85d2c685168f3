/**
 * At phone widths, in English and Arabic, no page type scrolls sideways and the controls are big
 * enough to tap. Runs in real Chromium against the built sample network.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { paths } from '~/lib/routing/routes';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';
import { pageTypes, rootPages } from '../helpers/page-types';

const network = readNetwork(path.resolve('content'));
const urls = (locale: 'en' | 'ar') => [...Object.values(rootPages), ...Object.values(pageTypes(locale))];

const site = useSite(sites.sample);

describe.each([320, 390])('at %i px wide', (width) => {
  it.each(['en', 'ar'] as const)('no %s page type scrolls sideways', async (locale) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const url of urls(locale)) {
      const response = await page.goto(site.url + url);
      if (response?.status() !== 200) overflowing.push(`${url} answered ${response?.status()}`);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) overflowing.push(`${url} (${scroll}px)`);
    }
    await context.close();
    expect(overflowing).toEqual([]);
  });
});

describe('tap targets', () => {
  it.each(['en', 'ar'] as const)('are at least 44 px high on %s pages', async (locale) => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const small: string[] = [];
    for (const url of Object.values(pageTypes(locale))) {
      await page.goto(site.url + url);
      // Links inside running text are exempt (WCAG 2.5.8); navigation and action links are not.
      const found = await page.$$eval(
        '.link-list a, .actions a, .crumbs a, .card h3 a, .site-header a, .site-header summary, .site-footer a',
        (els) =>
          els
            .map((el) => ({ text: (el.textContent ?? '').trim().slice(0, 30), h: el.getBoundingClientRect().height }))
            .filter((e) => e.h > 0 && e.h < 44),
      );
      small.push(...found.map((f) => `${url}: "${f.text}" ${Math.round(f.h)}px`));
    }
    await context.close();
    expect(small).toEqual([]);
  });
});

describe('the root page', () => {
  it('sends a browser that prefers Arabic to the Arabic home page', async () => {
    const context = await site.browser.newContext({ locale: 'ar-SY' });
    const page = await context.newPage();
    await page.goto(site.url + '/');
    await page.waitForURL(/\/ar\/$/);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await context.close();
  });

  it('lets a reader with an unsupported language choose', async () => {
    const context = await site.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(site.url + '/');
    await page.waitForSelector('html[data-language-choice="stay"]', { state: 'attached' });
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});

describe('the language switcher', () => {
  it('opens without JavaScript and keeps the reader on the same service', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const service = network.services[0].slug;
    await page.goto(site.url + paths.service('en', service));
    await page.click('.lang-switch summary');
    await page.click('.lang-switch a[hreflang="fa-IR"]');
    expect(new URL(page.url()).pathname).toBe(paths.service('fa', service));
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await context.close();
  });
});
