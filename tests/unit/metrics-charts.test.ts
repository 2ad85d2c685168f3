import { describe, expect, it } from 'vitest';
import { barChart, chartWidth, lineChart } from '~/lib/metrics/charts';

const rows = [
  { key: 'network', label: 'All towns', value: 75, display: '75 %', emphasis: true },
  { key: 'alpha', label: 'Alpha', value: 100, display: '100 %' },
  { key: 'beta', label: 'Beta', value: 0, display: '0 %' },
];
const labels = { value: (n: number) => String(n), date: (iso: string) => iso };

describe('bar charts', () => {
  it('draw one bar per row, as long as its share of the scale, with its number kept', () => {
    const chart = barChart(rows, { dir: 'ltr', max: 100 });
    expect(chart.bars.map((b) => [b.key, b.value])).toEqual([
      ['network', 75],
      ['alpha', 100],
      ['beta', 0],
    ]);
    expect(chart.bars[1].width).toBeGreaterThan(chart.bars[0].width);
    expect(chart.bars[0].width / chart.bars[1].width).toBeCloseTo(0.75, 2);
    expect(chart.bars[2].width).toBe(0);
    expect(chart.bars.every((b) => b.x === 0 && b.x + b.width <= chartWidth)).toBe(true);
    expect(chart.bars[0].emphasis).toBe(true);
  });

  it('put each label on its own line above its bar, so long names fit a phone', () => {
    const chart = barChart(rows, { dir: 'ltr' });
    const label = chart.texts.filter((t) => t.kind === 'label');
    expect(label.map((t) => t.text)).toEqual(['All towns', 'Alpha', 'Beta']);
    label.forEach((t, i) => expect(t.y).toBeLessThan(chart.bars[i].y));
    expect(chart.height).toBeGreaterThanOrEqual(chart.bars[2].y + chart.bars[2].height);
  });

  it('are mirrored right to left: bars grow from the right edge, labels and values start there', () => {
    const ltr = barChart(rows, { dir: 'ltr', max: 100 });
    const rtl = barChart(rows, { dir: 'rtl', max: 100 });
    rtl.bars.forEach((b, i) => {
      expect(b.x + b.width).toBe(chartWidth);
      expect(b.width).toBe(ltr.bars[i].width);
    });
    expect(rtl.texts.filter((t) => t.kind === 'label').every((t) => t.x === chartWidth && t.anchor === 'end')).toBe(true);
    rtl.texts.forEach((t, i) => expect(t.x).toBeCloseTo(chartWidth - ltr.texts[i].x, 5));
  });
});

describe('line charts over the snapshots', () => {
  const points = [
    { key: '2026-09-01', value: 40 },
    { key: '2026-10-01', value: 60 },
    { key: '2026-11-01', value: 80 },
  ];

  it('run from the oldest snapshot to the newest, higher values higher up', () => {
    const chart = lineChart(points, { dir: 'ltr', max: 100, labels });
    expect(chart.points.map((p) => p.value)).toEqual([40, 60, 80]);
    expect(chart.points[0].x).toBeLessThan(chart.points[2].x);
    expect(chart.points[2].y).toBeLessThan(chart.points[0].y);
    expect(chart.line).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    expect(chart.texts.filter((t) => t.kind === 'axis').map((t) => t.text)).toEqual(['100', '0', '2026-09-01', '2026-11-01']);
  });

  it('run from right to left on right-to-left pages', () => {
    const ltr = lineChart(points, { dir: 'ltr', max: 100, labels });
    const rtl = lineChart(points, { dir: 'rtl', max: 100, labels });
    expect(rtl.points[0].x).toBeGreaterThan(rtl.points[2].x);
    rtl.points.forEach((p, i) => {
      expect(p.x).toBeCloseTo(chartWidth - ltr.points[i].x, 5);
      expect(p.y).toBe(ltr.points[i].y);
    });
  });

  it('draw a single snapshot as a point without a line, and none as an empty frame', () => {
    expect(lineChart(points.slice(0, 1), { dir: 'ltr', labels }).line).toBeUndefined();
    expect(lineChart(points.slice(0, 1), { dir: 'ltr', labels }).points).toHaveLength(1);
    expect(lineChart([], { dir: 'ltr', labels }).points).toEqual([]);
  });
});
