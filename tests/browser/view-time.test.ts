/**
 * Labels that depend on today are computed in the browser at view time: the same built page says
 * "closes in 3 days" on one day and "passed" later, and hides or shows "may be outdated".
 */
import { describe, expect, it } from 'vitest';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';

const site = useSite(sites.mini);

async function labelOn(day: string, url: string, selector: string): Promise<string> {
  const context = await site.browser.newContext({ timezoneId: 'Europe/Rome' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${day}T10:00:00+01:00`));
  await page.goto(site.url + url);
  const text = (await page.locator(selector).first().textContent())?.trim() ?? '';
  await context.close();
  return text;
}

const deadline = '[data-rel="deadline"][data-start="2026-12-15"]';

describe('relative labels', () => {
  it('count down to a deadline on the reader’s day', async () => {
    expect(await labelOn('2026-12-12', '/en/calendar/', deadline)).toBe('Closes in 3 days');
    expect(await labelOn('2026-12-14', '/en/calendar/', deadline)).toBe('Closes tomorrow');
  });

  it('say "passed" once the day is over, from the same build', async () => {
    expect(await labelOn('2026-12-16', '/en/calendar/', deadline)).toBe('Passed');
  });

  it('are written in the page’s language', async () => {
    expect(await labelOn('2026-12-12', '/fr/calendar/', deadline)).toMatch(/3 jours/);
  });

  it('are written in the page’s language even where the browser has no data for it (Somali)', async () => {
    expect(await labelOn('2026-12-12', '/so/calendar/', deadline)).toBe('Wuxuu xirmayaa: 3 maalmood');
    expect(await labelOn('2026-12-14', '/so/calendar/', deadline)).toBe('Wuxuu xirmayaa: Berri');
    expect(await labelOn('2026-12-12', '/ur/calendar/', deadline)).toBe('3 دنوں میں بند ہو گا');
  });

  it('leave the absolute date alone without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + '/en/calendar/');
    expect(await page.locator(deadline).isHidden()).toBe(true);
    expect(await page.locator('time[datetime="2026-12-15"]').textContent()).toBe('Tuesday, 15 December 2026');
    await context.close();
  });
});

describe('the "may be outdated" note', () => {
  it('appears when a built page is read after its information got old', async () => {
    // alpha-housing was checked 2026-06-01; the note is hidden in the build and due on 2027-06-02.
    const note = 'p[data-stale-from]';
    for (const [day, hidden] of [
      ['2027-06-01', true],
      ['2027-06-02', false],
    ] as const) {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(`${day}T12:00:00Z`));
      await page.goto(site.url + '/en/services/alpha-housing/');
      expect(await page.locator(note).isHidden(), day).toBe(hidden);
      await context.close();
    }
  });
});
