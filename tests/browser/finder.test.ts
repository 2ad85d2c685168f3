/**
 * The finder as an Arabic-speaking parent on a 360 px phone (issue 19's "done when"): asking for
 * a 6-year-old child keeps the children's services in Alpha (school meals, family meals), and the
 * hidden list says in Arabic why the adults' service is hidden. The answers stay in the URL (a
 * reload keeps them); a crafted link changes nothing but answers and never becomes markup.
 * Screenshots go to <test output>/screenshots/ for a human look.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sites, testDist } from '../helpers/build';
import { useSite } from '../helpers/browser';

const site = useSite(sites.mini);
const shots = path.join(testDist, 'screenshots');

async function phone(locale: string, query = ''): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${site.url}/${locale}/finder/${query}`);
  await page.waitForSelector('.finder[data-state="ready"]');
  return page;
}

const listed = (page: Page, which: 'shown' | 'hidden') =>
  page.$$eval(`[data-finder-${which}] h3 a`, (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('the finder, as an Arabic-speaking parent at 360 px', () => {
  it('keeps the children’s services for a 6-year-old, and the hidden list says why in Arabic', async () => {
    const page = await phone('ar');
    await page.selectOption('select[name="town"]', 'alpha');
    await page.getByLabel('لطفلي').check();
    // Typed as a phone's Arabic keyboard types it.
    await page.fill('input[name="age"]', '٦');
    await page.waitForSelector('.finder[data-state="ready"] [data-finder-shown]');
    expect(await page.textContent('label[for$="age"]')).toBe('عمر طفلك');

    expect(await listed(page, 'shown')).toEqual(expect.arrayContaining(['/ar/services/alpha-school-meals/', '/ar/services/joint-food/']));
    expect(await listed(page, 'hidden')).toEqual(['/ar/services/alpha-housing/']);
    await page.click('.finder-hidden summary');
    const reasons = await page.$$eval('[data-finder-hidden] [data-reason]', (els) =>
      els.map((el) => [el.getAttribute('data-reason'), el.textContent?.trim()]),
    );
    expect(reasons).toEqual([['ageMin', expect.stringMatching(/^فقط .*18/)]]);
    // The family question is not asked of a child: a child is in a family.
    expect(await page.$$('.finder-groups')).toHaveLength(0);

    expect(new URL(page.url()).search).toBe('?town=alpha&for=child&age=6');
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'finder-ar-child-360.png'), fullPage: true });

    // A reload (or the link sent to another phone) gives the same answers and the same list.
    await page.reload();
    await page.waitForSelector('.finder[data-state="ready"] [data-finder-shown]');
    expect(await page.isChecked('input[name$="who"][value="child"]')).toBe(true);
    expect(await page.inputValue('input[name="age"]')).toBe('6');
    expect(await listed(page, 'shown')).toEqual(expect.arrayContaining(['/ar/services/alpha-school-meals/']));
    await page.context().close();
  });

  it('a parent asking for themself loses them, says why, and is asked about family and registration', async () => {
    const page = await phone('ar', '?town=alpha&age=45');
    await page.waitForSelector('[data-finder-shown]');
    expect(await listed(page, 'hidden')).toEqual(expect.arrayContaining(['/ar/services/alpha-school-meals/', '/ar/services/joint-food/']));
    await page.click('.finder-hidden summary');
    const text = await page.textContent('[data-finder-hidden]');
    expect(text).toContain('16');
    // Alpha's services depend on a family and on registration for 12 months: both are asked.
    expect(await page.$$('.finder-groups input[type="radio"]')).toHaveLength(3);
    await page.getByLabel('ليس بعد').check();
    await page.waitForFunction(() => document.querySelector('[data-finder-hidden] [data-reason="residence"]'));
    expect(await page.textContent('[data-finder-hidden] [data-reason="residence"]')).toContain('ألفا');
    expect(new URL(page.url()).search).toBe('?town=alpha&age=45&registered=no');
    await page.screenshot({ path: path.join(shots, 'finder-ar-adult-360.png'), fullPage: true });
    // Every question has its name (legend or label), and the radio rows pass WCAG 2.2 AA checks.
    const axe = await new AxeBuilder({ page })
      .include('.finder')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  it('labels each card whose name or summary is still in English, once, among its tags, in Arabic', async () => {
    const page = await phone('ar', '?town=alpha&for=child&age=6');
    await page.waitForSelector('[data-finder-shown]');
    await page.click('.finder-hidden summary');
    // Per card: its path and the text of its labels (the tag list's first item, as on the server's cards).
    const cards = await page.$$eval('[data-finder-shown] > .card, [data-finder-hidden] > .card', (cs) =>
      cs.map((c) => [
        new URL(c.querySelector<HTMLAnchorElement>('h3 a')!.href).pathname,
        [...c.querySelectorAll('[data-untranslated]')].map((l) => [l.className, l.textContent, l.matches('.tags > li:first-child')]),
      ]),
    );
    const label = ['tag untranslated', 'باللغة الإنجليزية', true];
    expect(Object.fromEntries(cards)).toEqual({
      // Name and summary in English.
      '/ar/services/joint-food/': [label],
      // Name in Arabic, summary in English: hidden for a child, and still labelled.
      '/ar/services/alpha-housing/': [label],
      // Both in Arabic: no label.
      '/ar/services/alpha-school-meals/': [],
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: path.join(shots, 'finder-ar-untranslated-360.png'), fullPage: true });
    await page.context().close();
  });

  it('labels every card in Tigrinya, where nothing is translated, in Tigrinya', async () => {
    const page = await phone('ti', '?town=alpha');
    await page.waitForSelector('[data-finder-shown]');
    const cards = await page.$$eval('[data-finder-shown] > .card', (cs) =>
      cs.map((c) => c.querySelector('[data-untranslated]')?.textContent),
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards)).toEqual(new Set(['ብእንግሊዝኛ']));
    await page.context().close();
  });

  it('labels nothing in English', async () => {
    const page = await phone('en', '?town=alpha');
    await page.waitForSelector('[data-finder-shown]');
    expect(await page.$$('.finder [data-untranslated]')).toHaveLength(0);
    await page.context().close();
  });

  it('reads the same in English, for a look at both directions', async () => {
    const page = await phone('en', '?town=alpha&for=child&age=6');
    await page.waitForSelector('[data-finder-shown]');
    await page.click('.finder-hidden summary');
    expect(await page.textContent('[data-finder-hidden] [data-reason="ageMin"]')).toBe('Only from age 18');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: path.join(shots, 'finder-en-child-360.png'), fullPage: true });
    await page.context().close();
  });

  it('ignores a crafted link: no markup from it reaches the page', async () => {
    const crafted =
      '?town=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&age=%3Cscript%3Ealert(1)%3C%2Fscript%3E&is=%3Cb%3Ex%3C%2Fb%3E,women&for=%22%3E%3Csvg%3E&months=99999';
    const page = await phone('en', crafted);
    const dialogs: string[] = [];
    page.on('dialog', (d) => void dialogs.push(d.message()));
    expect(await page.$$('.finder script, .finder img, .finder svg:not(.icon), .finder b')).toHaveLength(0);
    expect(await page.inputValue('select[name="town"]')).toBe('');
    // The unreadable age stays text in its box, marked as not an age.
    expect(await page.getAttribute('input[name="age"]', 'aria-invalid')).toBe('true');
    expect(await page.isChecked('input[name$="who"][value="me"]')).toBe(true);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });
});
