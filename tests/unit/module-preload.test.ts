import { describe, expect, it } from 'vitest';
import { moduleEntries, searchBundlePreloads, staticImports, withHeadLinks, withModulePreloads } from '~/lib/build/module-preload';

const built: Record<string, string> = {
  '/_astro/Search.a.js': 'import{a as e}from"./react.b.js";import"./locales.c.js";const l=()=>import("./later.d.js");',
  '/_astro/client.e.js': 'import{r}from"./react.b.js";',
  '/_astro/react.b.js': 'import{t}from"./runtime.f.js";',
  '/_astro/runtime.f.js': 'export const t=1;',
  '/_astro/locales.c.js': 'export const l=[];',
  '/_astro/later.d.js': 'export const x=1;',
  '/_astro/Base.g.js': 'import"./locales.c.js";',
};
const page = (body: string) =>
  `<html><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/Document.css"></head><body>${body}<script type="module" src="/_astro/Base.g.js"></script></body></html>`;
const island =
  '<astro-island uid="x" component-url="/_astro/Search.a.js" component-export="default" renderer-url="/_astro/client.e.js" props="{&quot;q&quot;:[0,&quot;a > b&quot;]}" ssr client="load"></astro-island>';

describe('module preloads for pages with an island', () => {
  it('start from the islands’ component and renderer and the page’s module scripts', () => {
    expect(moduleEntries(page(island))).toEqual(['/_astro/Search.a.js', '/_astro/client.e.js', '/_astro/Base.g.js']);
  });

  it('follow static imports, relative to the module, but not dynamic ones', () => {
    expect(staticImports(built['/_astro/Search.a.js'], '/_astro/Search.a.js')).toEqual(['/_astro/react.b.js', '/_astro/locales.c.js']);
    expect(staticImports('import{x}from"../other/y.js"', '/_astro/deep/z.js')).toEqual(['/_astro/other/y.js']);
  });

  it('list every module the page will import once, right after the stylesheet, entries first', () => {
    const html = withModulePreloads(page(island), (url) => built[url]);
    const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links).toEqual([
      '/_astro/Search.a.js',
      '/_astro/client.e.js',
      '/_astro/Base.g.js',
      '/_astro/react.b.js',
      '/_astro/locales.c.js',
      '/_astro/runtime.f.js',
    ]);
    expect(html.indexOf('rel="stylesheet"')).toBeLessThan(html.indexOf('rel="modulepreload"'));
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leave a page without an island as it is, and add nothing twice', () => {
    const plain = page('<p>no island</p>');
    expect(withModulePreloads(plain, (url) => built[url])).toBe(plain);
    const once = withModulePreloads(page(island), (url) => built[url]);
    expect(withModulePreloads(once, (url) => built[url])).toBe(once);
  });

  it('preload nothing from another origin or outside the build, whatever a page’s text names', () => {
    const hostile = page(
      `${island}<p>component-url="//evil.example/x.js" renderer-url="https://evil.example/y.js" component-url="/../../etc/passwd"</p>`,
    );
    const html = withModulePreloads(hostile, (url) => built[url]);
    expect(html).not.toMatch(/modulepreload" href="(?:\/\/|https:|\/\.\.)/);
    expect(moduleEntries(hostile)).not.toContain('//evil.example/x.js');
  });
});

describe('the search page’s preloads of its Pagefind bundle', () => {
  const entry = {
    languages: {
      'en-gb': { hash: 'en-gb_2a61', wasm: 'en-gb', page_count: 120 },
      fr: { hash: 'fr_77', wasm: 'fr', page_count: 3 },
      'ti-er': { hash: 'ti-er_b02', wasm: null, page_count: 5 },
    },
  };
  const hrefs = (links: string[]) => links.map((l) => /href="([^"]+)"/.exec(l)?.[1]);

  it('ask for the script, the page language’s metadata and WebAssembly and the vocabulary, chosen as Pagefind chooses', () => {
    expect(hrefs(searchBundlePreloads('/pagefind/en/', entry, 'en-GB', '/en/search-words.json'))).toEqual([
      '/pagefind/en/pagefind.js',
      '/pagefind/en/pagefind.en-gb_2a61.pf_meta',
      '/pagefind/en/wasm.en-gb.pagefind',
      '/en/search-words.json',
    ]);
    // The first part of the tag, then the language with the most pages; no stemmer: "unknown".
    expect(hrefs(searchBundlePreloads('/p/', entry, 'fr-BE', '/w.json'))[1]).toBe('/p/pagefind.fr_77.pf_meta');
    expect(hrefs(searchBundlePreloads('/p/', entry, 'so-SO', '/w.json'))[1]).toBe('/p/pagefind.en-gb_2a61.pf_meta');
    expect(hrefs(searchBundlePreloads('/p/', entry, 'ti-ER', '/w.json'))[2]).toBe('/p/wasm.unknown.pagefind');
  });

  it('are fetches Pagefind’s own fetch() can use (CORS mode), and a module preload for its script', () => {
    const [script, ...fetched] = searchBundlePreloads('/p/', entry, 'en-GB', '/w.json');
    expect(script).toBe('<link rel="modulepreload" href="/p/pagefind.js">');
    for (const link of fetched) expect(link).toMatch(/^<link rel="preload" href="[^"]+" as="fetch" crossorigin>$/);
  });

  it('go after the module preloads once, and leave a page without a stylesheet alone', () => {
    const html = withModulePreloads(page(island), (url) => built[url]);
    const links = ['<link rel="preload" href="/w.json" as="fetch" crossorigin>'];
    const once = withHeadLinks(html, links);
    expect(once).toContain(
      '<link rel="modulepreload" href="/_astro/runtime.f.js"><link rel="preload" href="/w.json" as="fetch" crossorigin>',
    );
    expect(withHeadLinks(once, links)).toBe(once);
    expect(withHeadLinks('<html><head></head></html>', links)).toBe('<html><head></head></html>');
  });
});
