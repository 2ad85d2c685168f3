/**
 * The coordinators' dashboard (/<locale>/overview/metrics/) as a view model: one section per
 * indicator of src/lib/metrics/metrics.ts, each with its chart (geometry from charts.ts), a
 * sentence that says what the chart shows (its text alternative) and its table; then each
 * indicator's trend over the history's snapshots. Names and numbers are in the reader's language;
 * the charts' marks keep the raw numbers the CSV has. The route only renders it
 * (tests/unit/metrics-page.test.ts).
 */
import { sortByName } from '../content/directory';
import { formatDate, formatList, formatNumber, languageName } from '../dates/format';
import { getT } from '../i18n/i18next';
import { getLocale, type LocaleCode } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { barChart, lineChart, type BarInput, type Chart } from '../metrics/charts';
import { readHistory, type MetricsHistory, type SnapshotFigures } from '../metrics/history';
import { contentDir } from '../content/source';
import { networkMetrics, upcomingUntil, type TownFigures } from '../metrics/metrics';
import { paths } from '../routing/routes';
import type { PageContext } from './open-page';

export interface MetricsTable {
  caption: string;
  columns: string[];
  /** One row per town, language or date: its heading cell and the others. */
  rows: { header: string; cells: string[] }[];
}

export interface MetricsSection {
  id: string;
  title: string;
  intro: string;
  /** What the chart shows, in a sentence or two: its text alternative. */
  summary: string;
  chart: Chart;
  table: MetricsTable;
}

export type MetricsPageInput = Pick<PageContext, 'directory' | 'locale' | 'today'> & {
  /** The snapshots to draw trends from; by default the content folder's (metrics-history.yml). */
  history?: MetricsHistory;
};

let built: MetricsHistory | undefined;
/** The build's history, read once (every locale's page draws the same). */
function buildHistory(): MetricsHistory {
  return (built ??= readHistory(contentDir()));
}

const cachedFormats = new Map<string, Intl.NumberFormat>();
function unitFormat(locale: LocaleCode, style: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(style)}`;
  let f = cachedFormats.get(key);
  if (!f) cachedFormats.set(key, (f = new Intl.NumberFormat(getLocale(locale).tag, style)));
  return f;
}

/** The headline figures a trend is drawn for, in the order the page shows them. */
const trendIndicators = ['checked', 'translated', 'gaps', 'rules', 'upcoming', 'services'] as const;
type TrendIndicator = (typeof trendIndicators)[number];

/** One indicator's value in a snapshot; "translated" is the mean over the languages. */
export function trendValue(f: SnapshotFigures, indicator: TrendIndicator): number {
  switch (indicator) {
    case 'checked':
      return f.checkedPercent;
    case 'translated': {
      const shares = Object.values(f.translatedPercent).filter((x): x is number => x !== undefined);
      return shares.length === 0 ? 100 : Math.round(shares.reduce((a, b) => a + b, 0) / shares.length);
    }
    case 'gaps':
      return f.gaps;
    case 'rules':
      return f.differingRules;
    case 'upcoming':
      return f.upcomingDates;
    case 'services':
      return f.services;
  }
}

const isPercent = (indicator: TrendIndicator) => indicator === 'checked' || indicator === 'translated';

/** The dashboard's view model. */
export function metricsPage({ directory: d, locale, today, history = buildHistory() }: MetricsPageInput) {
  const t = getT(locale);
  const dir = getLocale(locale).dir;
  const m = networkMetrics(d, today);
  const num = (n: number) => formatNumber(n, locale);
  const pct = (n: number) => unitFormat(locale, { style: 'percent' }).format(n / 100);
  const days = (n: number) => unitFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(n);
  const date = (iso: string) => formatDate(iso, locale);
  const network = t('metrics.network');
  const townName = (slug: string) => d.townName(slug, locale);
  const categoryName = (slug: string) => localize(d.category(slug).text, locale).value.name;
  // Towns as the overview lists them: by name in the reader's language.
  const order = sortByName(d.towns, locale).map((x) => x.slug);
  const towns = order.map((slug) => m.towns.find((x) => x.town === slug)).filter((x): x is TownFigures => x !== undefined);
  const townBars = (value: (f: TownFigures) => number, display: (n: number) => string): BarInput[] =>
    towns.map((f) => ({ key: f.town, label: townName(f.town), value: value(f), display: display(value(f)) }));
  /** The town with the most (or least) of something, first by name on a tie; none when every town has the same. */
  const extreme = (value: (f: TownFigures) => number, least = false) =>
    new Set(towns.map(value)).size < 2
      ? undefined
      : towns.reduce<TownFigures | undefined>(
          (best, f) => (!best || (least ? value(f) < value(best) : value(f) > value(best)) ? f : best),
          undefined,
        );

  const checked: MetricsSection = (() => {
    const lowest = extreme((f) => f.checkedPercent, true);
    const reviewed = towns.flatMap((f) => (f.oldestReviewed ? [{ town: f.town, date: f.oldestReviewed }] : []));
    const oldest = reviewed.sort((a, b) => a.date.localeCompare(b.date))[0];
    return {
      id: 'checked',
      title: t('metrics.checked.title'),
      intro: t('metrics.checked.intro', { age: days(m.staleAfterDays) }),
      summary: [
        t('metrics.checked.summary', { share: pct(m.network.checkedPercent), count: num(m.network.services) }),
        lowest ? t('metrics.lowest', { name: townName(lowest.town), value: pct(lowest.checkedPercent) }) : '',
        oldest ? t('metrics.checked.oldest', { town: townName(oldest.town), date: date(oldest.date) }) : '',
      ]
        .filter(Boolean)
        .join(' '),
      chart: barChart(
        [
          { key: 'network', label: network, value: m.network.checkedPercent, display: pct(m.network.checkedPercent), emphasis: true },
          ...townBars((f) => f.checkedPercent, pct),
        ],
        { dir, max: 100 },
      ),
      table: {
        caption: t('metrics.checked.title'),
        columns: [
          t('metrics.town'),
          t('metrics.services'),
          t('metrics.checked.inTime'),
          t('metrics.share'),
          t('metrics.checked.oldestColumn'),
        ],
        rows: [{ town: network, f: m.network }, ...towns.map((f) => ({ town: townName(f.town), f }))].map(({ town, f }) => ({
          header: town,
          cells: [num(f.services), num(f.checked), pct(f.checkedPercent), f.oldestReviewed ? date(f.oldestReviewed) : '–'],
        })),
      },
    };
  })();

  const translated: MetricsSection = (() => {
    const languages = m.network.translations.map((x) => ({ ...x, name: languageName(x.locale, locale) }));
    const sorted = [...languages].sort((a, b) => a.percent - b.percent || a.name.localeCompare(b.name));
    const least = sorted[0];
    const most = sorted[sorted.length - 1];
    return {
      id: 'translated',
      title: t('metrics.translated.title'),
      intro: t('metrics.translated.intro'),
      summary: least
        ? `${t('metrics.lowest', { name: least.name, value: pct(least.percent) })} ${t('metrics.highest', { name: most.name, value: pct(most.percent) })}`
        : '',
      chart: barChart(
        languages.map((x) => ({ key: x.locale, label: x.name, value: x.percent, display: pct(x.percent) })),
        { dir, max: 100 },
      ),
      table: {
        caption: t('metrics.translated.caption'),
        columns: [t('metrics.language'), network, ...towns.map((f) => townName(f.town))],
        rows: languages.map((x) => ({
          header: x.name,
          cells: [pct(x.percent), ...towns.map((f) => pct(f.translations.find((y) => y.locale === x.locale)?.percent ?? 100))],
        })),
      },
    };
  })();

  const topics: MetricsSection = (() => {
    const rows = m.network.byTopic.map((x) => ({
      key: x.category,
      label: categoryName(x.category),
      value: x.count,
      display: num(x.count),
    }));
    const most = [...rows].sort((a, b) => b.value - a.value)[0];
    const fewest = [...rows].sort((a, b) => a.value - b.value)[0];
    return {
      id: 'topics',
      title: t('metrics.topics.title'),
      intro: t('metrics.topics.intro'),
      summary: most
        ? `${t('metrics.highest', { name: most.label, value: most.display })} ${t('metrics.lowest', { name: fewest.label, value: fewest.display })}`
        : '',
      chart: barChart(rows, { dir }),
      table: {
        caption: t('metrics.topics.title'),
        columns: [t('metrics.topic'), network, ...towns.map((f) => townName(f.town))],
        rows: m.network.byTopic.map((x) => ({
          header: categoryName(x.category),
          cells: [num(x.count), ...towns.map((f) => num(f.byTopic.find((y) => y.category === x.category)?.count ?? 0))],
        })),
      },
    };
  })();

  /** A section of one count per town, with the total, the town with the most, and maybe a details column. */
  const perTown = (
    id: 'gaps' | 'rules' | 'upcoming',
    count: (f: TownFigures) => number,
    intro: string,
    details?: { column: string; cell: (f: TownFigures) => string },
  ): MetricsSection => {
    const most = extreme(count);
    // Dates of joint entries count once in the network, so its total is its own.
    const total = id === 'upcoming' ? m.network.upcomingDates : towns.reduce((n, f) => n + count(f), 0);
    return {
      id,
      title: t(`metrics.${id}.title`),
      intro,
      summary: [
        t('metrics.total', { value: num(total) }),
        most && count(most) > 0 ? t('metrics.highest', { name: townName(most.town), value: num(count(most)) }) : '',
      ]
        .filter(Boolean)
        .join(' '),
      chart: barChart(townBars(count, num), { dir }),
      table: {
        caption: t(`metrics.${id}.title`),
        columns: [t('metrics.town'), t(`metrics.${id}.count`), ...(details ? [details.column] : [])],
        rows: towns.map((f) => ({ header: townName(f.town), cells: [num(count(f)), ...(details ? [details.cell(f)] : [])] })),
      },
    };
  };

  const ruleName = (rule: string) =>
    rule.startsWith('document:') ? t(`document.${rule.slice('document:'.length)}`) : t(`overview.row.${rule}`);
  const gaps = perTown('gaps', (f) => f.gaps.length, t('metrics.gaps.intro'), {
    column: t('metrics.topics.column'),
    cell: (f) =>
      f.gaps.length === 0
        ? '–'
        : formatList(
            f.gaps.map((g) => categoryName(g.category)),
            locale,
          ),
  });
  const rules = perTown('rules', (f) => f.differingRules.length, t('metrics.rules.intro'), {
    column: t('metrics.rules.where'),
    cell: (f) => {
      const byTopic = [...new Set(f.differingRules.map((r) => r.category))];
      if (byTopic.length === 0) return '–';
      const named = (c: string) =>
        formatList(
          f.differingRules.filter((r) => r.category === c).map((r) => ruleName(r.rule)),
          locale,
        );
      return byTopic.map((c) => `${categoryName(c)}: ${named(c)}`).join('; ');
    },
  });
  const upcoming = perTown(
    'upcoming',
    (f) => f.upcomingDates,
    t('metrics.upcoming.intro', { from: date(m.date), to: date(upcomingUntil(m)) }),
  );

  const snapshots = history.snapshots;
  const trends = trendIndicators.map((indicator) => {
    const points = snapshots.map((s) => ({ key: s.date, value: trendValue(s.network, indicator) }));
    const show = (n: number) => (isPercent(indicator) ? pct(n) : num(n));
    const title = t(`metrics.trend.${indicator}`);
    const first = points[0];
    const last = points[points.length - 1];
    return {
      id: `trend-${indicator}`,
      title,
      summary:
        first && last
          ? t('metrics.trend.summary', {
              first: show(first.value),
              firstDate: date(first.key),
              last: show(last.value),
              lastDate: date(last.key),
            })
          : t('metrics.trend.none'),
      chart: lineChart(points, { dir, max: isPercent(indicator) ? 100 : undefined, labels: { value: show, date } }),
      table: {
        caption: title,
        columns: [t('metrics.trend.date'), network],
        rows: points.map((p) => ({ header: date(p.key), cells: [show(p.value)] })),
      },
    };
  });
  const byTown: MetricsTable = {
    caption: t('metrics.trend.byTown'),
    columns: [t('metrics.town'), ...snapshots.map((s) => date(s.date))],
    rows: order.map((slug) => ({
      header: townName(slug),
      cells: snapshots.map((s) => (s.towns[slug] ? pct(s.towns[slug].checkedPercent) : '–')),
    })),
  };

  return {
    t,
    metrics: m,
    date: date(m.date),
    sections: [checked, translated, topics, gaps, rules, upcoming],
    trends,
    byTown,
    snapshotCount: snapshots.length,
    overviewHref: paths.overview(locale),
  };
}

export type MetricsPage = ReturnType<typeof metricsPage>;
