/**
 * A topic's town-by-town comparison stays one page for a regional network and splits into pages
 * of `townsPerPage` towns for a national one, so each page stays near one network round trip on
 * a phone. Towns are split in the order of their slugs, which no language changes: a town is on
 * the same page in every locale, and the language switcher keeps the reader on it.
 */

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
