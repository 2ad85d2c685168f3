/**
 * The dashboard of shared figures in Chromium at phone width (the small fixture network): axe finds
 * no WCAG 2.2 A/AA violation in English and Arabic, with the tables open; the page never scrolls
 * sideways at 320 px; every chart fits its box. The Nu Html Checker reads it with every other page
 * (tests/build/vnu.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { paths } from '~/lib/routing/routes';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';
import { watchedContext } from '../helpers/sweep';

const site = useSite(sites.mini);

describe('the dashboard on a phone', () => {
  it.each(['en', 'ar'] as const)('in %s: no axe violation, tables open or closed, and nothing wider than 320 px', async (locale) => {
    const w = await watchedContext(site.browser, site.url, { viewport: { width: 320, height: 700 } });
    await w.visit(paths.overviewMetrics(locale));
    await w.axe('as loaded');
    await w.page.$$eval('details.metric-table', (all) => all.forEach((d) => d.setAttribute('open', '')));
    await w.axe('every table open');
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const charts = await w.page.$$eval('.metric-chart svg', (all) => all.map((s) => s.getBoundingClientRect().width));
    expect(charts.length).toBe(12);
    expect(charts.every((width) => width > 200 && width <= 320)).toBe(true);
    await w.visit(paths.town(locale, 'alpha'));
    await w.axe('town page with its suggestion links');
    await w.close();
    expect(w.problems).toEqual([]);
  });
});
