/**
 * Pagefind in the browser: each locale's bundle and vocabulary loaded once, shared by the search
 * page's own script and its island. The page's script (src/pages/[locale]/search.astro) starts
 * loading Pagefind's script, WebAssembly and index entry, and the vocabulary, as soon as the page
 * is parsed, while React and the island are still on their way, instead of after hydration: on a
 * slow link that chain was most of the wait between typing and results (docs/search.md). The
 * island imports the same module (one shared chunk, so one cache), and finds them loaded or in
 * flight. Browser-only: nothing here runs at build time.
 */
import type { PagefindFilter } from './search';
import { prepareVocabulary, type Vocabulary } from './vocabulary';

// The slice of Pagefind's JS API the search uses.
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o: { filters: Record<string, PagefindFilter> }) => Promise<{ results: PagefindResult[] }>;
}

const bundles = new Map<string, Promise<Pagefind>>();

/** Loads a Pagefind bundle once; each bundle is its own module, so the two never share state. */
export function loadBundle(base: string): Promise<Pagefind> {
  let pf = bundles.get(base);
  if (!pf) {
    pf = (async () => {
      const mod = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
      // The index is small: searching on the main thread saves the worker's download and hop.
      await mod.options({ noWorker: true, excerptLength: 24 });
      return mod;
    })();
    pf.catch(() => bundles.delete(base));
    bundles.set(base, pf);
  }
  return pf;
}

/**
 * Loads Pagefind's WebAssembly and index entry, and the vocabulary, ahead of the first keystroke;
 * errors wait for the search, which reports them.
 */
export function warmUp(base: string, vocabulary: string): void {
  loadBundle(base)
    .then((pf) => pf.init())
    .catch(() => {});
  loadVocabulary(vocabulary).catch(() => {});
}

const vocabularies = new Map<string, Promise<Vocabulary>>();

/** Fetches a locale's vocabulary once (a few kilobytes), ahead of the first search, which needs it for misspelt words. */
export function loadVocabulary(url: string): Promise<Vocabulary> {
  let v = vocabularies.get(url);
  if (!v) {
    v = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : Promise.reject(new Error(`${url}: ${r.status}`))))
      .then(prepareVocabulary);
    v.catch(() => vocabularies.delete(url));
    vocabularies.set(url, v);
  }
  return v;
}
