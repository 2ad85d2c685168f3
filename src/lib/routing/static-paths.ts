/**
 * `getStaticPaths` for every localized route, so route files only re-export them. Each page gets
 * its record as a prop; the Directory behind it is built once per build.
 */
import { getDirectory } from '../content/get-directory';
import { locales } from '../i18n/locales';
import { listFileCount } from '../sharing/my-list-data';
import { localizedPaths } from './routes';
import { townPageRoutes } from './town-pages';

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
/** A service's referral sheet: one page per service, holding every language (paths.sheet). */
export async function sheetStaticPaths() {
  return (await getDirectory()).services.map((item) => ({ params: { service: item.slug }, props: { item } }));
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
 * towns (src/lib/routing/town-pages.ts).
 */
export async function categoryComparePaths() {
  const d = await getDirectory();
  const pages = townPageRoutes(d.towns.map((t) => t.slug));
  return locales.flatMap((l) =>
    d.categories.flatMap((item) =>
      pages.map(({ page, props }) => ({ params: { locale: l.code, category: item.slug, page }, props: { item, ...props } })),
    ),
  );
}
/** The coordinators' overview, split into pages of towns like the comparisons. */
export async function overviewPaths() {
  const pages = townPageRoutes((await getDirectory()).towns.map((t) => t.slug));
  return locales.flatMap((l) => pages.map(({ page, props }) => ({ params: { locale: l.code, page }, props })));
}
