/**
 * The search page as a view model: the filters the island offers (with their labels), the default
 * language's index it also searches off the default locale, and the towns the page lists for
 * browsing without JavaScript, by name in the reader's language. The route only renders it
 * (tests/unit/search-page.test.ts).
 */
import { sortByName } from '../content/directory';
import { getT } from '../i18n/i18next';
import { defaultLocale, getLocale } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { paths } from '../routing/routes';
import { searchFilterOptions } from '../search/search-facets';
import type { PageContext } from './open-page';

export type SearchPageInput = Pick<PageContext, 'directory' | 'locale'>;

/** The search page's view model. */
export function searchPage({ directory: d, locale }: SearchPageInput) {
  const t = getT(locale);
  const options = searchFilterOptions(d, locale, t);
  const defaultTable = getLocale(defaultLocale);
  return {
    t,
    options,
    labels: Object.fromEntries(Object.keys(options).map((k) => [k, t(`search.filter.${k}`)])),
    flags: (['nodocs', 'free'] as const).map((key) => ({ key, label: t(`search.filter.${key}`) })),
    /** The default language's Pagefind bundle and vocabulary, searched too for what is not translated; none on the default locale. */
    fallback:
      locale === defaultLocale
        ? undefined
        : {
            bundle: paths.searchBundle(defaultLocale),
            vocabulary: paths.searchWords(defaultLocale),
            tag: defaultTable.tag,
            dir: defaultTable.dir,
          },
    towns: sortByName(d.towns, locale).map((town) => ({ town, text: localize(town.text, locale) })),
  };
}

export type SearchPage = ReturnType<typeof searchPage>;
