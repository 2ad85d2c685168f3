/**
 * Build benchmark on synthetic networks (src/lib/synthetic-network.ts), for issue #9 (scale):
 * for each size, generates the network, runs a real `astro build` in a child process (its own
 * --outDir and ASTRO_CACHE_DIR, fixed SOURCE_DATE_EPOCH) and reports pages, build seconds,
 * seconds per 1,000 pages, peak memory, dist size, Pagefind index size and search bytes per
 * locale. It then builds a bare Astro project with the same number of trivial pages
 * (.bench/bare, this repository's Astro) and reports how much slower Crossroads is.
 *
 *   npm run bench:build                                  # 5 and 20 towns × 40 services, 8 locales, 50% translated
 *   npm run bench:build -- --towns 5,20 --services 40 --locales 8 --translated 0.5 --seed 1
 *   npm run bench:build -- --towns 5 --no-bare           # skip the bare Astro comparison
 *
 * Not a test: numbers depend on the machine. Prints a markdown table and writes .bench/build.json.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, '.bench');
const astroBin = path.join(root, 'node_modules/.bin/astro');
const epoch = '1795392000'; // 2026-11-23T00:00:00Z, as the test builds

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const sizes = flag('towns', '5,20').split(',').map(Number);
const services = flag('services', '40');
const localeCount = flag('locales', '8');
const translated = flag('translated', '0.5');
const seed = flag('seed', '1');
const withBare = !args.includes('--no-bare');
const hasTime = fs.existsSync('/usr/bin/time');

interface Run {
  seconds: number;
  peakMB: number;
  status: number | null;
  output: string;
}

/** Runs a command, timing it and measuring the peak resident memory of the process tree's largest process. */
function measure(cmd: string, cmdArgs: string[], env: Record<string, string>, cwd = root): Run {
  const started = process.hrtime.bigint();
  const full = hasTime ? ['/usr/bin/time', ['-v', cmd, ...cmdArgs]] : [process.execPath, [path.join(root, 'bench/max-rss.mjs'), cmd, ...cmdArgs]];
  const result = spawnSync(full[0] as string, full[1] as string[], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', SOURCE_DATE_EPOCH: epoch, ...env },
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const output = `${result.stdout}\n${result.stderr}`;
  const kb = hasTime
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? NaN)
    : Number(/max-rss-kb: (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  return { seconds, peakMB: kb / 1024, status: result.status, output };
}

function dirBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const stat = fs.statSync(path.join(dir, f));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}
const countPages = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${Math.round(n / 1024)} KB`;

function bareProject(pages: number): string {
  const dir = path.join(benchDir, 'bare');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  for (let i = 0; i < pages; i++) {
    fs.writeFileSync(
      path.join(dir, 'src/pages', `p${i}.astro`),
      `---\nconst n = ${i};\n---\n<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>\n`,
    );
  }
  return dir;
}

const rows: Record<string, unknown>[] = [];
for (const towns of sizes) {
  const name = `net-${towns}`;
  const content = path.join(benchDir, name);
  const outDir = path.join(benchDir, `${name}-dist`);
  console.log(`Generating ${towns} towns × ${services} services …`);
  const gen = spawnSync(process.execPath, [path.join(root, 'scripts/run.mjs'), 'scripts/generate-network.ts', '--towns', String(towns), '--services', services, '--locales', localeCount, '--translated', translated, '--seed', seed, '--out', content], { cwd: root, encoding: 'utf8' });
  if (gen.status !== 0) {
    console.error(gen.stdout, gen.stderr);
    process.exit(1);
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(`${outDir}.cache`, { recursive: true, force: true });
  console.log(`Building ${name} …`);
  const run = measure(astroBin, ['build', '--outDir', outDir], { CROSSROADS_CONTENT: content, ASTRO_CACHE_DIR: `${outDir}.cache` });
  if (run.status !== 0) {
    console.error(run.output.slice(-4000));
    process.exit(1);
  }
  const pages = countPages(outDir);
  const pagefind = path.join(outDir, 'pagefind');
  const perLocale = Object.fromEntries(
    (fs.existsSync(pagefind) ? fs.readdirSync(pagefind) : [])
      .filter((d) => fs.statSync(path.join(pagefind, d)).isDirectory())
      .sort()
      .map((d) => [d, dirBytes(path.join(pagefind, d))]),
  );
  const row: Record<string, unknown> = {
    towns,
    services: towns * Number(services),
    pages,
    seconds: run.seconds,
    secondsPer1000: (run.seconds / pages) * 1000,
    peakMB: run.peakMB,
    distBytes: dirBytes(outDir),
    pagefindBytes: dirBytes(pagefind),
    searchBytesPerLocale: perLocale,
  };
  if (withBare) {
    const bare = bareProject(pages);
    const bareOut = path.join(benchDir, 'bare-dist');
    fs.rmSync(bareOut, { recursive: true, force: true });
    console.log(`Building a bare Astro project with ${pages} pages …`);
    const bareRun = measure(astroBin, ['build', '--root', bare, '--outDir', bareOut], { ASTRO_CACHE_DIR: `${bareOut}.cache` });
    if (bareRun.status !== 0) {
      console.error(bareRun.output.slice(-4000));
      process.exit(1);
    }
    row.bareSeconds = bareRun.seconds;
    row.barePages = countPages(bareOut);
    row.ratio = run.seconds / bareRun.seconds;
  }
  rows.push(row);
  console.log(JSON.stringify(row));
}

const n = (x: unknown, d = 1) => (typeof x === 'number' ? x.toFixed(d) : '–');
const lines = [
  `Synthetic network: ${services} services per town, ${localeCount} locales, ${Number(translated) * 100}% translated, seed ${seed}.`,
  '',
  '| towns | services | pages | build s | s / 1,000 pages | peak memory | dist | Pagefind index | search bytes per locale | bare Astro s | × bare |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.towns} | ${r.services} | ${r.pages} | ${n(r.seconds)} | ${n(r.secondsPer1000)} | ${Math.round(r.peakMB as number)} MB | ${mb(r.distBytes as number)} | ${mb(r.pagefindBytes as number)} | ${Object.entries(r.searchBytesPerLocale as Record<string, number>).map(([l, b]) => `${l} ${kb(b)}`).join(', ')} | ${n(r.bareSeconds)} | ${n(r.ratio)} |`,
  ),
];
console.log(`\n${lines.join('\n')}\n`);
fs.writeFileSync(path.join(benchDir, 'build.json'), JSON.stringify(rows, null, 2));
