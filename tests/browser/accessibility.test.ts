/**
 * What axe cannot see alone: a skip link that works, a visible focus, and the language of
 * fallback passages. (axe itself runs on every page type in every locale, as loaded and in use,
 * in every-page.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';
import { pageTypes } from '../helpers/page-types';

const site = useSite(sites.sample);

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
