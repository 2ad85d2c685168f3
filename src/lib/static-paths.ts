/**
 * `getStaticPaths` for every localized route, so route files only re-export them. Each page gets
 * its record as a prop; the Directory behind it is built once per build.
 */
import { getDirectory } from './data';
import { locales } from './locales';
import { listFileCount } from './my-list-data';
import { localizedPaths } from './routes';
import { townPages } from './town-pages';

export async function localeStaticPaths() {
  return locales.map((l) => ({ params: { locale: l.code } }));
}
export async function townStaticPaths() {
  return localizedPaths((await getDirectory()).towns, 'town', (t) => t.slug);
}
export async function categoryStaticPaths() {
  return localizedPaths((await getDirectory()).categories, 'category', (c) => c.slug);
}
export async function serviceStaticPaths() {
  return localizedPaths((await getDirectory()).services, 'service', (s) => s.slug);
}
export async function providerStaticPaths() {
  return localizedPaths((await getDirectory()).providers, 'provider', (p) => p.slug);
}
export async function entryStaticPaths() {
  return localizedPaths((await getDirectory()).calendar, 'entry', (e) => e.slug);
}
export async function myListStaticPaths() {
  const count = listFileCount(await getDirectory());
  return locales.flatMap((l) => Array.from({ length: count }, (_, i) => ({ params: { locale: l.code, bucket: String(i) } })));
}
/**
 * A topic's comparisons of the towns (the readers' and the coordinators'), split into pages of
 * towns: `page` is undefined on the first, which keeps the topic's own URL.
 */
export async function categoryComparePaths() {
  const d = await getDirectory();
  const pages = townPages(d.towns.map((t) => t.slug));
  return locales.flatMap((l) =>
    d.categories.flatMap((item) =>
      pages.map((towns, i) => ({
        params: { locale: l.code, category: item.slug, page: i === 0 ? undefined : String(i + 1) },
        props: { item, towns, page: i + 1, pages: pages.length },
      })),
    ),
  );
}
/** The coordinators' overview, split into pages of towns like the comparisons. */
export async function overviewPaths() {
  const pages = townPages((await getDirectory()).towns.map((t) => t.slug));
  return locales.flatMap((l) =>
    pages.map((towns, i) => ({ params: { locale: l.code, page: i === 0 ? undefined : String(i + 1) }, props: { towns, page: i + 1, pages: pages.length } })),
  );
}
