/**
 * The dashboard of shared figures as built (the small fixture network, built on the tests' fixed
 * day): its charts draw exactly the numbers of /data/metrics.csv, the JSON says the same, the
 * trends draw the committed history, right-to-left pages are mirrored, and the overview links it.
 * The suggestion links of the built service and town pages carry the page address and record id.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { localeCodes } from '~/lib/i18n/locales';
import { readHistory } from '~/lib/metrics/history';
import { parseMetricsCsv, type MetricsRow } from '~/lib/metrics/metrics-files';
import type { NetworkMetrics } from '~/lib/metrics/metrics';
import { paths } from '~/lib/routing/routes';
import { responsibleTown } from '~/lib/sharing/suggest';
import { miniContent, readPage, sites } from '../helpers/build';

const site = sites.mini;
const csv = parseMetricsCsv(fs.readFileSync(path.join(site, 'data/metrics.csv'), 'utf8'));
const json = JSON.parse(fs.readFileSync(path.join(site, 'data/metrics.json'), 'utf8')) as NetworkMetrics;
const value = (scope: string, indicator: string, key = '') =>
  csv.find((r: MetricsRow) => r.scope === scope && r.indicator === indicator && r.key === key)?.value;

/** The marks of one chart of a built page: `[key, value]` of each bar or point, and each bar's box. */
function marks(html: string, chart: string) {
  const figure = new RegExp(`<figure class="metric-chart" data-chart="${chart}">([\\s\\S]*?)</figure>`).exec(html)?.[1];
  if (!figure) throw new Error(`no chart ${chart}`);
  return [...figure.matchAll(/<(rect|circle) ([^>]*)>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[2])?.[1] ?? '';
    return { key: attr('data-key'), value: attr('data-value'), x: Number(attr('x')), width: Number(attr('width')) };
  });
}

describe('the metrics files', () => {
  it('are for the build’s day, and the JSON has the CSV’s numbers', () => {
    expect(value('network', 'date')).toBe('2026-11-23');
    expect(json.date).toBe('2026-11-23');
    expect(value('network', 'checked_percent')).toBe(String(json.network.checkedPercent));
    for (const t of json.towns) {
      expect(value(t.town, 'services')).toBe(String(t.services));
      expect(value(t.town, 'upcoming_dates')).toBe(String(t.upcomingDates));
      for (const x of t.translations) expect(value(t.town, 'translated_percent', x.locale)).toBe(String(x.percent));
    }
  });
});

describe('the dashboard', () => {
  it.each(localeCodes)('draws in %s exactly the numbers of the CSV', (locale) => {
    const html = readPage(site, paths.overviewMetrics(locale));
    const scoped = (chart: string, indicator: string) =>
      marks(html, chart).forEach((b) => expect(b.value, `${chart} ${b.key}`).toBe(value(b.key, indicator)));
    scoped('chart-checked', 'checked_percent');
    scoped('chart-gaps', 'gaps');
    scoped('chart-rules', 'differing_rules');
    scoped('chart-upcoming', 'upcoming_dates');
    const network = (chart: string, indicator: string) =>
      marks(html, chart).forEach((b) => expect(b.value, `${chart} ${b.key}`).toBe(value('network', indicator, b.key)));
    network('chart-translated', 'translated_percent');
    network('chart-topics', 'services_by_topic');
    expect(marks(html, 'chart-checked').map((b) => b.key)).toEqual(['network', 'alpha', 'beta']);
  });

  it('draws each trend from the committed history', () => {
    const history = readHistory(miniContent);
    const html = readPage(site, paths.overviewMetrics('en'));
    expect(marks(html, 'chart-trend-checked').map((p) => [p.key, Number(p.value)])).toEqual(
      history.snapshots.map((s) => [s.date, s.network.checkedPercent]),
    );
    expect(marks(html, 'chart-trend-gaps').map((p) => Number(p.value))).toEqual(history.snapshots.map((s) => s.network.gaps));
  });

  it('is mirrored on right-to-left pages and says that no reader is tracked', () => {
    for (const locale of ['ar', 'fa', 'ur'] as const) {
      const bars = marks(readPage(site, paths.overviewMetrics(locale)), 'chart-checked');
      expect(
        bars.every((b) => Math.abs(b.x + b.width - 320) < 0.01),
        locale,
      ).toBe(true);
    }
    expect(marks(readPage(site, paths.overviewMetrics('en')), 'chart-checked').every((b) => b.x === 0)).toBe(true);
    expect(readPage(site, paths.overviewMetrics('en'))).toContain('no reader is tracked to make them');
  });

  it('gives every chart its sentence and its table', () => {
    const html = readPage(site, paths.overviewMetrics('en'));
    const charts = [
      ...html.matchAll(
        /<figure class="metric-chart" data-chart="([^"]+)">[\s\S]*?<svg [^>]*aria-labelledby="([^"]+)"[\s\S]*?<figcaption id="([^"]+)">([^<]+)<\/figcaption>\s*<\/figure>\s*<details class="metric-table">/g,
      ),
    ];
    expect(charts.length).toBe(12);
    for (const [, , labelledBy, id, text] of charts) {
      expect(labelledBy).toBe(id);
      expect(text.trim()).not.toBe('');
    }
  });

  it('is linked from the network overview and listed in the sitemap', () => {
    expect(readPage(site, paths.overview('fa'))).toContain(`href="${paths.overviewMetrics('fa')}"`);
    expect(fs.readFileSync(path.join(site, 'sitemaps/en-1.xml'), 'utf8')).toContain(`${paths.overviewMetrics('en')}</loc>`);
  });
});

describe('the suggestion links as built', () => {
  const network = readNetwork(miniContent);
  const mailto = (html: string, kind: string) => {
    const href = [...html.matchAll(/<a href="(mailto:[^"]+)" data-suggest="([a-z]+)"/g)].find((m) => m[2] === kind)?.[1];
    if (!href) throw new Error(`no ${kind} link`);
    return new URL(href.replace(/&amp;/g, '&'));
  };

  it('carry the page address and the record id on every service and town page', () => {
    for (const s of network.services) {
      const html = readPage(site, paths.service('ar', s.slug));
      const town = network.towns.find((t) => t.slug === responsibleTown(s))!;
      const change = mailto(html, 'change');
      expect(change.pathname).toBe(town.shared.contentContact);
      expect(change.searchParams.get('body')).toContain(`${paths.service('ar', s.slug)}`);
      expect(change.searchParams.get('body')).toContain(s.id);
      expect(mailto(html, 'propose').searchParams.get('body')).toContain(town.id);
    }
    for (const t of network.towns) {
      const change = mailto(readPage(site, paths.town('en', t.slug)), 'change');
      expect(change.searchParams.get('body')).toContain(paths.town('en', t.slug));
      expect(change.searchParams.get('body')).toContain(t.id);
    }
  });
});
