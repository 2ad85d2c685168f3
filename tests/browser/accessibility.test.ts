/**
 * axe-core on every page type in English, Arabic, Persian and Ukrainian: no violations of the
 * WCAG 2.2 A and AA rules. Plus what axe cannot see alone: a skip link that works, a visible
 * focus, and the language of fallback passages.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';
import { pageTypes, rootPages } from '../helpers/page-types';

const site = useSite(sites.sample);

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('axe finds no WCAG 2.2 A/AA violations', () => {
  it.each(['en', 'ar', 'fa', 'uk'] as const)('on every page type in %s', async (locale) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const violations: string[] = [];
    const urls = locale === 'en' ? [...Object.values(pageTypes(locale)), ...Object.values(rootPages)] : Object.values(pageTypes(locale));
    for (const url of urls) {
      const response = await page.goto(site.url + url);
      if (response?.status() !== 200) violations.push(`${url} answered ${response?.status()}`);
      const result = await new AxeBuilder({ page }).withTags(wcag).analyze();
      for (const v of result.violations) {
        violations.push(`${url} ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
    await context.close();
    expect(violations).toEqual([]);
  });
});

describe('keyboard use', () => {
  it('starts with a skip link that moves focus to the main content', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + pageTypes('ar').service);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    expect(await page.locator('.skip').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('shows where the focus is', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + pageTypes('en').home);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
    expect(outline).not.toMatch(/^none|0px$/);
    await context.close();
  });
});

describe('language of the page and its parts', () => {
  it('declares English on fallback passages inside a Tigrinya page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + pageTypes('ti').service);
    expect(await page.getAttribute('html', 'lang')).toBe('ti-ER');
    const fallback = await page.$$eval('[data-fallback-notice] ~ [lang], main [lang="en-GB"]', (els) => els.length);
    expect(fallback).toBeGreaterThan(0);
    await context.close();
  });
});
