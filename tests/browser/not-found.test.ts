/**
 * A missing address answers in the language it names: /ar/nowhere/ gets the Arabic heading, an
 * Arabic, right-to-left document and links to the Arabic start page and search, from the one
 * /404.html every static host serves. Without JavaScript, or for an address in no language, the
 * page offers every language. Real Chromium on the small fixture, with the site's own CSP.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getT } from '~/lib/i18n/i18next';
import { locales } from '~/lib/i18n/locales';
import { sites, testDist } from '../helpers/build';
import { useSite } from '../helpers/browser';

const site = useSite(sites.mini);
const shots = path.join(testDist, 'screenshots');
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens `url` and collects what the console reports (a CSP refusal would show there). */
async function open(context: BrowserContext, url: string): Promise<{ page: Page; status?: number; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    // The page itself answering 404 is the point; anything else (a CSP refusal, a missing file) is not.
    if (m.type() === 'error' && m.location().url !== site.url + url) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(site.url + url);
  return { page, status: response?.status(), errors };
}

const visibleHeading = (page: Page) => page.locator('h1').innerText();

describe('a missing address in a language', () => {
  it('shows the Arabic heading, with the document in Arabic and right to left', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 700 } });
    const { page, status, errors } = await open(context, '/ar/nowhere/');
    expect(status).toBe(404);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await visibleHeading(page)).toBe('الصفحة غير موجودة');
    expect(await page.title()).toBe(`الصفحة غير موجودة · ${getT('ar')('site.name')}`);
    expect(await page.locator('.actions a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual([
      ['/ar/', getT('ar')('notFound.goHome')],
      ['/ar/search/', getT('ar')('search.title')],
    ]);
    expect(await page.getAttribute('.site-header .brand', 'href')).toBe('/ar/');
    expect(errors).toEqual([]);
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'not-found-ar-320.png'), fullPage: true });
    const axe = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await context.close();
  });

  it('speaks every site language its address names', async () => {
    const context = await site.browser.newContext();
    const wrong: string[] = [];
    for (const l of locales) {
      const { page, errors } = await open(context, `/${l.code}/services/gone/`);
      await page.waitForFunction((tag) => document.documentElement.lang === tag, l.tag);
      const seen = {
        lang: await page.getAttribute('html', 'lang'),
        dir: await page.getAttribute('html', 'dir'),
        h1: await visibleHeading(page),
      };
      const expected = { lang: l.tag, dir: l.dir, h1: getT(l.code)('notFound.title') };
      if (JSON.stringify(seen) !== JSON.stringify(expected) || errors.length > 0)
        wrong.push(`${l.code}: ${JSON.stringify(seen)} ${errors.join(' ')}`);
      await page.close();
    }
    await context.close();
    expect(wrong).toEqual([]);
  });
});

describe('a missing address the page cannot place', () => {
  it('offers every language when the address names none', async () => {
    const context = await site.browser.newContext();
    for (const url of ['/nowhere/', '/de/seite/']) {
      const { page, status, errors } = await open(context, url);
      expect(status).toBe(404);
      // Give the page's script its chance to run, then check it left the page as built.
      await page.waitForLoadState('load');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      for (const l of locales) expect(await page.locator(`h1 span[lang="${l.tag}"]`).innerText()).toBe(getT(l.code)('notFound.title'));
      expect(await page.locator('.actions').count()).toBe(0);
      expect(errors).toEqual([]);
      // The page as built, every language at once (axe needs JavaScript, so it is checked here).
      const axe = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it('offers every language’s line and start page without JavaScript, even for /ar/…', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 700 }, javaScriptEnabled: false });
    const { page } = await open(context, '/ar/nowhere/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    for (const l of locales) {
      expect(await page.locator(`h1 span[lang="${l.tag}"][dir="${l.dir}"]`).innerText()).toBe(getT(l.code)('notFound.title'));
      const link = page.locator(`main a[hreflang="${l.tag}"]`);
      expect(await link.getAttribute('href')).toBe(`/${l.code}/`);
      expect(await link.locator('span').first().innerText()).toBe(l.label);
    }
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'not-found-nojs-320.png'), fullPage: true });
    await context.close();
  });
});
