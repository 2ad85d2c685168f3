/**
 * The benchmark's chart (`npm run bench` writes it as .bench/build.svg beside its table): time per
 * 1,000 pages and peak memory against the network's size in towns, for the single-machine build
 * and the slowest shard of a sharded one, so a run shows at a glance whether cost per page stays
 * flat and how much sharding buys. Plain SVG, no library: two small line charts side by side.
 * Pure and deterministic (same rows, same bytes), so it can be unit-tested and compared.
 */

/** One network size of a bench run; a missing or non-finite value leaves the point out. */
export interface ChartRow {
  towns: number;
  /** Single build: seconds per 1,000 pages, and peak resident memory in MB. */
  secondsPer1000?: number;
  peakMB?: number;
  /** Slowest shard: its seconds per 1,000 pages of the whole network, and the largest shard peak in MB. */
  shardSecondsPer1000?: number;
  shardPeakMB?: number;
}

const width = 360;
const height = 240;
const margin = { left: 52, right: 16, top: 34, bottom: 40 };
const series = [
  { name: 'single build', colour: '#1f5fbf', dash: '' },
  { name: 'slowest shard', colour: '#c2410c', dash: ' stroke-dasharray="6 4"' },
] as const;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const finite = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** A "nice" tick step (1, 2 or 5 × 10^k) giving about `count` ticks up to `max`. */
export function tickStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}

function panel(x0: number, title: string, unit: string, points: [number | undefined, number | undefined][], towns: number[]): string {
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const values = points.flatMap(([a, b]) => [a, b]).filter(finite);
  const yStep = tickStep(Math.max(...values, 0) * 1.05);
  const yMax = yStep * Math.max(1, Math.ceil((Math.max(...values, 0) * 1.05) / yStep));
  const xMax = Math.max(...towns, 1);
  const xStep = tickStep(xMax);
  const xTop = xStep * Math.ceil(xMax / xStep);
  const x = (t: number) => x0 + margin.left + (t / xTop) * plotW;
  const y = (v: number) => margin.top + plotH - (v / yMax) * plotH;
  const parts = [
    `<text x="${x0 + margin.left}" y="20" font-weight="bold">${escape(title)}</text>`,
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(xTop)}" y2="${y(0)}" stroke="#444"/>`,
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(0)}" y2="${y(yMax)}" stroke="#444"/>`,
  ];
  for (let v = 0; v <= yMax + 1e-9; v += yStep)
    parts.push(
      `<line x1="${x(0)}" y1="${y(v).toFixed(1)}" x2="${x(xTop)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`,
      `<text x="${x(0) - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${fmt(v)}</text>`,
    );
  for (let t = 0; t <= xTop + 1e-9; t += xStep)
    parts.push(`<text x="${x(t).toFixed(1)}" y="${y(0) + 16}" text-anchor="middle">${fmt(t)}</text>`);
  parts.push(`<text x="${x0 + margin.left + plotW / 2}" y="${height - 6}" text-anchor="middle">towns</text>`);
  parts.push(`<text x="${x0 + 12}" y="${margin.top - 8}">${escape(unit)}</text>`);
  series.forEach((s, k) => {
    const line = towns.flatMap((t, i) => (finite(points[i][k]) ? [[x(t), y(points[i][k] as number)]] : []));
    if (!line.length) return;
    parts.push(
      `<polyline fill="none" stroke="${s.colour}" stroke-width="2"${s.dash} points="${line.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}"/>`,
      ...line.map(([a, b]) => `<circle cx="${a.toFixed(1)}" cy="${b.toFixed(1)}" r="3" fill="${s.colour}"/>`),
    );
  });
  return parts.join('\n');
}

/** The chart as an SVG document; `caption` (the run's settings) is written under the title. */
export function benchChart(rows: readonly ChartRow[], caption: string): string {
  const sorted = [...rows].sort((a, b) => a.towns - b.towns);
  const towns = sorted.map((r) => r.towns);
  const legend = series
    .map(
      (s, k) =>
        `<line x1="${16 + k * 150}" y1="${height + 20}" x2="${40 + k * 150}" y2="${height + 20}" stroke="${s.colour}" stroke-width="2"${s.dash}/><text x="${46 + k * 150}" y="${height + 24}">${s.name}</text>`,
    )
    .join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * width}" height="${height + 56}" viewBox="0 0 ${2 * width} ${height + 56}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    panel(
      0,
      'Build time per 1,000 pages',
      's',
      sorted.map((r) => [r.secondsPer1000, r.shardSecondsPer1000]),
      towns,
    ),
    panel(
      width,
      'Peak memory',
      'MB',
      sorted.map((r) => [r.peakMB, r.shardPeakMB]),
      towns,
    ),
    legend,
    `<text x="16" y="${height + 46}" fill="#555">${escape(caption)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
