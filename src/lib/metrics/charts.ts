/**
 * The dashboard's charts as geometry, worked out at build time: horizontal bars (one per town,
 * language or topic, its label above it so long names fit a 320 px phone) and a line over the
 * history's snapshots. `src/components/MetricChart.astro` draws them as inline SVG; no script, no
 * chart service. Right-to-left pages get the mirror image: bars grow from the right, labels start
 * at the right, and time runs from right to left.
 *
 * Every mark keeps its number (`value`) so the page's figures can be checked against the CSV.
 */

/** The chart's coordinate width; the SVG scales to its box (viewBox). */
export const chartWidth = 320;

export interface ChartText {
  x: number;
  y: number;
  /** `start` or `end` of the text at x, in the SVG's left-to-right coordinates. */
  anchor: 'start' | 'end' | 'middle';
  text: string;
  kind: 'label' | 'value' | 'axis';
}

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The number the bar stands for, and what it is (a town slug, a locale, a topic). */
  value: number;
  key: string;
  /** A total or the network's bar, drawn apart from the others. */
  emphasis: boolean;
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  key: string;
}

export interface Chart {
  width: number;
  height: number;
  bars: ChartBar[];
  /** An SVG path (`M x y L …`) through `points`, for a line chart. */
  line?: string;
  points: ChartPoint[];
  /** Grid lines (horizontal, at the y of each axis label). */
  grid: { x1: number; x2: number; y: number }[];
  texts: ChartText[];
}

export interface BarInput {
  key: string;
  label: string;
  value: number;
  /** The value as the reader reads it ("75 %", "١٢"). */
  display: string;
  emphasis?: boolean;
}

const labelLine = 16;
const barHeight = 14;
const rowGap = 10;
const valueSpace = 48;

/**
 * Horizontal bars, one row each: the label on its own line, the bar under it, the value at the
 * bar's end. `max` is the scale's top (100 for percentages); by default the largest value.
 */
export function barChart(rows: readonly BarInput[], { dir, max }: { dir: 'ltr' | 'rtl'; max?: number }): Chart {
  const top = Math.max(max ?? 0, ...rows.map((r) => r.value), 1);
  const span = chartWidth - valueSpace;
  const mirror = (x: number, w = 0) => (dir === 'rtl' ? chartWidth - x - w : x);
  const bars: ChartBar[] = [];
  const texts: ChartText[] = [];
  rows.forEach((r, i) => {
    const y = i * (labelLine + barHeight + rowGap);
    const width = Math.round((Math.max(r.value, 0) / top) * span * 10) / 10;
    texts.push({ x: mirror(0), y: y + 12, anchor: dir === 'rtl' ? 'end' : 'start', text: r.label, kind: 'label' });
    bars.push({
      x: mirror(0, width),
      y: y + labelLine,
      width,
      height: barHeight,
      value: r.value,
      key: r.key,
      emphasis: r.emphasis ?? false,
    });
    texts.push({
      x: mirror(width + 4),
      y: y + labelLine + barHeight - 3,
      anchor: dir === 'rtl' ? 'end' : 'start',
      text: r.display,
      kind: 'value',
    });
  });
  const height = Math.max(rows.length * (labelLine + barHeight + rowGap) - rowGap, barHeight);
  return { width: chartWidth, height, bars, points: [], grid: [], texts };
}

export interface LineInput {
  /** The snapshot's date (YYYY-MM-DD), the point's key. */
  key: string;
  value: number;
}

const plotTop = 8;
const plotHeight = 96;
const axisSpace = 40;

/**
 * A line through the snapshots, oldest to newest (right to left on right-to-left pages), with the
 * scale's bottom and top written beside it and the first and last dates under it.
 * @param labels how to write a value and a date in the reader's language
 */
export function lineChart(
  points: readonly LineInput[],
  { dir, max, labels }: { dir: 'ltr' | 'rtl'; max?: number; labels: { value: (n: number) => string; date: (iso: string) => string } },
): Chart {
  const top = Math.max(max ?? 0, ...points.map((p) => p.value), 1);
  const left = axisSpace;
  const span = chartWidth - axisSpace - 8;
  const mirror = (x: number) => (dir === 'rtl' ? chartWidth - x : x);
  const xOf = (i: number) => mirror(left + (points.length === 1 ? span / 2 : (i / (points.length - 1)) * span));
  const yOf = (v: number) => Math.round((plotTop + plotHeight - (Math.max(v, 0) / top) * plotHeight) * 10) / 10;
  const placed = points.map((p, i) => ({ x: Math.round(xOf(i) * 10) / 10, y: yOf(p.value), value: p.value, key: p.key }));
  const line = placed.length > 1 ? placed.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ') : undefined;
  const axisX = mirror(left - 6);
  const anchor = dir === 'rtl' ? 'start' : 'end';
  const bottom = plotTop + plotHeight;
  const texts: ChartText[] = [
    { x: axisX, y: yOf(top) + 4, anchor, text: labels.value(top), kind: 'axis' },
    { x: axisX, y: bottom + 4, anchor, text: labels.value(0), kind: 'axis' },
  ];
  if (placed.length > 0) {
    const first = placed[0];
    const last = placed[placed.length - 1];
    const edge = (x: number, isFirst: boolean) => (placed.length === 1 ? 'middle' : isFirst === (dir === 'ltr') ? 'start' : 'end');
    texts.push({ x: first.x, y: bottom + 20, anchor: edge(first.x, true), text: labels.date(first.key), kind: 'axis' });
    if (placed.length > 1)
      texts.push({ x: last.x, y: bottom + 20, anchor: edge(last.x, false), text: labels.date(last.key), kind: 'axis' });
  }
  const grid = [yOf(top), bottom].map((y) => ({ x1: mirror(left), x2: mirror(left + span), y }));
  return { width: chartWidth, height: bottom + 26, bars: [], line, points: placed, grid, texts };
}
