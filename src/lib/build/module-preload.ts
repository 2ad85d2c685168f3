/**
 * Module preloads for pages with an island. Left to itself, a page with an island (search, the
 * finder) fetches its scripts one level of imports at a time, and only once its stylesheet has
 * arrived: the island's inline script waits for the stylesheet, then imports the island and the
 * React renderer, whose own imports are discovered only when they arrive. On a slow link (562 ms
 * round trip) that chain cost search about a second before the field accepted typing (measured
 * in Chromium with CDP's network emulation; docs/search.md). Listing every module the page will
 * import, with their static imports, as `<link rel="modulepreload">` right after the stylesheet
 * lets the browser ask for all of them at once while it reads the head. Nothing is loaded that the
 * page did not load before, and pages without an island are left as they are.
 */

/** Module URLs a page starts from: its islands' component, renderer and pre-hydration scripts, and its module scripts. */
export function moduleEntries(html: string): string[] {
  // The attribute names are Astro's own; inside other attributes a quote is always escaped, so
  // they cannot be faked there (text that names a module can only name one of the site's own).
  const found = [
    ...html.matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g),
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\ssrc="([^"]+)"/g),
  ].map((m) => m[1]);
  return [...new Set(found)].filter((url) => url.startsWith('/') && !url.startsWith('//'));
}

/**
 * The static imports of a built module, as URLs: the bundler writes them relative to the module,
 * minified (`from"./react.X.js"`, `import"./locales.Y.js"`). Dynamic imports (`import("…")`) are
 * loaded only when needed, so they are not preloaded.
 */
export function staticImports(code: string, url: string): string[] {
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"'\s]+\.m?js)["']/g)].map((m) => m[1]);
  return [...new Set(specifiers.map((s) => new URL(s, `https://site.invalid${url}`).pathname))];
}

/**
 * The page with a modulepreload link, right after its stylesheet, for every module its entries
 * import, directly or not, in the order they are found (entries first). `readModule` gives a built
 * module's code by URL, or undefined when the build has no such file (nothing is listed for it).
 * A page without an island, or without a stylesheet link to follow, comes back unchanged.
 */
export function withModulePreloads(html: string, readModule: (url: string) => string | undefined): string {
  if (!html.includes('<astro-island')) return html;
  const stylesheet = /<link rel="stylesheet" href="[^"]+">/.exec(html);
  if (!stylesheet) return html;
  const listed: string[] = [];
  const queue = moduleEntries(html);
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (listed.includes(url)) continue;
    const code = readModule(url);
    if (code === undefined) continue;
    listed.push(url);
    queue.push(...staticImports(code, url));
  }
  const already = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]));
  const links = listed
    .filter((url) => !already.has(url))
    .map((url) => `<link rel="modulepreload" href="${url}">`)
    .join('');
  const at = stylesheet.index + stylesheet[0].length;
  return html.slice(0, at) + links + html.slice(at);
}

/** What a Pagefind bundle's `pagefind-entry.json` says of its languages. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/**
 * The files Pagefind fetches before it can search, which the search page can ask for from its
 * head instead of one after another once its script has run (on a slow link each step of that
 * chain is a round trip; docs/search.md): the bundle's script, the page language's
 * metadata and WebAssembly, and the locale's vocabulary. `pageLang` is the page's `<html lang>`;
 * the language is chosen as Pagefind's `findIndex` chooses it (the lowercased tag, then its first
 * part, then the language with the most pages). Pagefind's own fetches use `fetch()` (CORS mode, same-origin credentials), which a
 * `crossorigin` preload matches.
 */
export function searchBundlePreloads(base: string, entry: PagefindEntry, pageLang: string, vocabulary: string): string[] {
  const tag = pageLang.toLowerCase();
  const language =
    entry.languages[tag] ??
    entry.languages[tag.split('-')[0]] ??
    Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  // Not the entry: Pagefind asks for it with a `?ts=` of the moment, which no preload can match.
  const fetched = language ? [`${base}pagefind.${language.hash}.pf_meta`, `${base}wasm.${language.wasm ?? 'unknown'}.pagefind`] : [];
  fetched.push(vocabulary);
  return [
    `<link rel="modulepreload" href="${base}pagefind.js">`,
    ...fetched.map((url) => `<link rel="preload" href="${url}" as="fetch" crossorigin>`),
  ];
}

/** The page with `links` after its module preloads (or its stylesheet); unchanged when it has neither, or has them already. */
export function withHeadLinks(html: string, links: readonly string[]): string {
  const missing = links.filter((link) => !html.includes(link));
  if (!missing.length) return html;
  const last = [...html.matchAll(/<link rel="(?:modulepreload|stylesheet)" href="[^"]+">/g)].at(-1);
  if (!last) return html;
  const at = last.index + last[0].length;
  return html.slice(0, at) + missing.join('') + html.slice(at);
}
