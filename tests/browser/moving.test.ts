/**
 * The moving view on a 360 px phone (issue 21's "done when", on the small fixture): in English,
 * moving from Beta to Alpha shows Alpha's first steps with their deadlines, what stays, the food
 * topic's rules side by side with differences marked, Alpha's gains, its restarted clock and the
 * moving notes; in Arabic, for a child of 8, only the child's steps, right to left, in Arabic where
 * translated. The arrival page reads the same with JavaScript off. Screenshots go to
 * <test output>/screenshots/ for a human look.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sites, testDist } from '../helpers/build';
import { useSite } from '../helpers/browser';

const site = useSite(sites.mini);
const shots = path.join(testDist, 'screenshots');
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function moving(locale: string, query: string): Promise<Page> {
  const context = await site.browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(`${site.url}/${locale}/moving/${query}`);
  await page.waitForSelector('.moving[data-state="ready"]');
  return page;
}

const texts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((el) => el.textContent?.trim() ?? ''));
const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('the moving view at 360 px', () => {
  it('shows, in English, what to redo in Alpha and by when, what stays and how the rules differ', async () => {
    const page = await moving('en', '?from=beta&to=alpha');
    expect(await page.textContent('.moving-heading')).toBe('From Beta to Alpha');
    expect(await page.$$eval('[data-section="steps"] [data-step]', (els) => els.map((el) => el.getAttribute('data-step')))).toEqual([
      'housing',
      'meals',
      'family-meals',
    ]);
    expect((await texts(page, '[data-section="steps"] .when')).join(' ')).toContain('Within 8 days of arrival');
    expect(await texts(page, '[data-section="stays"] a')).toEqual(['Family meals']);
    expect((await texts(page, '[data-section="clocks"] li')).join(' ')).toMatch(/Alpha.*12 months/);
    const food = page.locator('[data-topic="food"]');
    expect(await food.locator('td[data-differs]').count()).toBeGreaterThan(0);
    expect(await texts(page, '[data-section="gains"] .tag')).toEqual(['Housing']);
    expect((await texts(page, '[data-section="notes"] li')).join(' ')).toContain('Tell the school before you move');
    // The plain form shows the towns of the link.
    expect(await page.inputValue('select[name="from"]')).toBe('beta');
    expect(await page.inputValue('select[name="to"]')).toBe('alpha');
    expect(await fits(page)).toBeLessThanOrEqual(360);
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'moving-en-360.png'), fullPage: true });
    await page.context().close();
  });

  it('shows, in Arabic for a child of 8, only the child’s steps, right to left, and keeps the answers in the URL', async () => {
    const page = await moving('ar', '?from=beta&to=alpha&for=child&age=8');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const steps = await page.$$eval('[data-section="steps"] [data-step]', (els) => els.map((el) => el.getAttribute('data-step')));
    expect(steps).toEqual(['meals', 'family-meals']);
    expect(await page.textContent('[data-step="meals"] .arrival-todo')).toBe('اطلب من المدرسة وجبات مجانية لطفلك.');
    // A step not translated yet is shown in English, marked and set left to right.
    expect(await page.getAttribute('[data-step="family-meals"] .arrival-todo', 'lang')).toBe('en-GB');
    expect(await page.getAttribute('[data-step="family-meals"] .arrival-todo', 'dir')).toBe('ltr');
    expect(await page.textContent('.moving-heading')).toMatch(/^من .* إلى /);
    expect(await page.inputValue('input[name="age"]')).toBe('8');
    expect(await fits(page)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: path.join(shots, 'moving-ar-child-360.png'), fullPage: true });
    await page.context().close();
  });

  it('submits the plain form to the same page with the answers in the URL', async () => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${site.url}/en/moving/`);
    await page.selectOption('select[name="from"]', 'alpha');
    await page.selectOption('select[name="to"]', 'beta');
    await page.click('#moving-form button[type="submit"]');
    await page.waitForSelector('.moving[data-state="ready"]');
    expect(new URL(page.url()).searchParams.get('to')).toBe('beta');
    expect(await page.textContent('.moving-heading')).toBe('From Alpha to Beta');
    await context.close();
  });

  it('treats a crafted link as no answer, never as markup', async () => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${site.url}/en/moving/?from=%3Cimg%20src=x%20onerror=alert(1)%3E&to=alpha`);
    await page.waitForTimeout(300);
    expect(await page.$$('.moving img')).toHaveLength(0);
    expect(await page.getAttribute('.moving', 'data-state')).toBe('idle');
    await context.close();
  });
});

describe('the arrival page with JavaScript off', () => {
  it.each(['en', 'ar'])('lists Alpha’s steps with deadlines and services in %s, fitting 360 px', async (locale) => {
    const context = await site.browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/${locale}/towns/alpha/arriving/`);
    expect(await page.$$eval('.arrival-steps > li', (els) => els.map((el) => el.id))).toEqual([
      'step-housing',
      'step-meals',
      'step-family-meals',
    ]);
    expect(await page.locator('.arrival-steps .when strong').count()).toBe(2);
    expect(await page.locator('.arrival-steps a[href*="/services/"]').count()).toBe(3);
    expect(await fits(page)).toBeLessThanOrEqual(360);
    if (locale === 'ar') expect(await page.locator('.arrival-steps [data-untranslated]').count()).toBe(2);
    await page.screenshot({ path: path.join(shots, `arriving-${locale}-nojs-360.png`), fullPage: true });
    await context.close();
  });
});
