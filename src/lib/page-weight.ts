/**
 * What a page costs on a phone: gzip bytes of its HTML, its stylesheets and every script it runs
 * (module scripts, their static imports and island components). Used by the size report the build
 * prints and by the budget tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Site paths of the stylesheets and scripts counted. */
  assets: string[];
}

/** Budgets in gzip bytes. A content page must arrive in one round trip (about 14 KB). */
export const budgets = {
  /** HTML + CSS of any content page (home, town, category, service, provider, calendar pages). */
  contentHtmlCss: 14 * 1024,
  /** JavaScript per page type; types not listed use `default`. */
  js: {
    default: 6 * 1024,
    '/[locale]/search/': 80 * 1024,
    '/[locale]/finder/': 80 * 1024,
    '/[locale]/my-list/': 80 * 1024,
  } as Record<string, number>,
};

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(file)).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** Static imports of an ES module bundle (`import"./x.js"`, `from"./x.js"`), as site paths. */
function importsOf(site: string, assetPath: string): string[] {
  const text = fs.readFileSync(path.join(site, assetPath), 'utf8');
  const dir = path.posix.dirname(assetPath);
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) =>
    m[1].startsWith('/') ? m[1] : path.posix.join(dir, m[1]),
  );
}

/** Weighs one built HTML file; `site` is the dist folder, `file` a path inside it. */
export function weighPage(site: string, file: string): PageWeight {
  const html = fs.readFileSync(path.join(site, file), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g)].map((m) => m[1]);
  const entry = [
    ...html.matchAll(/<script type="module" src="(\/[^"]+)"/g),
    ...html.matchAll(/\s(?:component|renderer)-url="(\/[^"]+)"/g),
  ].map((m) => m[1]);
  const js = new Set<string>();
  const queue = [...entry];
  while (queue.length) {
    const next = queue.pop()!;
    if (js.has(next) || !fs.existsSync(path.join(site, next))) continue;
    js.add(next);
    queue.push(...importsOf(site, next));
  }
  const sum = (list: Iterable<string>) => [...list].reduce((n, a) => n + gzipSize(path.join(site, a)), 0);
  return {
    html: zlib.gzipSync(html).length,
    css: sum(css),
    js: sum(js),
    assets: [...css, ...js].sort(),
  };
}

/**
 * The page type of a built page: its path with the locale and record slugs generalised, e.g.
 * en/services/valmara-food-bank/index.html → /[locale]/services/*\/.
 */
export function pageType(file: string, locales: readonly string[]): string {
  const parts = file.replace(/index\.html$/, '').split('/').filter(Boolean);
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
}

/** Weighs every HTML page of a built site, grouped by page type (heaviest page per type). */
export function weighSite(site: string, locales: readonly string[]): TypeReport[] {
  const byType = new Map<string, TypeReport>();
  for (const file of (fs.readdirSync(site, { recursive: true }) as string[]).sort()) {
    if (!file.endsWith('.html')) continue;
    const rel = file.split(path.sep).join('/');
    if (rel.startsWith('admin/') || rel.startsWith('editors/')) continue;
    const type = pageType(rel, locales);
    const w = weighPage(site, rel);
    const r = byType.get(type) ?? { type, pages: 0, html: 0, css: 0, js: 0, jsBudget: budgets.js[type] ?? budgets.js.default };
    r.pages++;
    r.html = Math.max(r.html, w.html);
    r.css = Math.max(r.css, w.css);
    r.js = Math.max(r.js, w.js);
    byType.set(type, r);
  }
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}

/** The size report as a text table. */
export function formatReport(rows: TypeReport[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = rows.map((r) =>
    [r.type.padEnd(34), String(r.pages).padStart(5), kb(r.html).padStart(9), kb(r.css).padStart(8), kb(r.html + r.css).padStart(9), kb(r.js).padStart(9), kb(r.jsBudget).padStart(9)].join(' '),
  );
  return [
    `${'page type'.padEnd(34)} ${'pages'.padStart(5)} ${'HTML gz'.padStart(9)} ${'CSS gz'.padStart(8)} ${'HTML+CSS'.padStart(9)} ${'JS gz'.padStart(9)} ${'JS budget'.padStart(9)}`,
    ...lines,
  ].join('\n');
}
