/**
 * The search page's state and its mapping onto Pagefind. The state lives in the URL
 * (`/ar/search/?q=سكن&town=valmara`) so a caseworker can send a search and the back button
 * restores it; this module reads and writes that URL form and turns it into Pagefind filters.
 * Runs in the browser (the search island) and in tests; no DOM, no Pagefind import.
 */

/** The filters every indexed page may carry, in the order they appear in URLs and on the page. */
export const searchFilterKeys = ['town', 'category', 'type', 'language', 'status', 'audience', 'nodocs', 'free'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/** Record types in the index: a service page or a calendar entry page. */
export const searchTypes = ['service', 'calendar'] as const;

/**
 * Filter values a service carries when it is open to everyone, so that choosing "refugee"
 * keeps the services open to any status (they are not limited, so a refugee can use them).
 */
export const openToAll = { status: 'any', audience: 'everyone' } as const;

/** Yes/no filters: a page carries the value `yes` or nothing. */
export const flagFilters = ['nodocs', 'free'] as const satisfies readonly SearchFilterKey[];
export const flagValue = 'yes';

export interface SearchState {
  /** What the reader typed (trimmed only when searching, so the input keeps its spaces). */
  q: string;
  /** One chosen value per filter; a missing key means "any". */
  filters: Partial<Record<SearchFilterKey, string>>;
}

/** Values each filter may take; anything else in a URL is dropped rather than silently matching nothing. */
export type FilterOptions = Partial<Record<SearchFilterKey, readonly string[]>>;

/**
 * Reads the state from a URL query string (`?q=…&town=…`). Unknown parameters, and values not
 * in `options` for filters that have options, are ignored.
 */
export function parseSearchState(search: string, options: FilterOptions = {}): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of searchFilterKeys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((flagFilters as readonly string[]).includes(key)) {
      if (value === flagValue) filters[key] = flagValue;
      continue;
    }
    const allowed = options[key];
    if (allowed && !allowed.includes(value)) continue;
    filters[key] = value;
  }
  return { q: params.get('q') ?? '', filters };
}

/** The URL query string for a state: `?q=…&town=…` in a fixed order, or '' when empty. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const key of searchFilterKeys) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when two states would show the same results (so no new history entry is needed). */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchQueryString(a) === searchQueryString(b);
}

/** How many filters are set (shown next to the "Filters" toggle). */
export function activeFilterCount(state: SearchState): number {
  return searchFilterKeys.filter((k) => state.filters[k]).length;
}

export type PagefindFilter = string | { any: string[] };

/**
 * Pagefind's `filters` option for a state. A status or audience choice also matches pages open
 * to everyone (`status:any`, `audience:everyone`).
 */
export function pagefindFilters(state: SearchState): Record<string, PagefindFilter> {
  const out: Record<string, PagefindFilter> = {};
  for (const key of searchFilterKeys) {
    const value = state.filters[key];
    if (!value) continue;
    if (key === 'status' || key === 'audience') out[key] = { any: [value, openToAll[key]] };
    else out[key] = value;
  }
  return out;
}

/**
 * Whether the state asks Pagefind anything: a query, or at least one filter (Pagefind then lists
 * every page matching the filters).
 */
export function hasSearch(state: SearchState): boolean {
  return state.q.trim() !== '' || activeFilterCount(state) > 0;
}

export interface ExcerptPart {
  text: string;
  /** True for the words that matched the query. */
  mark: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/** Lower-case words of a text, in any script (letters with their marks, digits). */
const wordsOf = (text: string): string[] => text.toLocaleLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
/** Neighbouring words as pairs. */
const pairsOf = (words: string[]): string[] => words.slice(1).map((w, i) => `${words[i]} ${w}`);

/**
 * True when a search result is not in the page's language, so it gets the "in English" label: its
 * title fell back (`titleLang` meta), or its excerpt quotes the page's untranslated passages
 * (`untranslatedText` meta, from `labelledText`). Pagefind cuts the excerpt anywhere in the page,
 * often across an Arabic heading and an English paragraph, so the test is on words: three words in
 * a row as they stand in those passages (or the whole excerpt, when it is shorter). A town's name
 * among Arabic words is one word; a page whose passages are all translated has no such text.
 */
export function isUntranslatedResult(meta: { titleLang?: string; untranslatedText?: string }, excerpt: string): boolean {
  if (meta.titleLang) return true;
  if (!meta.untranslatedText) return false;
  const own = wordsOf(
    excerptParts(excerpt)
      .map((p) => p.text)
      .join(''),
  );
  const theirWords = wordsOf(meta.untranslatedText);
  const theirs = new Set(pairsOf(theirWords));
  if (own.length < 3) return own.length === 1 ? theirWords.includes(own[0]) : own.length === 2 && theirs.has(pairsOf(own)[0]);
  let run = 0;
  for (const pair of pairsOf(own)) {
    run = theirs.has(pair) ? run + 1 : 0;
    if (run === 2) return true;
  }
  return false;
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matches) into plain-text parts, so
 * the island renders it as text and never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const decode = (s: string) =>
    s.replace(/<[^>]*>/g, '').replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      const lower = name.toLowerCase();
      if (entities[lower] !== undefined) return entities[lower];
      if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
      if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
      return whole;
    });
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: decode(m[1]), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts.filter((p) => p.text !== '');
}

/**
 * A plain text (a result's summary) as parts, with the words the query asked for marked: a word
 * is marked when it starts with one of the query's words of two letters or more, accents aside
 * ("medecin" marks "médecin"). The text is never read as HTML.
 */
export function markQueryWords(text: string, query: string): ExcerptPart[] {
  const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const wanted = wordsOf(query)
    .map(fold)
    .filter((w) => w.length >= 2);
  const parts: ExcerptPart[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = fold(m[0]);
    if (!wanted.some((w) => word.startsWith(w))) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}
