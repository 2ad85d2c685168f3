/**
 * The search page's island: a search box, filters and results, on the Pagefind bundle of the
 * reader's locale. Everything runs on the phone; the query and filters live in the URL so a
 * search can be sent as a link and the back button restores it. When a query finds nothing in
 * the reader's language, the English bundle is loaded as a second, independent Pagefind and
 * its results are offered, marked as English.
 *
 * The page renders this island on the server too (client:load), with an empty search, so the form
 * holds its place before the script runs and the links below it do not jump when it does. That
 * first render must therefore not read the URL: the query is read in an effect.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { LocaleCode } from '~/lib/i18n/locales';
import { switchLocale } from '~/lib/routing/routes';
import {
  activeFilterCount,
  excerptParts,
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
  /**
   * The default language's bundle, for results when the reader's language has none. (Not named
   * `fallback`: Astro passes the island's fallback slot under that name.)
   */
  defaultIndex?: { bundle: string; tag: string; dir: 'ltr' | 'rtl' };
  /**
   * The label of a result whose title or excerpt fell back to the default language ("باللغة
   * الإنجليزية"), in the reader's language, from `untranslatedLabel`; undefined on the default
   * language's pages.
   */
  untranslated?: string;
}

// The slice of Pagefind's JS API this island uses.
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o: { filters: Record<string, PagefindFilter> }) => Promise<{ results: PagefindResult[] }>;
}

const pageSize = 10;
const bundles = new Map<string, Promise<Pagefind>>();

/** Loads a Pagefind bundle once; each bundle is its own module, so the two never share state. */
function loadBundle(base: string): Promise<Pagefind> {
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

interface Shown {
  id: string;
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
}

const idle: Results = { key: '', phase: 'idle', all: [], shown: [], english: false };

export default function SearchIsland({
  locale,
  strings,
  options,
  flags,
  labels,
  bundle,
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
      let found = (await (await loadBundle(bundle)).search(q, { filters })).results;
      let english = false;
      if (found.length === 0 && q && fallback?.bundle) {
        if (mine !== seq.current) return;
        const other = (await (await loadBundle(fallback.bundle)).search(q, { filters })).results;
        if (other.length) {
          found = other;
          english = true;
        }
      }
      const shown = await describe(found.slice(0, pageSize), english);
      if (mine !== seq.current) return;
      setResults({ key, phase: 'done', all: found, shown, english });
    })().catch((error) => {
      console.error(error);
      if (mine === seq.current) setResults({ ...idle, key, phase: 'error' });
    });
    // describe reads only the props locale (fixed for the page) and fallback (listed).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, bundle, fallback]);

  async function describe(page: PagefindResult[], english: boolean): Promise<Shown[]> {
    const data = await Promise.all(page.map((r) => r.data()));
    return data.map((d, i) => ({
      id: page[i].id,
      // English results open the reader's own page, which shows what is translated.
      url: english ? switchLocale(d.url, locale) : d.url,
      title: d.meta.title ?? d.url,
      titleLang: english ? fallback?.tag : d.meta.titleLang,
      // A list from the English bundle says so once above it; each result is labelled only here.
      untranslated: !english && isUntranslatedResult(d.meta, d.excerpt),
      town: d.meta.town,
      category: d.meta.category,
      status: d.meta.status,
      kind: d.meta.kind,
      excerpt: d.excerpt,
    }));
  }

  async function showMore() {
    const mine = seq.current;
    const more = await describe(results.all.slice(results.shown.length, results.shown.length + pageSize), results.english);
    if (mine === seq.current) setResults((r) => ({ ...r, shown: [...r.shown, ...more] }));
  }

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

      {results.shown.length > 0 && (
        <section aria-labelledby={`${id}results`}>
          <h2 id={`${id}results`} className="visually-hidden">
            {t('results')}
          </h2>
          <ul className="results" lang={results.english ? fallback?.tag : undefined} dir={results.english ? fallbackDir : undefined}>
            {results.shown.map((r) => (
              <li className="result" key={r.id}>
                <h3>
                  <a href={r.url} lang={r.titleLang} dir={r.titleLang && !results.english ? 'auto' : undefined}>
                    {r.title}
                  </a>
                </h3>
                {((r.untranslated && untranslated) || r.town || r.category || r.status || r.kind) && (
                  <ul className="tags">
                    {r.untranslated && untranslated && (
                      <li className="tag untranslated" data-untranslated>
                        {untranslated}
                      </li>
                    )}
                    {r.status && <li className="tag tag-closed">{r.status}</li>}
                    {r.kind && <li className="tag">{r.kind}</li>}
                    {r.town && <li className="tag">{r.town}</li>}
                    {r.category && <li className="tag">{r.category}</li>}
                  </ul>
                )}
                <p className="result-excerpt">{excerptParts(r.excerpt).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</p>
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
