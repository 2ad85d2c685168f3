/**
 * The words of the "page not found" page, in every language. Static hosts serve one /404.html for
 * every missing address, so the page cannot be built per language: it carries every language's
 * words, shows them all without JavaScript, and src/scripts/not-found.ts switches it to the
 * language the address names (/ar/anything → Arabic), which it reads with `localeOfPath`.
 */
import { getT } from './i18next';
import { getLocale, locales, type Locale, type LocaleCode } from './locales';
import { paths } from '../routing/routes';

/** What the 404 page says in one language, and where it sends the reader. */
export interface NotFoundWords {
  /** BCP-47 tag and direction for the page once it speaks this language. */
  tag: Locale['tag'];
  dir: Locale['dir'];
  /** The heading: "Page not found". */
  title: string;
  /** The whole `<title>`: "Page not found · Crossroads". */
  documentTitle: string;
  /** The site's name in this language, for the header link. */
  siteName: string;
  /** The language's start page, and the link's label ("Go to the start page"). */
  home: string;
  goHome: string;
  /** The language's search page, and the link's label ("Search the directory"). */
  search: string;
  searchLabel: string;
}

/** What the 404 page says in one language. */
export function notFoundWordsIn(locale: LocaleCode): NotFoundWords {
  const l = getLocale(locale);
  const t = getT(locale);
  return {
    tag: l.tag,
    dir: l.dir,
    title: t('notFound.title'),
    documentTitle: `${t('notFound.title')} · ${t('site.name')}`,
    siteName: t('site.name'),
    home: paths.home(locale),
    goHome: t('notFound.goHome'),
    search: paths.search(locale),
    searchLabel: t('search.title'),
  };
}

/**
 * Every language's words for the 404 page, keyed by locale code. Partial because the page's script
 * reads it back from JSON with a code taken from the address, which may name no language.
 */
export function notFoundWords(): Partial<Record<LocaleCode, NotFoundWords>> {
  const all: Partial<Record<LocaleCode, NotFoundWords>> = {};
  for (const l of locales) all[l.code] = notFoundWordsIn(l.code);
  return all;
}

/** The words as inert JSON for a `<script type="application/json">` (no `</script>` can close it). */
export function notFoundJson(): string {
  return JSON.stringify(notFoundWords()).replace(/</g, '\\u003c');
}
