/**
 * The coordinators' network overview as a view model: the matrix of one page of towns (sorted by
 * name in the reader's language) by every topic, how many services each cell has, and the gaps
 * town by town. The route only renders it (tests/unit/overview-page.test.ts).
 */
import { sortByName } from '../content/directory';
import { getT } from '../i18n/i18next';
import { localize } from '../i18n/localize';
import { passages } from '../i18n/untranslated';
import { coverageMatrix, gapsByTown } from '../open-data/coverage';
import type { TownPageProps } from '../routing/town-pages';
import type { PageContext } from './open-page';

export type OverviewPageInput = Pick<PageContext, 'directory' | 'locale'> & TownPageProps;

/** The overview page's view model. */
export function overviewPage({ directory: d, locale, towns, page, pages }: OverviewPageInput) {
  const matrix = coverageMatrix(
    d,
    sortByName(towns.map(d.town), locale).map((x) => x.slug),
  );
  const town = (slug: string) => localize(d.town(slug).text, locale);
  const category = (slug: string) => localize(d.category(slug).text, locale);
  return {
    t: getT(locale),
    page,
    pages,
    /** Every town's slug, for the page a town's column is on (townPageOf). */
    townSlugs: d.towns.map((x) => x.slug),
    matrix,
    town,
    category,
    // Town names are proper names (lang only); a topic's name shown in English gets its label.
    townName: (slug: string) => passages('towns', town(slug), locale)('name'),
    categoryName: (slug: string) => passages('categories', category(slug), locale)('name'),
    gaps: gapsByTown(matrix),
  };
}

export type OverviewPage = ReturnType<typeof overviewPage>;
