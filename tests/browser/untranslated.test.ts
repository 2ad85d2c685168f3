/**
 * An Arabic-speaking parent on a 360 px phone sees which paragraphs are still in English: on the
 * mini fixture's Arabic housing service, each English passage has its "باللغة الإنجليزية" label
 * right before it, on screen and on paper, read in Arabic while the passage is read in English.
 * A screenshot goes to the test output (screenshots/untranslated-ar.png) for a look.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { sites, testDist } from '../helpers/build';
import { useSite } from '../helpers/browser';

const site = useSite(sites.mini);
const phone = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

describe('untranslated passages on an Arabic phone', () => {
  it('are labelled where they stand, in Arabic, on screen and in print', async () => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(site.url + '/ar/services/alpha-housing/');
    // Summary, steps and description; the English date titles under 'Next dates' have one each in their card's tags.
    const labels = page.locator('.untranslated-block');
    expect(await labels.count()).toBe(3);
    expect(await page.locator('.cards .tag.untranslated').count()).toBeGreaterThan(0);
    const seen = await labels.evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent,
        lang: el.closest('[lang]')?.getAttribute('lang'),
        next: el.nextElementSibling?.getAttribute('lang'),
        visible: el.getBoundingClientRect().height > 0,
      })),
    );
    for (const label of seen) expect(label).toEqual({ text: 'باللغة الإنجليزية', lang: 'ar', next: 'en-GB', visible: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const summary = page.locator('p.lede');
    fs.mkdirSync(path.join(testDist, 'screenshots'), { recursive: true });
    await summary.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(testDist, 'screenshots', 'untranslated-ar.png') });

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await labels.evaluateAll((els) => els.every((el) => el.getBoundingClientRect().height > 0))).toBe(true);
    await context.close();
  });

  it('are labelled once per card in My list, which the phone builds from saved services', async () => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(site.url + '/ar/services/alpha-housing/');
    await page.locator('[data-save]').click();
    await page.goto(site.url + '/ar/my-list/');
    const card = page.locator('[data-services] > li');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('[data-untranslated]').allTextContents()).toEqual(['باللغة الإنجليزية']);
    await context.close();
  });
});
