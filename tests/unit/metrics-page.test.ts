import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '~/lib/i18n/i18next';
import { networkMetrics } from '~/lib/metrics/metrics';
import { readHistory } from '~/lib/metrics/history';
import { metricsPage, trendValue } from '~/lib/pages/metrics-page';
import { localeCodes } from '~/lib/i18n/locales';
import { directoryOf } from '../helpers/directory';
import { miniContent } from '../helpers/build';

const directory = directoryOf();
const today = '2026-11-23';
const history = readHistory(miniContent);
const page = (locale: (typeof localeCodes)[number]) => metricsPage({ directory, locale, today, history });

describe('the dashboard’s view model, without a build', () => {
  const en = page('en');
  const m = networkMetrics(directory, today);

  it('has a section per indicator, each with a chart, a sentence saying what it shows, and its table', () => {
    expect(en.sections.map((s) => s.id)).toEqual(['checked', 'translated', 'topics', 'gaps', 'rules', 'upcoming']);
    for (const s of en.sections) {
      expect(s.summary, s.id).not.toBe('');
      expect(s.chart.bars.length, s.id).toBeGreaterThan(0);
      expect(s.table.rows.length, s.id).toBeGreaterThan(0);
    }
  });

  it('draws the numbers of the metrics, the network first where it has a bar', () => {
    const checked = en.sections[0].chart.bars.map((b) => [b.key, b.value]);
    expect(checked).toEqual([
      ['network', 75],
      ['alpha', 100],
      ['beta', 50],
    ]);
    const gaps = en.sections.find((s) => s.id === 'gaps')!;
    expect(gaps.chart.bars.map((b) => b.value)).toEqual(m.towns.map((t) => t.gaps.length));
    expect(gaps.summary).toBe('In all: 1. Highest: Beta (1).');
  });

  it('says which town’s information is oldest and which language is least translated', () => {
    expect(en.sections[0].summary).toContain('Oldest information: Beta, last checked on 10 January 2024.');
    expect(en.sections[1].summary).toMatch(/^Lowest: \w+ \(0%\)\. Highest: Arabic \(27%\)\.$/);
  });

  it('draws each indicator’s trend from the snapshots, oldest first', () => {
    const checked = en.trends.find((t) => t.id === 'trend-checked')!;
    expect(checked.chart.points.map((p) => [p.key, p.value])).toEqual(history.snapshots.map((s) => [s.date, s.network.checkedPercent]));
    expect(checked.summary).toBe('67% on 26 October 2026; 75% on 23 November 2026.');
    expect(en.byTown.rows.map((r) => r.cells)).toEqual([
      ['100%', '100%'],
      ['50%', '50%'],
    ]);
  });

  it('averages the languages for the translation trend', () => {
    expect(
      trendValue(
        { services: 1, checkedPercent: 1, translatedPercent: { ar: 50, fa: 0 }, gaps: 0, differingRules: 0, upcomingDates: 0 },
        'translated',
      ),
    ).toBe(25);
  });

  it('is written in every locale, and mirrored on right-to-left pages', () => {
    for (const locale of localeCodes) {
      const p = page(locale);
      expect(
        p.sections.every((s) => !s.title.startsWith('metrics.')),
        locale,
      ).toBe(true);
      const bar = p.sections[0].chart.bars[0];
      expect(bar.x === 0, locale).toBe(!['ar', 'fa', 'ur'].includes(locale));
    }
    expect(page('ar').sections[0].title).toBe('تم التحقق منها ضمن مدة المراجعة');
  });

  it('says there is no snapshot yet when the history is empty', () => {
    const empty = metricsPage({ directory, locale: 'en', today, history: { snapshots: [] } });
    expect(empty.snapshotCount).toBe(0);
    expect(empty.trends[0].summary).toBe('No snapshot has been taken yet.');
  });
});

describe('the Greek strings waiting for a Greek site language (docs/i18n/el-suggest-metrics.json)', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
      : [prefix.slice(0, -1)];
  const greek = JSON.parse(fs.readFileSync(path.resolve('docs/i18n/el-suggest-metrics.json'), 'utf8')) as Record<string, unknown>;

  it('have every key of the English suggestion and dashboard strings, and no other', () => {
    expect(keys(greek).sort()).toEqual(keys({ suggest: uiStrings.en.suggest, metrics: uiStrings.en.metrics }).sort());
  });
});

describe('the dashboard’s sentences', () => {
  it('name no lowest or highest town when every town has the same figure', () => {
    const upcoming = metricsPage({ directory, locale: 'en', today: '2030-01-01', history }).sections.find((s) => s.id === 'upcoming')!;
    expect(upcoming.chart.bars.map((b) => b.value)).toEqual([0, 0]);
    expect(upcoming.summary).toBe('In all: 0.');
  });
});
