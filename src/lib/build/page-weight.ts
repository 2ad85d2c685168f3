/**
 * What a page costs on a phone: gzip bytes of its HTML, its stylesheets and every script it runs
 * (module scripts, their static imports and island components). Used by the size report the build
 * prints and by the budget tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

/** Budgets in gzip bytes. A page must arrive in one round trip (about 14 KB) to show at once. */
export const budgets = {
  /**
   * HTML + CSS per page type; types not listed use `default`. The referral sheet is the one print
   * page: it is printed or kept for a caseworker's desk, carries the steps, hours and contacts
   * in full in every language (one sheet per service) plus a print stylesheet, and is not what a
   * phone opens first, so it may take two round trips. The moving sheet is the same kind of page, and carries a sheet block's words in
   * every language (the client's is chosen in its URL).
   */
  htmlCss: {
    default: 14 * 1024,
    '/sheets/*/': 24 * 1024,
    '/[locale]/moving/sheet/': 24 * 1024,
  } as Record<string, number>,
  /**
   * JavaScript per page type; types not listed use `default`. The moving sheet runs the moving
   * view's comparison and draws its QR codes with the `qrcode` library (about 10 KB of it).
   */
  js: {
    default: 6 * 1024,
    '/[locale]/search/': 80 * 1024,
    '/[locale]/finder/': 80 * 1024,
    '/[locale]/my-list/': 80 * 1024,
    '/[locale]/moving/': 80 * 1024,
    '/[locale]/moving/sheet/': 24 * 1024,
  } as Record<string, number>,
};

const gzip = promisify(zlib.gzip);

/**
 * Weighs the built HTML files of one site. Reads and compresses off the main thread (zlib's thread
 * pool), so the build can weigh while Pagefind indexes; each shared asset is read and compressed
 * once.
 */
class Weigher {
  private assetSizes = new Map<string, Promise<number>>();
  private assetImports = new Map<string, string[]>();
  private site: string;
  constructor(site: string) {
    this.site = site;
  }

  private assetSize(asset: string): Promise<number> {
    let size = this.assetSizes.get(asset);
    if (!size) {
      size = fs.promises
        .readFile(path.join(this.site, asset))
        .then(gzip)
        .then((b) => b.length);
      this.assetSizes.set(asset, size);
    }
    return size;
  }

  /** Static imports of an ES module bundle (`import"./x.js"`, `from"./x.js"`), as site paths. */
  private importsOf(asset: string): string[] {
    let imports = this.assetImports.get(asset);
    if (!imports) {
      const file = path.join(this.site, asset);
      const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      const dir = path.posix.dirname(asset);
      imports = [...text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) =>
        m[1].startsWith('/') ? m[1] : path.posix.join(dir, m[1]),
      );
      this.assetImports.set(asset, imports);
    }
    return imports;
  }

  /** Weighs one built HTML file; `file` is a path inside the site folder. */
  async weigh(file: string): Promise<PageWeight> {
    const bytes = await fs.promises.readFile(path.join(this.site, file));
    const html = bytes.toString('utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g)].map((m) => m[1]);
    const entry = [
      ...html.matchAll(/<script type="module" src="(\/[^"]+)"/g),
      ...html.matchAll(/\s(?:component|renderer)-url="(\/[^"]+)"/g),
    ].map((m) => m[1]);
    const js = new Set<string>();
    const queue = [...entry];
    while (queue.length) {
      const next = queue.pop()!;
      if (js.has(next) || !fs.existsSync(path.join(this.site, next))) continue;
      js.add(next);
      queue.push(...this.importsOf(next));
    }
    const sum = async (list: Iterable<string>) => (await Promise.all([...list].map((a) => this.assetSize(a)))).reduce((n, b) => n + b, 0);
    const [htmlSize, cssSize, jsSize] = await Promise.all([gzip(bytes).then((b) => b.length), sum(css), sum(js)]);
    // Only numbers leave: the paths matched above are slices of the page's text and would keep
    // every page in memory (gigabytes at 50 towns).
    return { html: htmlSize, css: cssSize, js: jsSize };
  }
}

/**
 * The page type of a built page: its path with the locale and record slugs generalised, e.g.
 * en/services/valmara-food-bank/index.html → /[locale]/services/*\/.
 */
export function pageType(file: string, locales: readonly string[]): string {
  const parts = file
    .replace(/index\.html$/, '')
    .split('/')
    .filter(Boolean);
  // The referral sheets, one per service and not under a locale (paths.sheet).
  if (parts.length === 2 && parts[0] === 'sheets') return '/sheets/*/';
  if (parts.length === 0 || !locales.includes(parts[0])) return `/${file}`;
  const collections = new Set(['towns', 'categories', 'services', 'providers', 'calendar', 'overview']);
  const fixed = new Set(['towns', 'categories', 'subscribe']);
  const shape = parts.slice(1).map((p, i, all) => (i > 0 && collections.has(all[i - 1]) && !fixed.has(p) ? '*' : p));
  return `/[locale]/${shape.map((p) => `${p}/`).join('')}`;
}

export interface TypeReport {
  type: string;
  pages: number;
  /** Heaviest page of the type. */
  html: number;
  css: number;
  js: number;
  jsBudget: number;
  htmlCssBudget: number;
}

/** Weighs every HTML page of a built site, grouped by page type (heaviest page per type). */
export async function weighSite(site: string, locales: readonly string[]): Promise<TypeReport[]> {
  const files = (fs.readdirSync(site, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith('admin/') && !rel.startsWith('editors/'))
    .sort();
  const weigher = new Weigher(site);
  const byType = new Map<string, TypeReport>();
  // A few pages in flight at a time: enough to keep zlib's threads busy, few enough to bound memory.
  // Counts and maxima do not depend on the order pages finish in.
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const rel = files[next++];
      const w = await weigher.weigh(rel);
      const type = pageType(rel, locales);
      const r = byType.get(type) ?? {
        type,
        pages: 0,
        html: 0,
        css: 0,
        js: 0,
        jsBudget: budgets.js[type] ?? budgets.js.default,
        htmlCssBudget: budgets.htmlCss[type] ?? budgets.htmlCss.default,
      };
      r.pages++;
      r.html = Math.max(r.html, w.html);
      r.css = Math.max(r.css, w.css);
      r.js = Math.max(r.js, w.js);
      byType.set(type, r);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}

/** The size report as a text table. */
export function formatReport(rows: TypeReport[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = rows.map((r) =>
    [
      r.type.padEnd(34),
      String(r.pages).padStart(5),
      kb(r.html).padStart(9),
      kb(r.css).padStart(8),
      kb(r.html + r.css).padStart(9),
      kb(r.htmlCssBudget).padStart(9),
      kb(r.js).padStart(9),
      kb(r.jsBudget).padStart(9),
    ].join(' '),
  );
  const head = [
    'page type'.padEnd(34),
    'pages'.padStart(5),
    'HTML gz'.padStart(9),
    'CSS gz'.padStart(8),
    'HTML+CSS'.padStart(9),
    'budget'.padStart(9),
    'JS gz'.padStart(9),
    'JS budget'.padStart(9),
  ];
  return [head.join(' '), ...lines].join('\n');
}
