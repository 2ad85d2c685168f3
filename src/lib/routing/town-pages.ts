/**
 * A topic's town-by-town comparison stays one page for a regional network and splits into pages
 * of `townsPerPage` towns for a national one, so each page stays near one network round trip on
 * a phone. Towns are split in the order of their slugs, which no language changes: a town is on
 * the same page in every locale, and the language switcher keeps the reader on it.
 */
import type { TFunction } from 'i18next';
import { sortByName, type Directory } from '../content/directory';
import type { LocaleCode } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { madeOnce } from '../build/made-once';

/**
 * Towns on one comparison page; a 50-town network has 7 pages, a 200-town one 25. At 40 services
 * a town, 12 towns made a topic page of 17 KB gzip, over the 14 KB a content page aims for.
 */
export const townsPerPage = 8;

/** The towns' slugs split into pages, in slug order. */
export function townPages(townSlugs: readonly string[], perPage = townsPerPage): string[][] {
  const sorted = [...townSlugs].sort();
  const pages: string[][] = [];
  for (let i = 0; i < sorted.length; i += perPage) pages.push(sorted.slice(i, i + perPage));
  return pages.length ? pages : [[]];
}

/** The page (1-based) that has `town`'s column. */
export function townPageOf(townSlugs: readonly string[], town: string, perPage = townsPerPage): number {
  const index = townPages(townSlugs, perPage).findIndex((page) => page.includes(town));
  if (index < 0) throw new Error(`No town with slug "${town}"`);
  return index + 1;
}

/** What a page of towns gets as props: its towns' slugs, its number (from 1) and how many there are. */
export interface TownPageProps {
  towns: string[];
  page: number;
  pages: number;
}

/**
 * Each page of towns as `getStaticPaths` wants it: the `page` parameter of a `[...page]` route
 * (undefined on the first, which keeps the list's own URL) and the page's props.
 */
export function townPageRoutes(townSlugs: readonly string[]): { page: string | undefined; props: TownPageProps }[] {
  const pages = townPages(townSlugs);
  return pages.map((towns, i) => ({ page: i === 0 ? undefined : String(i + 1), props: { towns, page: i + 1, pages: pages.length } }));
}

/** A page's title: the list's own on the first page, "Housing (Page 2 of 7)" on the others. */
export function townPageTitle(title: string, { page, pages }: Pick<TownPageProps, 'page' | 'pages'>, t: TFunction): string {
  return page > 1 ? `${title} (${t('category.pageOf', { page, pages })})` : title;
}

const groupsMade = madeOnce<Directory, { page: number; towns: { slug: string; name: string }[] }[]>();

/**
 * Every town, by the page its column is on, named and sorted in the reader's language: the index
 * each page starts with. The same on every page of every comparison, so made once per locale.
 */
export function townPageGroups(d: Directory, locale: LocaleCode): { page: number; towns: { slug: string; name: string }[] }[] {
  return groupsMade(d, locale, () =>
    townPages(d.towns.map((x) => x.slug)).map((slugs, i) => ({
      page: i + 1,
      towns: sortByName(slugs.map(d.town), locale).map((town) => ({
        slug: town.slug,
        name: localize<{ name: string }>(town.text, locale).value.name,
      })),
    })),
  );
}
