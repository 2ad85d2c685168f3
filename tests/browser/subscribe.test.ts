/**
 * Subscribing on a 360 px phone (mini fixture): the Copy button copies the feed's address, the
 * page asks nothing of Google or Microsoft until a link is tapped, and without JavaScript the
 * address is still there to select. Screenshots in English and Arabic go to the test output
 * (screenshots/subscribe-<locale>.png) for a look.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { sites, testDist } from '../helpers/build';
import { useSite } from '../helpers/browser';
import { paths } from '~/lib/routing/routes';

const site = useSite(sites.mini);
const phone = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const screenshots = path.join(testDist, 'screenshots');

describe('subscribing on a phone', () => {
  it.each([
    ['en', 'Address copied. Paste it into your calendar app.'],
    ['ar', 'تم نسخ العنوان. الصقه في تطبيق التقويم.'],
  ] as const)('copies a town’s feed address in one tap (%s), fits 360 px and asks no other site', async (locale, copied) => {
    const context = await site.browser.newContext({ ...phone, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (new URL(req.url()).origin !== site.url) foreign.push(req.url());
    });
    await page.goto(site.url + paths.subscribeHelp(locale), { waitUntil: 'networkidle' });

    const box = page.locator('#feed-town-alpha + .feed-subscribe');
    const copy = box.locator('[data-copy-feed]');
    await expect.poll(() => copy.isVisible()).toBe(true);
    // The button shares its label's row at 360 px, so showing it moves nothing below it.
    const address = box.locator('[data-feed-url]');
    const shown = (await address.boundingBox())!.y;
    await copy.evaluate((b) => ((b as HTMLButtonElement).hidden = true));
    expect((await address.boundingBox())!.y).toBe(shown);
    await copy.evaluate((b) => ((b as HTMLButtonElement).hidden = false));
    await copy.tap();
    await expect.poll(() => box.locator('[data-feed-status]').textContent()).toBe(copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `https://crossroads.example.org/feeds/${locale}/towns/alpha.ics`,
    );

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(foreign).toEqual([]);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    fs.mkdirSync(screenshots, { recursive: true });
    await page.locator('#feed-town-alpha').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, `subscribe-${locale}.png`) });
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: path.join(screenshots, `subscribe-${locale}-top.png`) });
    await context.close();
  });

  it('keeps every address visible and selectable without JavaScript, and no Copy button that would do nothing', async () => {
    const context = await site.browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + paths.subscribeHelp('ar'));
    const address = page.locator('#feed-url-town-alpha');
    expect(await address.isVisible()).toBe(true);
    expect(await address.textContent()).toBe('https://crossroads.example.org/feeds/ar/towns/alpha.ics');
    expect(await page.locator('[data-copy-feed]:visible').count()).toBe(0);
    // One tap on the address selects all of it, ready to copy.
    await address.click({ position: { x: 20, y: 10 } });
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('https://crossroads.example.org/feeds/ar/towns/alpha.ics');
    await context.close();
  });
});
