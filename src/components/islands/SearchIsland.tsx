/**
 * The search page's island: a search box, filters and results, on the Pagefind bundle of the
 * reader's locale. Everything runs on the phone; the query and filters live in the URL so a
 * search can be sent as a link and the back button restores it. Services come before calendar
 * entries (two searches, one per type), and a service's result quotes its summary and shows its
 * next date. When the words together find nothing, the island tries, in order: the query with its
 * misspelt words corrected from the locale's vocabulary ("scool" → "school"), the largest subset
 * of its words that finds something, and the English bundle (a second, independent Pagefind)
 * with only the words English has (src/lib/search/vocabulary.ts); it says which it shows.
 * Pagefind's script, WebAssembly and index entry are loaded by the page's own script before the
 * island hydrates (src/lib/search/pagefind-client.ts; again on focus if that failed), so typing
 * costs only the index chunk and the results. "Sort by distance from me" asks the
 * browser for the position once tapped and sorts on the phone (src/lib/search/distance.ts); the
 * position is kept in memory only, never in the URL, storage or a request.
 *
 * The page renders this island on the server too (client:load), with an empty search, so the form
 * holds its place before the script runs and the links below it do not jump when it does. That
 * first render must therefore not read the URL: the query is read in an effect.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { getLocale, type LocaleCode } from '~/lib/i18n/locales';
import { formatDistance, parseGeo, sortByDistance, type Point } from '~/lib/search/distance';
import { NearMeButton } from '../NearMeButton';
import { switchLocale } from '~/lib/routing/routes';
import {
  activeFilterCount,
  excerptParts,
  markQueryWords,
  flagValue,
  hasSearch,
  isUntranslatedResult,
  pagefindFilters,
  parseSearchState,
  searchQueryString,
  sameSearch,
  type FilterOptions,
  type PagefindFilter,
  type SearchFilterKey,
  type SearchState,
} from '~/lib/search/search';
import { uiText, type UiStrings } from '~/lib/i18n/ui-text';
import { bestSubset, correctQuery, isKnown, querySubsets, sharedWords, wordsOf } from '~/lib/search/vocabulary';
import {
  loadBundle,
  loadVocabulary,
  warmUp,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from '~/lib/search/pagefind-client';

interface Option {
  value: string;
  label: string;
}

export interface SearchIslandProps {
  locale: LocaleCode;
  /** The locale's `search` strings, flattened. */
  strings: UiStrings;
  /** Choices for each select filter, labels already translated. */
  options: Partial<Record<SearchFilterKey, Option[]>>;
  /** Labels of the yes/no filters. */
  flags: { key: SearchFilterKey; label: string }[];
  /** Labels of the select filters. */
  labels: Partial<Record<SearchFilterKey, string>>;
  /** Base path of the locale's Pagefind bundle, e.g. /pagefind/ar/. */
  bundle: string;
  /** The locale's search vocabulary, e.g. /ar/search-words.json. */
  vocabulary: string;
  /**
   * The default language's bundle and vocabulary, for results when the reader's language has none.
   * (Not named `fallback`: Astro passes the island's fallback slot under that name.)
   */
  defaultIndex?: { bundle: string; vocabulary: string; tag: string; dir: 'ltr' | 'rtl' };
  /**
   * The label of a result whose title or excerpt fell back to the default language ("باللغة
   * الإنجليزية"), in the reader's language, from `untranslatedLabel`; undefined on the default
   * language's pages.
   */
  untranslated?: string;
}

const pageSize = 10;
/** `more` after `shown`, without those already there (the rest of a page and "show more" can race). */
const appendNew = <T extends { id: string }>(shown: T[], more: T[]): T[] => [
  ...shown,
  ...more.filter((m) => !shown.some((s) => s.id === m.id)),
];

/** Results shown before the rest of the first page: five fragments fit in one wave of six connections. */
const firstShown = 5;

/**
 * Searches one bundle with services first: unless the reader chose a type, services and calendar
 * entries are searched apart and the services listed before the dates that share their words.
 */
async function servicesFirst(pf: Pagefind, q: string | null, filters: Record<string, PagefindFilter>): Promise<PagefindResult[]> {
  if (filters.type) return (await pf.search(q, { filters })).results;
  const [services, dates] = await Promise.all(
    (['service', 'calendar'] as const).map(async (type) => (await pf.search(q, { filters: { ...filters, type } })).results),
  );
  return [...services, ...dates];
}

/** What a search shows besides its results: the query it really searched, and why. */
type Fallback = { kind: 'corrected' | 'subset'; query: string } | { kind: 'english' };

interface Found {
  results: PagefindResult[];
  fallback?: Fallback;
}

/**
 * The whole search of one state: the query as typed, or its corrected form when it has a word the
 * vocabulary does not know but is near to (Pagefind's own answer to an unknown word is mostly
 * noise); when neither finds anything, its most useful subset of words, then the English bundle
 * with only the words English has.
 */
async function runSearch(
  q: string | null,
  filters: Record<string, PagefindFilter>,
  own: { bundle: string; vocabulary: string },
  other?: { bundle: string; vocabulary: string },
): Promise<Found> {
  const pf = await loadBundle(own.bundle);
  // The vocabulary loads alongside the first search, so a misspelt query waits for no extra round trip.
  const pending = q ? loadVocabulary(own.vocabulary).catch(() => undefined) : undefined;
  const results = await servicesFirst(pf, q, filters);
  if (!q) return { results };
  const vocabulary = await pending;
  const correction = vocabulary && correctQuery(q, vocabulary);
  if (correction) {
    const corrected = await servicesFirst(pf, correction.query, filters);
    if (corrected.length) return { results: corrected, fallback: { kind: 'corrected', query: correction.query } };
  }
  if (results.length) return { results };
  const base = correction?.query ?? q;
  const tried: { query: string; count: number; known: number; results: PagefindResult[] }[] = [];
  for (const query of querySubsets(base)) {
    // Smaller subsets only when no larger one found anything.
    if (tried.some((t) => t.count > 0 && t.query.split(' ').length > query.split(' ').length)) break;
    const found = await servicesFirst(pf, query, filters);
    const known = vocabulary ? wordsOf(query).filter((w) => isKnown(w, vocabulary)).length : 0;
    tried.push({ query, count: found.length, known, results: found });
  }
  const best = bestSubset(tried);
  if (best) return { results: best.results, fallback: { kind: 'subset', query: best.query } };
  if (other) {
    const words = sharedWords(q, await loadVocabulary(other.vocabulary));
    if (words.length) {
      const english = await servicesFirst(await loadBundle(other.bundle), words.join(' '), filters);
      if (english.length) return { results: english, fallback: { kind: 'english' } };
    }
  }
  return { results: [] };
}

interface Shown {
  id: string;
  /** The query the result answers (the corrected one or the subset, when shown instead). */
  query: string;
  url: string;
  title: string;
  titleLang?: string;
  /** True when the title or the excerpt is not in the page's language (`isUntranslatedResult`). */
  untranslated: boolean;
  town?: string;
  category?: string;
  /** "Temporarily closed" or "Ended", shown as a warning. */
  status?: string;
  /** What kind of calendar entry (deadline, event…). */
  kind?: string;
  /** A service's next date: when, and the calendar entry's title. */
  next?: { when: string; title: string };
  /** The service's summary, quoted instead of Pagefind's excerpt (which may start mid-title). */
  summary?: string;
  /** The places the result lists, for sorting by distance. */
  places: Point[];
  excerpt: string;
}

interface Results {
  /** The state these results are for, as its URL query. */
  key: string;
  phase: 'idle' | 'loading' | 'done' | 'error';
  all: PagefindResult[];
  shown: Shown[];
  /** True when the results come from the default language because the reader's had none. */
  english: boolean;
  /** The corrected query, or the subset of words, whose results are shown instead of the query's. */
  instead?: { kind: 'corrected' | 'subset'; query: string };
}

const idle: Results = { key: '', phase: 'idle', all: [], shown: [], english: false };

export default function SearchIsland({
  locale,
  strings,
  options,
  flags,
  labels,
  bundle,
  vocabulary,
  defaultIndex: fallback,
  untranslated,
}: SearchIslandProps) {
  const t = useMemo(() => uiText(strings, locale), [strings, locale]);
  const allowed: FilterOptions = useMemo(
    () => Object.fromEntries(Object.entries(options).map(([k, list]) => [k, list!.map((o) => o.value)])),
    [options],
  );
  const [state, setState] = useState<SearchState>(() => parseSearchState('', allowed));
  const [results, setResults] = useState<Results>(idle);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // The reader's position once they asked to sort by distance; only ever in memory.
  const nearOn = useRef(false);
  const [near, setNear] = useState<{ phase: 'off' | 'asking' | 'unavailable' } | { phase: 'on'; from: Point }>({ phase: 'off' });
  const seq = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  // Element ids: one search per page, and ids that start with a letter (React's useId ones do not).
  const id = 'search-';

  // Writes the state to the address bar: typing replaces the entry, a filter change adds one.
  const commit = useCallback(
    (next: SearchState, mode: 'push' | 'replace') => {
      setState(next);
      const url = `${location.pathname}${searchQueryString(next)}`;
      const current = parseSearchState(location.search, allowed);
      if (mode === 'push' && !sameSearch(current, next)) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    },
    [allowed],
  );

  useEffect(() => {
    const onPop = () => setState(parseSearchState(location.search, allowed));
    onPop();
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [allowed]);

  // Runs the search whenever the state changes; a newer keystroke makes older answers stale.
  useEffect(() => {
    const mine = ++seq.current;
    const key = searchQueryString(state);
    if (!hasSearch(state)) {
      setResults(idle);
      return;
    }
    setResults((r) => ({ ...r, phase: 'loading' }));
    const q = state.q.trim() || null;
    const filters = pagefindFilters(state);
    (async () => {
      const found = await runSearch(q, filters, { bundle, vocabulary }, fallback);
      if (mine !== seq.current) return;
      const english = found.fallback?.kind === 'english';
      const instead = found.fallback?.kind === 'corrected' || found.fallback?.kind === 'subset' ? found.fallback : undefined;
      const query = instead?.query ?? q ?? '';
      // Sorted by distance, the whole list is shown (its order depends on every result's places).
      const page = found.results.slice(0, nearOn.current ? undefined : pageSize);
      // Every fragment is asked for at once; the first few show as soon as they are in, the rest
      // of the page follows (one round trip each on a slow link: six connections to a host).
      const data = page.map((r) => r.data());
      const head = nearOn.current ? page.length : firstShown;
      const shown = shownOf(page, await Promise.all(data.slice(0, head)), english, query);
      if (mine !== seq.current) return;
      setResults({ key, phase: 'done', all: found.results, shown, english, instead });
      if (page.length <= head) return;
      const rest = shownOf(page.slice(head), await Promise.all(data.slice(head)), english, query);
      if (mine === seq.current) setResults((r) => ({ ...r, shown: appendNew(r.shown, rest) }));
    })().catch((error) => {
      console.error(error);
      if (mine === seq.current) setResults({ ...idle, key, phase: 'error' });
    });
    // describe reads only the props locale (fixed for the page) and fallback (listed).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, bundle, vocabulary, fallback]);

  async function describe(page: PagefindResult[], english: boolean, query: string): Promise<Shown[]> {
    return shownOf(page, await Promise.all(page.map((r) => r.data())), english, query);
  }

  function shownOf(page: PagefindResult[], data: PagefindResultData[], english: boolean, query: string): Shown[] {
    return data.map((d, i) => ({
      query,
      id: page[i].id,
      // English results open the reader's own page, which shows what is translated.
      url: english ? switchLocale(d.url, locale) : d.url,
      title: d.meta.title ?? d.url,
      titleLang: english ? fallback?.tag : d.meta.titleLang,
      // A list from the English bundle says so once above it; each result is labelled only here.
      untranslated: !english && isUntranslatedResult(d.meta, d.meta.summary ?? d.excerpt),
      town: d.meta.town,
      category: d.meta.category,
      status: d.meta.status,
      kind: d.meta.kind,
      next: d.meta.next && d.meta.nextTitle ? { when: d.meta.next, title: d.meta.nextTitle } : undefined,
      summary: d.meta.summary,
      places: parseGeo(d.meta.geo),
      excerpt: d.excerpt,
    }));
  }

  async function showMore() {
    const mine = seq.current;
    const more = await describe(
      results.all.slice(results.shown.length, results.shown.length + pageSize),
      results.english,
      results.instead?.query ?? state.q.trim(),
    );
    if (mine === seq.current) setResults((r) => ({ ...r, shown: appendNew(r.shown, more) }));
  }

  // Sorting needs every result's places, so the rest of the list loads with the position.
  function sortNearMe() {
    setNear({ phase: 'asking' });
    navigator.geolocation.getCurrentPosition(
      async (position) => {
        const mine = seq.current;
        const rest = await describe(results.all.slice(results.shown.length), results.english, results.instead?.query ?? state.q.trim());
        if (mine === seq.current) setResults((r) => ({ ...r, shown: appendNew(r.shown, rest) }));
        nearOn.current = true;
        setNear({ phase: 'on', from: { lat: position.coords.latitude, lon: position.coords.longitude } });
      },
      () => setNear({ phase: 'unavailable' }),
      { maximumAge: 600_000, timeout: 20_000 },
    );
  }
  const listed =
    near.phase === 'on'
      ? sortByDistance(results.shown, near.from, (r) => r.places)
      : results.shown.map((item) => ({ item, km: undefined as number | undefined }));

  const setFilter = (key: SearchFilterKey, value: string) => {
    const filters = { ...state.filters };
    if (value) filters[key] = value;
    else delete filters[key];
    commit({ ...state, filters }, 'push');
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    commit(state, 'push');
    // Hides the phone's keyboard so the results are in view.
    inputRef.current?.blur();
  };

  const active = activeFilterCount(state);
  // Town and topic are what most people narrow by, so they stay in view; the rest fold away.
  const primaryFilters = (['town', 'category'] as const).filter((k) => options[k]);
  const moreFilters = (Object.keys(options) as SearchFilterKey[]).filter((k) => !(primaryFilters as readonly string[]).includes(k));
  const moreActive = [...moreFilters, ...flags.map((f) => f.key)].filter((k) => state.filters[k]).length;
  const select = (key: SearchFilterKey) => (
    <div className="field" key={key}>
      <label htmlFor={`${id}${key}`} className="field-label">
        {labels[key]}
      </label>
      <select id={`${id}${key}`} name={key} value={state.filters[key] ?? ''} onChange={(e) => setFilter(key, e.target.value)}>
        <option value="">{t('any')}</option>
        {options[key]!.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const fallbackDir = fallback?.dir;
  // While a newer search runs, the previous count stays, so screen readers are not told "searching"
  // on every keystroke.
  const count = results.all.length;
  const status =
    results.phase === 'error'
      ? t('error')
      : !hasSearch(state)
        ? t('prompt')
        : !results.key
          ? t('searching')
          : results.english
            ? t('englishCount', { count })
            : results.instead
              ? t(results.instead.kind === 'corrected' ? 'corrected' : 'subset', { count, query: results.instead.query })
              : count
                ? t('count', { count })
                : t('none');

  return (
    <div className="search" data-state={results.phase === 'loading' ? 'loading' : 'ready'}>
      <form className="search-form" onSubmit={onSubmit}>
        <label htmlFor={`${id}q`} className="field-label">
          {t('label')}
        </label>
        <p id={`${id}hint`} className="field-hint">
          {t('hint')}
        </p>
        <div className="search-row">
          <input
            ref={inputRef}
            id={`${id}q`}
            name="q"
            type="search"
            value={state.q}
            onChange={(e) => commit({ ...state, q: e.target.value }, 'replace')}
            onFocus={() => warmUp(bundle, vocabulary)}
            aria-describedby={`${id}hint`}
            autoComplete="off"
            enterKeyHint="search"
            spellCheck={false}
            dir="auto"
          />
          <button type="submit" className="button">
            {t('submit')}
          </button>
        </div>

        <div className="filter-grid filter-primary">{primaryFilters.map(select)}</div>
        <details className="search-filters" open={filtersOpen} onToggle={(e) => setFiltersOpen((e.target as HTMLDetailsElement).open)}>
          <summary>
            {t('moreFilters')}
            {moreActive > 0 && <span className="badge">{t('filtersActive', { count: moreActive })}</span>}
          </summary>
          <div className="filter-grid">
            {moreFilters.map(select)}
            {flags.map(({ key, label }) => (
              <label className="check-field" key={key}>
                <input
                  type="checkbox"
                  name={key}
                  checked={state.filters[key] === flagValue}
                  onChange={(e) => setFilter(key, e.target.checked ? flagValue : '')}
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </details>
        {active > 0 && (
          <button type="button" className="button button-quiet" onClick={() => commit({ ...state, filters: {} }, 'push')}>
            {t('clear')}
          </button>
        )}
      </form>

      <p
        className="search-status"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-results-for={results.phase === 'done' ? results.key : undefined}
      >
        {status}
      </p>
      {results.english && results.shown.length > 0 && <p className="muted">{t('englishNote')}</p>}

      {results.shown.length > 1 && <NearMeButton phase={near.phase} onSort={sortNearMe} t={t} />}
      {results.shown.length > 0 && (
        <section aria-labelledby={`${id}results`}>
          <h2 id={`${id}results`} className="visually-hidden">
            {t('results')}
          </h2>
          <ul className="results" lang={results.english ? fallback?.tag : undefined} dir={results.english ? fallbackDir : undefined}>
            {listed.map(({ item: r, km }) => (
              <li className="result" key={r.id}>
                <h3>
                  <a href={r.url} lang={r.titleLang} dir={r.titleLang && !results.english ? 'auto' : undefined}>
                    {r.title}
                  </a>
                </h3>
                {((r.untranslated && untranslated) || km !== undefined || r.town || r.category || r.status || r.kind) && (
                  <ul className="tags">
                    {r.untranslated && untranslated && (
                      <li className="tag untranslated" data-untranslated>
                        {untranslated}
                      </li>
                    )}
                    {km !== undefined && <li className="tag">{t('distance', { distance: formatDistance(km, getLocale(locale).tag) })}</li>}
                    {r.status && <li className="tag tag-closed">{r.status}</li>}
                    {r.kind && <li className="tag">{r.kind}</li>}
                    {r.town && <li className="tag">{r.town}</li>}
                    {r.category && <li className="tag">{r.category}</li>}
                  </ul>
                )}
                {r.next && (
                  <p className="result-next">
                    {t('next', { when: r.next.when })} <span>{r.next.title}</span>
                  </p>
                )}
                <p className="result-excerpt">
                  {(r.summary ? markQueryWords(r.summary, r.query) : excerptParts(r.excerpt)).map((p, i) =>
                    p.mark ? <mark key={i}>{p.text}</mark> : p.text,
                  )}
                </p>
              </li>
            ))}
          </ul>
          {results.shown.length < results.all.length && (
            <button type="button" className="button button-quiet" onClick={showMore}>
              {t('more')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
