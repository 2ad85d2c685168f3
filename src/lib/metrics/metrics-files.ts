/**
 * The indicators for reuse: /data/metrics.json (the whole `NetworkMetrics`) and /data/metrics.csv,
 * one figure a line in long form (`scope,indicator,key,value`), so a spreadsheet can pivot it and
 * the dashboard's charts can be checked against it number by number (tests/build/metrics.test.ts).
 * Slugs, codes and numbers only: no names, so the file is the same in every language.
 */
import { csvField } from '../open-data/coverage';
import type { Figures, NetworkMetrics } from './metrics';

/** One line of the CSV: scope (`network` or a town's slug), indicator, key (topic, language, …), value. */
export interface MetricsRow {
  scope: string;
  indicator: string;
  key: string;
  value: string;
}

/** The CSV's indicators, in the order the file lists them within a scope. */
function figureRows(scope: string, f: Figures): MetricsRow[] {
  const row = (indicator: string, value: string | number, key = ''): MetricsRow => ({ scope, indicator, key, value: String(value) });
  return [
    row('services', f.services),
    row('checked', f.checked),
    row('checked_percent', f.checkedPercent),
    ...(f.oldestReviewed ? [row('oldest_reviewed', f.oldestReviewed)] : []),
    ...f.byTopic.map((t) => row('services_by_topic', t.count, t.category)),
    ...f.translations.map((t) => row('translated_percent', t.percent, t.locale)),
    row('gaps', f.gaps.length),
    ...(scope === 'network' ? [] : f.gaps.map((g) => row('gap', 1, g.category))),
    row('differing_rules', f.differingRules.length),
    ...(scope === 'network' ? [] : f.differingRules.map((r) => row('differing_rule', 1, `${r.category}/${r.rule}`))),
    row('upcoming_dates', f.upcomingDates),
  ];
}

/** Every figure as rows: the network's first, then each town's in the metrics' order. */
export function metricsRows(m: NetworkMetrics): MetricsRow[] {
  return [...figureRows('network', m.network), ...m.towns.flatMap((t) => figureRows(t.town, t))];
}

/** The CSV (RFC 4180, CRLF line ends), with the day and the review age as the first two rows. */
export function metricsCsv(m: NetworkMetrics): string {
  const rows: MetricsRow[] = [
    { scope: 'network', indicator: 'date', key: '', value: m.date },
    { scope: 'network', indicator: 'stale_after_days', key: '', value: String(m.staleAfterDays) },
    { scope: 'network', indicator: 'upcoming_days', key: '', value: String(m.upcomingDays) },
    ...metricsRows(m),
  ];
  const lines = [['scope', 'indicator', 'key', 'value'], ...rows.map((r) => [r.scope, r.indicator, r.key, r.value])];
  return `${lines.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The JSON file: the metrics as they are, keys in a fixed order. */
export function metricsJson(m: NetworkMetrics): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}

/** Reads the CSV back into rows (for tests and tools): the inverse of `metricsCsv` for its own output. */
export function parseMetricsCsv(text: string): MetricsRow[] {
  const lines = text.replace(/\r\n$/, '').split('\r\n').slice(1);
  return lines.map((line) => {
    const [scope, indicator, key, value] = line.split(',');
    return { scope, indicator, key, value };
  });
}
