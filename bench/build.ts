/**
 * Build benchmark on synthetic networks (bench/synthetic-network.ts), for issue #9 (scale):
 * for each size, generates the network, runs a real `astro build` in a child process (its own
 * --outDir and ASTRO_CACHE_DIR, fixed SOURCE_DATE_EPOCH) and reports pages, build seconds,
 * seconds per 1,000 pages, where the time goes (rendering pages, Pagefind, the rest), peak memory,
 * dist size, Pagefind index size and the largest locale's index. It then builds a bare Astro
 * project with the same number of trivial pages from one dynamic route (.bench/bare, this
 * repository's Astro: Astro's own cost per page) and reports how much slower Crossroads is.
 *
 *   npm run bench                                        # 5, 50 and 200 towns × 40 services, every locale, 50% translated
 *   npm run bench -- --towns 5,50 --services 40 --locales 10 --translated 0.5 --seed 1
 *   npm run bench -- --towns 5 --no-bare                 # skip the bare Astro comparison
 *   npm run bench -- --towns 50 --keep                   # keep .bench/net-50-dist afterwards
 *   npm run bench -- --towns 50 --heap 3072              # cap V8's heap as on a 4 GB machine
 *   npm run bench -- --towns 5 --shards 3                # each size also in 3 shards (default 10; 0: none)
 *   npm run bench -- --table                             # print the last run's table again
 *
 * With --shards n (n > 1), each size is also built as n shards (CROSSROADS_SHARD=i/n) one after
 * another, each timed and its peak memory measured like the single build, then merged
 * (npm run build:merge, timed): the table gives the slowest shard, what a machine of an n-way CI
 * matrix would take.
 *
 * Not a test: numbers depend on the machine. Prints a markdown table and writes .bench/build.json,
 * the table as .bench/build.md and a chart of it as .bench/build.svg (src/lib/build/bench-chart.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { benchChart } from '../src/lib/build/bench-chart.ts';
import { locales } from '../src/lib/i18n/locales.ts';

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, '.bench');
const astroBin = path.join(root, 'node_modules/.bin/astro');
const epoch = '1795392000'; // 2026-11-23T00:00:00Z, as the test builds

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const sizes = flag('towns', '5,50,200').split(',').map(Number);
const services = flag('services', '40');
const localeCount = flag('locales', String(locales.length));
const translated = flag('translated', '0.5');
const seed = flag('seed', '1');
const withBare = !args.includes('--no-bare');
const keep = args.includes('--keep');
// --heap 3072 caps V8's heap (MB) as a machine with 4 GB would: on a large machine V8 lets the heap
// grow to about 4 GB before collecting hard, so uncapped peak memory overstates what a build needs.
const heap = flag('heap', '');
const hasTime = fs.existsSync('/usr/bin/time');
const shardCount = Number(flag('shards', '10'));
if (!Number.isInteger(shardCount) || shardCount < 0 || shardCount > 1000) {
  console.error(`--shards ${flag('shards', '')}: expected a whole number of shards from 0 (none) to 1000`);
  process.exit(2);
}
const benchStarted = Date.now();
/** A progress line, with the minutes since the run started. */
const progress = (line: string) => console.log(`[${((Date.now() - benchStarted) / 60000).toFixed(1)} min] ${line}`);

interface Run {
  seconds: number;
  peakMB: number;
  status: number | null;
  output: string;
}

/** Runs a command, timing it and measuring the peak resident memory of the process tree's largest process. */
function measure(cmd: string, cmdArgs: string[], env: Record<string, string>, cwd = root): Run {
  const started = process.hrtime.bigint();
  const full = hasTime
    ? ['/usr/bin/time', ['-v', cmd, ...cmdArgs]]
    : [process.execPath, [path.join(root, 'bench/max-rss.mjs'), cmd, ...cmdArgs]];
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
const mb = (n: number) => (n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GB` : `${(n / 1024 / 1024).toFixed(1)} MB`);
const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;

/** A bare Astro project: one dynamic route giving `pages` trivial pages. */
function bareProject(pages: number): string {
  const dir = path.join(benchDir, 'bare');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  fs.writeFileSync(
    path.join(dir, 'src/pages/[page].astro'),
    `---\nexport const getStaticPaths = () => Array.from({ length: ${pages} }, (_, i) => ({ params: { page: \`p\${i}\` } }));\nconst { page } = Astro.params;\n---\n<html lang="en"><head><meta charset="utf-8"><title>Page {page}</title></head><body><h1>Page {page}</h1></body></html>\n`,
  );
  return dir;
}

/** Seconds from Astro's "✓ Completed in 14.11s." ("950ms", "3m 47s") after "generating static routes". */
function renderSeconds(output: string): number {
  const m = /generating static routes[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(output);
  return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : NaN;
}
/**
 * The heaviest content page type in the size report the build prints (HTML+CSS gzip), e.g.
 * "31.2 KB /[locale]/categories/*\/": the pages that grow with the network. The referral sheet is
 * a print page, outside the content budget, as in the budget test.
 */
function heaviestPage(output: string): string {
  const rows = [...output.matchAll(/^(\/\S*)\s+\d+\s+[\d.]+ KB\s+[\d.]+ KB\s+([\d.]+) KB/gm)]
    .map((m) => ({ type: m[1], kb: Number(m[2]) }))
    .filter((r) => !r.type.endsWith('/sheet/') && r.type !== '/sheets/*/');
  const top = rows.sort((a, b) => b.kb - a.kb)[0];
  return top ? `${top.kb.toFixed(1)} KB ${top.type}` : '–';
}
/**
 * The largest of the English data files the finder and My list fetch (gzip), with its path: the
 * finder's index, a town's services, the network-wide services, or one of My list's files.
 */
function largestDataFile(outDir: string): string {
  const files = [
    'en/finder.json',
    'en/finder/network-wide.json',
    ...['en/finder/towns', 'en/my-list'].flatMap((dir) =>
      fs.existsSync(path.join(outDir, dir))
        ? fs
            .readdirSync(path.join(outDir, dir))
            .filter((f) => f.endsWith('.json'))
            .map((f) => `${dir}/${f}`)
        : [],
    ),
  ].filter((f) => fs.existsSync(path.join(outDir, f)));
  const sized = files
    .map((f) => ({ f, bytes: zlib.gzipSync(fs.readFileSync(path.join(outDir, f))).length }))
    .sort((a, b) => b.bytes - a.bytes);
  return sized[0] ? `${Math.round(sized[0].bytes / 1024)} KB /${sized[0].f.replace(/\/(towns|my-list)\/[^/]+\.json$/, '/$1/*.json')}` : '–';
}
const pagefindSeconds = (output: string) => Number(/Pagefind read .* pages in ([\d.]+) s/.exec(output)?.[1] ?? NaN);

// --table reprints the table of the last run (.bench/build.json) without building.
const reprint = args.includes('--table');
const rows: Record<string, unknown>[] = reprint ? JSON.parse(fs.readFileSync(path.join(benchDir, 'build.json'), 'utf8')) : [];
for (const towns of reprint ? [] : sizes) {
  const name = `net-${towns}`;
  const content = path.join(benchDir, name);
  const outDir = path.join(benchDir, `${name}-dist`);
  progress(`Generating ${towns} towns × ${services} services …`);
  const gen = spawnSync(
    process.execPath,
    [
      path.join(root, 'scripts/run.mjs'),
      'scripts/generate-network.ts',
      '--towns',
      String(towns),
      '--services',
      services,
      '--locales',
      localeCount,
      '--translated',
      translated,
      '--seed',
      seed,
      '--out',
      content,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (gen.status !== 0) {
    console.error(gen.stdout, gen.stderr);
    process.exit(1);
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(`${outDir}.cache`, { recursive: true, force: true });
  progress(`Building ${name} …`);
  const run = measure(astroBin, ['build', '--outDir', outDir], {
    CROSSROADS_CONTENT: content,
    ASTRO_CACHE_DIR: `${outDir}.cache`,
    ...(heap ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heap}`.trim() } : {}),
  });
  if (run.status !== 0) {
    // A size that fails (out of memory, say) is reported in the table; the smaller ones still count.
    console.error(run.output.slice(-4000));
    const reason = /heap out of memory/i.test(run.output) ? 'out of memory' : `exit ${run.status}`;
    rows.push({
      towns,
      services: towns * Number(services),
      error: `failed after ${run.seconds.toFixed(0)} s (${reason}, peak ${Math.round(run.peakMB)} MB)`,
    });
    continue;
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
    renderSeconds: renderSeconds(run.output),
    pagefindSeconds: pagefindSeconds(run.output),
    heaviestPage: heaviestPage(run.output),
    largestData: largestDataFile(outDir),
  };
  progress(`${name}: ${pages.toLocaleString('en')} pages in ${run.seconds.toFixed(1)} s, peak ${Math.round(run.peakMB)} MB`);
  if (shardCount > 1) {
    // The shards one after another, as n machines would build them at once; the single build's
    // output is let go first, so the shards and their merge have the disk to themselves.
    if (!keep) fs.rmSync(outDir, { recursive: true, force: true });
    const shardDirs: string[] = [];
    let slowest: { shard: number; seconds: number; pages: number } | undefined;
    let shardPeakMB = 0;
    for (let i = 1; i <= shardCount; i++) {
      const shardDir = path.join(benchDir, `${name}-shard-${i}`);
      fs.rmSync(shardDir, { recursive: true, force: true });
      fs.rmSync(`${shardDir}.cache`, { recursive: true, force: true });
      progress(`Building ${name}, shard ${i}/${shardCount} …`);
      const shardRun = measure(astroBin, ['build', '--outDir', shardDir], {
        CROSSROADS_CONTENT: content,
        CROSSROADS_SHARD: `${i}/${shardCount}`,
        ASTRO_CACHE_DIR: `${shardDir}.cache`,
        ...(heap ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heap}`.trim() } : {}),
      });
      if (shardRun.status !== 0) {
        console.error(shardRun.output.slice(-4000));
        process.exit(1);
      }
      const shardPages = countPages(shardDir);
      progress(
        `  shard ${i}/${shardCount}: ${shardPages.toLocaleString('en')} pages in ${shardRun.seconds.toFixed(1)} s, peak ${Math.round(shardRun.peakMB)} MB`,
      );
      shardDirs.push(shardDir);
      shardPeakMB = Math.max(shardPeakMB, shardRun.peakMB);
      if (!slowest || shardRun.seconds > slowest.seconds) slowest = { shard: i, seconds: shardRun.seconds, pages: shardPages };
      fs.rmSync(`${shardDir}.cache`, { recursive: true, force: true });
    }
    const mergedDir = path.join(benchDir, `${name}-merged`);
    progress(`Merging ${shardCount} shards …`);
    const mergeRun = measure(
      process.execPath,
      [path.join(root, 'scripts/run.mjs'), 'scripts/build-merge.ts', ...shardDirs, '--out', mergedDir],
      {},
    );
    if (mergeRun.status !== 0) {
      console.error(mergeRun.output.slice(-4000));
      process.exit(1);
    }
    progress(`  merged in ${mergeRun.seconds.toFixed(1)} s (${countPages(mergedDir).toLocaleString('en')} pages)`);
    Object.assign(row, {
      shards: shardCount,
      slowestShard: slowest?.shard,
      slowestShardSeconds: slowest?.seconds,
      slowestShardPages: slowest?.pages,
      shardSecondsPer1000: slowest ? (slowest.seconds / pages) * 1000 : NaN,
      shardPeakMB,
      mergeSeconds: mergeRun.seconds,
      mergePeakMB: mergeRun.peakMB,
    });
    if (!keep) for (const dir of [...shardDirs, mergedDir]) fs.rmSync(dir, { recursive: true, force: true });
  }
  if (withBare) {
    const bare = bareProject(pages);
    const bareOut = path.join(benchDir, 'bare-dist');
    fs.rmSync(bareOut, { recursive: true, force: true });
    progress(`Building a bare Astro project with ${pages} pages …`);
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
  // Large networks take gigabytes; --keep leaves them for a look (or bench:search -- --site DIR).
  if (!keep)
    for (const dir of [outDir, `${outDir}.cache`, path.join(benchDir, 'bare-dist'), path.join(benchDir, 'bare-dist.cache')])
      fs.rmSync(dir, { recursive: true, force: true });
}

const n = (x: unknown, d = 1) => (typeof x === 'number' && !Number.isNaN(x) ? x.toFixed(d) : '–');
const largest = (perLocale: Record<string, number>) => {
  const [locale, bytes] = Object.entries(perLocale).sort((a, b) => b[1] - a[1])[0] ?? ['–', 0];
  return `${kb(bytes)} (${locale})`;
};
const lines = [
  `Synthetic network: ${services} services per town, ${localeCount} locales, ${Number(translated) * 100}% translated, seed ${seed}${heap ? `, V8 heap capped at ${heap} MB` : ''}.`,
  '',
  '| towns | services | pages | build s | s / 1,000 pages | render s | Pagefind s | other s | peak memory | dist | Pagefind index | largest locale index | largest finder or My list file (en, gzip) | heaviest page type (HTML+CSS gzip) | bare Astro s | × bare | shards | slowest shard s (pages) | shard peak memory | merge s |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => {
    if (r.error) return `| ${r.towns} | ${r.services} | ${r.error} |||||||||||||`;
    const seconds = r.seconds as number;
    const other = seconds - (r.renderSeconds as number) - (r.pagefindSeconds as number);
    return `| ${r.towns} | ${(r.services as number).toLocaleString('en')} | ${(r.pages as number).toLocaleString('en')} | ${n(seconds)} | ${n(r.secondsPer1000)} | ${n(r.renderSeconds)} | ${n(r.pagefindSeconds)} | ${n(other)} | ${Math.round(r.peakMB as number).toLocaleString('en')} MB | ${mb(r.distBytes as number)} | ${mb(r.pagefindBytes as number)} | ${largest(r.searchBytesPerLocale as Record<string, number>)} | ${r.largestData ?? `${r.finderJson} /en/finder.json`} | ${r.heaviestPage} | ${n(r.bareSeconds)} | ${n(r.ratio)} | ${r.shards ?? '–'} | ${r.shards ? `${n(r.slowestShardSeconds)} (${(r.slowestShardPages as number).toLocaleString('en')})` : '–'} | ${r.shards ? `${Math.round(r.shardPeakMB as number).toLocaleString('en')} MB` : '–'} | ${n(r.mergeSeconds)} |`;
  }),
];
console.log(`\n${lines.join('\n')}\n`);
fs.writeFileSync(path.join(benchDir, 'build.json'), JSON.stringify(rows, null, 2));
fs.writeFileSync(path.join(benchDir, 'build.md'), `${lines.join('\n')}\n`);
const num = (x: unknown) => (typeof x === 'number' ? x : undefined);
fs.writeFileSync(
  path.join(benchDir, 'build.svg'),
  benchChart(
    rows
      .filter((r) => !r.error)
      .map((r) => ({
        towns: r.towns as number,
        secondsPer1000: num(r.secondsPer1000),
        peakMB: num(r.peakMB),
        shardSecondsPer1000: num(r.shardSecondsPer1000),
        shardPeakMB: num(r.shardPeakMB),
      })),
    `${lines[0]}${rows.some((r) => r.shards) ? ` Slowest of ${rows.find((r) => r.shards)?.shards} shards: its seconds per 1,000 pages of the network.` : ''}`,
  ),
);
console.log(`Table and chart: ${path.join(benchDir, 'build.md')}, ${path.join(benchDir, 'build.svg')}`);
