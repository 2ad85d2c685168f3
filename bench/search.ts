/**
 * Search benchmark on the sample network, in headless Chromium at phone size (360×800):
 * - bytes fetched for the first search: everything requested from the first keystroke until
 *   the results are on screen (Pagefind's script, WebAssembly, index and result fragments),
 *   raw and as a static host sends it (text files gzip-compressed; Pagefind's binary files are
 *   already compressed and go as they are);
 * - time from keystroke to rendered results: for each query, the last character is typed and the
 *   clock runs from its input event to the first frame after the results for the full query render.
 *   Reported as the median over the warm queries, plus the first (cold) search on its own, timed
 *   from the moment its word is entered. The search files the page fetched before that keystroke
 *   (Pagefind's script, WebAssembly and index entry, the vocabulary: the island loads them when the
 *   page is idle) count toward the first search's bytes too;
 * - on an emulated slow 4G link (Chromium's Network.emulateNetworkConditions with Lighthouse's
 *   figures: 562.5 ms round trip, 1.47 Mbit/s down, 675 kbit/s up; the site served gzip-compressed
 *   as a static host sends it), from a cold cache: the time from opening /<locale>/search/ until
 *   the field accepts typing (the island hydrated), and the time from typing the first word until
 *   its results are on screen, the word typed at once and 1.5 s after the field is usable.
 *
 *   npm run bench:search              # builds into .bench/site, then measures
 *   npm run bench:search -- --no-build  # reuses .bench/site
 *   npm run bench:search -- --site .bench/net-50-dist   # a built synthetic network (npm run bench -- --keep);
 *                                     # queries are words from its service names (finder.json)
 *   npm run bench:search -- --relevance [--no-build] [--site DIR]
 *                                     # relevance: the queries of bench/search-queries.json typed into
 *                                     # /<locale>/search/, success@3 and MRR per locale
 *
 * Not a test: numbers depend on the machine. Results are printed and written to .bench/search.json.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildSite, root } from '../tests/helpers/build.ts';
import { launchBrowser, serveStatic } from '../tests/helpers/browser.ts';
import { searchQueryString } from '../src/lib/search/search.ts';

const keyOf = (q: string) => searchQueryString({ q, filters: {} });
const relevance = process.argv.includes('--relevance');
/** `--trace`: print each slow-link visit's file timeline, to see where its time goes. */
const trace = process.argv.includes('--trace');

const siteFlag = process.argv.indexOf('--site');
const givenSite = siteFlag > 0 ? path.resolve(process.argv[siteFlag + 1]) : undefined;
const outDir = givenSite ?? path.join(root, '.bench/site');
const sampleQueries: Record<string, string[]> = {
  en: [
    'shelter',
    'housing',
    'doctor',
    'school',
    'food',
    'rent',
    'bus',
    'italian',
    'greek',
    'legal',
    'work',
    'grant',
    'nursery',
    'health',
    'children',
    'women',
    'refugee',
    'card',
    'registration',
    'lunch',
  ],
  ar: [
    'مأوى',
    'سكن',
    'طبيب',
    'مدرسة',
    'طعام',
    'إيجار',
    'حافلة',
    'الإيطالية',
    'اليونانية',
    'قانونية',
    'عمل',
    'منحة',
    'حضانة',
    'صحية',
    'أطفال',
    'النساء',
    'اللاجئين',
    'بطاقة',
    'تسجيل',
    'غداء',
  ],
};

/**
 * 20 queries from a built site: the longest word of service names spread over the list. The names
 * come from the finder's per-town files (`/<locale>/finder/towns/<town>.json`), each service once.
 */
function queriesFromSite(site: string, locale: string): string[] {
  const dir = path.join(site, locale, 'finder', 'towns');
  const byId = new Map<string, { name: string }>();
  for (const file of fs.readdirSync(dir).sort()) {
    const town = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { services: { slug: string; name: string }[] };
    for (const s of town.services) byId.set(s.slug, s);
  }
  const services = [...byId.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, s]) => s);
  const step = Math.max(1, Math.floor(services.length / 20));
  const words = services
    .filter((_, i) => i % step === 0)
    .map((s) => s.name.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), ''))
    .filter((w) => w.length >= 4);
  return [...new Set(words)].slice(0, 20);
}
const queries = givenSite && !relevance ? { en: queriesFromSite(givenSite, 'en'), ar: queriesFromSite(givenSite, 'ar') } : sampleQueries;

if (!givenSite && (!process.argv.includes('--no-build') || !fs.existsSync(outDir))) {
  console.log('Building the sample network into .bench/site …');
  const result = buildSite({ outDir, env: { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) } });
  if (result.status !== 0) {
    console.error(result.output.slice(-4000));
    process.exit(1);
  }
}

/** Lighthouse's slow 4G, as Chromium's DevTools protocol takes it (bytes per second, milliseconds). */
const slow4g = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 0.9 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 0.9 * 1024) / 8,
};

const compressible = /\.(?:js|mjs|json|css|html|svg)(?:\?|$)/;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (relevance) {
  await measureRelevance(outDir);
  process.exit(0);
}

const [browser, server, compressed] = await Promise.all([launchBrowser(), serveStatic(outDir), serveCompressed(outDir)]);
const report: Record<string, unknown> = {};
try {
  for (const locale of Object.keys(queries)) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 800 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    let recording = false;
    const fetched: { url: string; raw: number; sent: number }[] = [];
    const pageLoad: { url: string; raw: number; sent: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const list = recording ? fetched : pageLoad;
      pending.push(
        Promise.all([response.body(), response.request().sizes()])
          .then(([body, sizes]) => {
            const url = response.url().replace(server.url, '');
            // Files Pagefind compresses itself are counted as sent: a preloaded one's body() comes back inflated.
            const sent = compressible.test(url) ? zlib.gzipSync(body, { level: 6 }).length : sizes.responseBodySize;
            list.push({ url, raw: body.length, sent });
          })
          .catch(() => {}),
      );
    });
    await page.goto(`${server.url}/${locale}/search/`);
    await page.waitForSelector('input[type=search]');
    await Promise.all(pending.splice(0));

    // The clock: the keystroke's beforeinput starts it; the frame after the status names the expected query stops it.
    await page.evaluate(() => {
      const w = window as unknown as { __t0: number; __times: number[]; __expect: string };
      w.__times = [];
      // beforeinput, not keydown: characters off the US keyboard (Arabic) arrive without a keydown.
      document.querySelector('input[type=search]')!.addEventListener('beforeinput', () => (w.__t0 = performance.now()), true);
      const status = document.querySelector('.search-status')!;
      new MutationObserver(() => {
        const key = status.getAttribute('data-results-for');
        if (key && key === w.__expect) {
          w.__expect = '';
          requestAnimationFrame(() => w.__times.push(performance.now() - w.__t0));
        }
      }).observe(status, { attributes: true, attributeFilter: ['data-results-for'] });
    });

    const timed = () => page.evaluate(() => (window as unknown as { __times: number[] }).__times.length);
    const expect = (q: string) => page.evaluate((k) => ((window as unknown as { __expect: string }).__expect = k), keyOf(q));
    const resultsFor = (q: string) =>
      page.waitForFunction((k) => document.querySelector('.search-status')?.getAttribute('data-results-for') === k, keyOf(q));
    const runQuery = async (q: string) => {
      const input = page.locator('input[type=search]');
      await input.fill('');
      if (q.length > 1) {
        await input.fill(q.slice(0, -1));
        await resultsFor(q.slice(0, -1));
      }
      const before = await timed();
      await expect(q);
      await input.pressSequentially(q.slice(-1));
      await page.waitForFunction((n) => (window as unknown as { __times: number[] }).__times.length > n, before);
    };

    // First search: everything fetched from the first keystroke on counts, and the search files
    // the page fetched before it (loaded when idle).
    const searchFile = /^\/pagefind\/|search-words\.json$/;
    fetched.push(...pageLoad.filter((f) => searchFile.test(f.url)));
    recording = true;
    const first = queries[locale][0];
    await expect(first);
    // The whole word arrives at once (as from a keyboard suggestion), so the clock measures loading
    // and searching, not typing speed.
    await page.locator('input[type=search]').focus();
    await page.keyboard.insertText(first);
    await page.waitForFunction(() => (window as unknown as { __times: number[] }).__times.length >= 1, undefined, { timeout: 30_000 });
    await page.waitForTimeout(300);
    await Promise.all(pending.splice(0));
    recording = false;
    const firstMs = (await page.evaluate(() => (window as unknown as { __times: number[] }).__times))[0];

    for (const q of queries[locale].slice(1)) await runQuery(q);
    const times = (await page.evaluate(() => (window as unknown as { __times: number[] }).__times)).slice(1);
    await context.close();

    const slow = {
      typedAtOnce: await slowLink(browser, compressed.url, locale, first, 0),
      typedAfter1500ms: await slowLink(browser, compressed.url, locale, first, 1500),
    };
    const sum = (list: typeof fetched, k: 'raw' | 'sent') => list.reduce((n, f) => n + f[k], 0);
    const js = pageLoad.filter((f) => /\.js(?:\?|$)/.test(f.url));
    report[locale] = {
      firstSearch: { files: fetched.length, rawBytes: sum(fetched, 'raw'), sentBytes: sum(fetched, 'sent'), detail: fetched },
      pageLoadScripts: { files: js.length, rawBytes: sum(js, 'raw'), sentBytes: sum(js, 'sent') },
      firstSearchMs: Math.round(firstMs),
      keystrokeToResultsMs: { median: Math.round(median(times) * 10) / 10, max: Math.round(Math.max(...times)), runs: times.length },
      slow4g: slow,
    };
    console.log(
      `${locale}: first search fetched ${fetched.length} files, ${kb(sum(fetched, 'sent'))} sent (${kb(sum(fetched, 'raw'))} raw); ` +
        `page scripts ${kb(sum(js, 'sent'))} sent (${kb(sum(js, 'raw'))} raw); ` +
        `first search ${Math.round(firstMs)} ms; keystroke → results median ${median(times).toFixed(1)} ms over ${times.length} queries (max ${Math.round(Math.max(...times))} ms)`,
    );
    for (const f of fetched) console.log(`    ${kb(f.sent).padStart(9)}  ${f.url}`);
    console.log(
      `${locale} on slow 4G: field usable ${slow.typedAtOnce.usableMs} ms after opening the page; results ` +
        `${slow.typedAtOnce.resultsMs} ms after typing at once, ${slow.typedAfter1500ms.resultsMs} ms after typing 1.5 s later`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  await compressed.close();
}
fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
fs.writeFileSync(
  path.join(root, givenSite ? `.bench/search-${path.basename(givenSite)}.json` : '.bench/search.json'),
  JSON.stringify(report, null, 2),
);

/**
 * One cold visit over slow 4G: opens the search page, notes when the island has hydrated (Astro
 * drops the island's `ssr` attribute then), waits `delay` ms, types `word` and notes when its
 * results are on screen. Times from the navigation's start and from the keystroke.
 */
async function slowLink(
  browser: Browser,
  site: string,
  locale: string,
  word: string,
  delay: number,
): Promise<{ usableMs: number; resultsMs: number }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', slow4g);
  await page.addInitScript(() => {
    const w = window as unknown as { __usable?: number };
    const check = () => {
      if (w.__usable === undefined && document.querySelector('astro-island:not([ssr]) input[type=search]')) w.__usable = performance.now();
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['ssr'] });
  });
  await page.goto(`${site}/${locale}/search/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __usable?: number }).__usable !== undefined, undefined, { timeout: 60_000 });
  const usableMs = await page.evaluate(() => (window as unknown as { __usable: number }).__usable);
  if (delay) await page.waitForTimeout(delay);
  const input = page.locator('input[type=search]');
  await input.focus();
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.insertText(word);
  await page.waitForFunction((k) => document.querySelector('.search-status')?.getAttribute('data-results-for') === k, keyOf(word), {
    timeout: 60_000,
  });
  const t1 = await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now()))));
  if (trace) {
    // Every file the visit fetched, with when it was asked for and when it arrived (ms from the navigation).
    const entries = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => [e.name, Math.round(e.startTime), Math.round((e as PerformanceResourceTiming).responseEnd)] as const),
    );
    console.log(
      `  trace ${locale} "${word}" after ${delay} ms: usable ${Math.round(usableMs)}, typed ${Math.round(t0)}, results ${Math.round(t1)}`,
    );
    for (const [name, start, end] of entries)
      console.log(`    ${String(start).padStart(5)} → ${String(end).padStart(5)}  ${new URL(name).pathname}`);
  }
  await context.close();
  return { usableMs: Math.round(usableMs), resultsMs: Math.round(t1 - t0) };
}

/**
 * The built site served as a static host sends it: text files gzip-compressed (when the browser
 * accepts it), everything else as it is. No headers beyond the type: timing only.
 */
async function serveCompressed(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.webmanifest': 'application/manifest+json',
  };
  const cache = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    let file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(dir) || !fs.existsSync(file)) {
      res.statusCode = 404;
      return void res.end('Not found');
    }
    const ext = path.extname(file);
    res.setHeader('content-type', types[ext] ?? 'application/octet-stream');
    const body = fs.readFileSync(file);
    if (types[ext] && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      if (!cache.has(file)) cache.set(file, zlib.gzipSync(body, { level: 6 }));
      res.setHeader('content-encoding', 'gzip');
      return void res.end(cache.get(file));
    }
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/**
 * The relevance benchmark: every query of bench/search-queries.json is typed into the built site's
 * search page in Chromium; a query succeeds when one of its expected services is among the first
 * three results, and its reciprocal rank is 1/rank of the first expected service in the first page
 * of results (0 when none). Prints success@3 and MRR per locale and every miss.
 */
async function measureRelevance(site: string): Promise<void> {
  const file = JSON.parse(fs.readFileSync(path.join(root, 'bench/search-queries.json'), 'utf8')) as {
    groups: Record<string, string[]>;
    queries: { locale: string; q: string; kind: string; expect: string[] }[];
  };
  const expected = (list: string[]) => new Set(list.flatMap((e) => (e.startsWith('@') ? file.groups[e.slice(1)] : [e])));
  const [browser, server] = await Promise.all([launchBrowser(), serveStatic(site)]);
  const rows: { locale: string; q: string; kind: string; rank: number; top: string[] }[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
    for (const locale of [...new Set(file.queries.map((q) => q.locale))]) {
      const page = await context.newPage();
      await page.goto(`${server.url}/${locale}/search/`);
      const input = page.locator('input[type=search]');
      await input.waitFor();
      for (const query of file.queries.filter((q) => q.locale === locale)) {
        await input.fill(query.q);
        await page.waitForFunction(
          (k) => document.querySelector('.search-status')?.getAttribute('data-results-for') === k,
          keyOf(query.q),
          { timeout: 30_000 },
        );
        // Result links as slugs: /<locale>/services/<slug>/ (calendar entries and others keep their path).
        const top = await page.$$eval('.results > .result h3 a', (links) =>
          links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^\/[^/]+\/services\/([^/]+)\/$/, '$1')),
        );
        const want = expected(query.expect);
        const rank = top.findIndex((slug) => want.has(slug)) + 1;
        rows.push({ locale, q: query.q, kind: query.kind, rank, top: top.slice(0, 3) });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const table = relevanceTable(rows);
  console.log(table);
  const misses = rows.filter((r) => r.rank === 0 || r.rank > 3);
  if (misses.length) {
    console.log('\nNot in the first three:');
    for (const m of misses)
      console.log(
        `  ${m.locale}  ${m.kind.padEnd(8)} ${JSON.stringify(m.q)} → rank ${m.rank || '–'}; top: ${m.top.join(', ') || '(none)'}`,
      );
  }
  fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
  fs.writeFileSync(path.join(root, '.bench/search-relevance.json'), JSON.stringify({ site, rows }, null, 2));
}

/** success@3 and MRR per locale and overall, as a Markdown table. */
function relevanceTable(rows: { locale: string; rank: number }[]): string {
  const line = (name: string, list: { rank: number }[]) => {
    const hits = list.filter((r) => r.rank >= 1 && r.rank <= 3).length;
    const mrr = list.reduce((n, r) => n + (r.rank ? 1 / r.rank : 0), 0) / list.length;
    return `| ${name.padEnd(6)} | ${String(list.length).padStart(7)} | ${`${((100 * hits) / list.length).toFixed(0)} %`.padStart(9)} | ${mrr.toFixed(2).padStart(4)} |`;
  };
  const locales = [...new Set(rows.map((r) => r.locale))];
  return [
    '| locale | queries | success@3 |  MRR |',
    '| ------ | ------: | --------: | ---: |',
    ...locales.map((l) =>
      line(
        l,
        rows.filter((r) => r.locale === l),
      ),
    ),
    line('all', rows),
  ].join('\n');
}
