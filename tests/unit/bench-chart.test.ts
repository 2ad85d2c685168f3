import { describe, expect, it } from 'vitest';
import { benchChart, tickStep } from '../../src/lib/build/bench-chart';

const rows = [
  { towns: 50, secondsPer1000: 5.1, peakMB: 1820, shardSecondsPer1000: 0.9, shardPeakMB: 700 },
  { towns: 5, secondsPer1000: 6.7, peakMB: 1021, shardSecondsPer1000: 2.5, shardPeakMB: 500 },
];

/** The polylines' point lists, in the order they are drawn. */
const lines = (svg: string) => [...svg.matchAll(/<polyline [^>]*points="([^"]*)"/g)].map((m) => m[1].split(' '));

describe('the benchmark chart', () => {
  it('draws both builds in both panels, one point per network size', () => {
    const svg = benchChart(rows, 'seed 1');
    expect(lines(svg).map((l) => l.length)).toEqual([2, 2, 2, 2]);
    expect(svg).toContain('Build time per 1,000 pages');
    expect(svg).toContain('Peak memory');
    expect(svg).toContain('slowest shard');
  });

  it('puts the smaller network left, whatever the rows’ order, and the slower build higher', () => {
    const [single, shard] = lines(benchChart(rows, ''));
    const xy = (p: string) => p.split(',').map(Number);
    expect(xy(single[0])[0]).toBeLessThan(xy(single[1])[0]);
    // SVG y grows downwards: 6.7 s (5 towns) is drawn above 2.5 s.
    expect(xy(single[0])[1]).toBeLessThan(xy(shard[0])[1]);
  });

  it('leaves out a size that has no shard figures instead of drawing it at zero', () => {
    const svg = benchChart([{ towns: 5, secondsPer1000: 6, peakMB: 900 }, ...rows.slice(0, 1)], '');
    expect(lines(svg).map((l) => l.length)).toEqual([2, 1, 2, 1]);
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('gives the same bytes for the same rows', () => {
    expect(benchChart(rows, 'x')).toBe(benchChart([...rows], 'x'));
  });

  it('writes a caption with markup in it as text', () => {
    const svg = benchChart(rows, '<script>alert(1)</script> & "x"');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    // Only the chart's own elements, one svg.
    expect(new Set([...svg.matchAll(/<(\w+)/g)].map((m) => m[1]))).toEqual(new Set(['svg', 'rect', 'text', 'line', 'polyline', 'circle']));
    expect(svg.match(/<svg /g)).toHaveLength(1);
  });

  it('chooses ticks of 1, 2 or 5 times a power of ten', () => {
    expect(tickStep(1820)).toBe(500);
    expect(tickStep(6.7)).toBe(2);
    expect(tickStep(200)).toBe(50);
    expect(tickStep(0)).toBe(1);
  });
});
