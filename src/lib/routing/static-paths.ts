/**
 * `getStaticPaths` for every localized route, so route files only re-export them. Each page gets
 * its record as a prop; the Directory behind it is built once per build. Every list leaves through
 * `shardPaths`, so a sharded build (CROSSROADS_SHARD) renders only its own pages, new routes
 * included (tests/unit/shard-routes.test.ts fails on a route that goes around it).
 */
import { buildShard, inShard, type ShardPlan } from '../build/shard';
import { getDirectory } from '../content/get-directory';
import { localeCodes, locales } from '../i18n/locales';
import { listFileCount } from '../sharing/my-list-data';
import { localizedPaths } from './routes';
import { townPageRoutes } from './town-pages';

/** What a route's entry needs for `shardPaths`: a `locale` parameter when it has one. */
interface PathEntry {
  params: Record<string, string | undefined>;
}

/**
 * The one way out of every `getStaticPaths`: the entries of this build's shard (all of them when
 * the build is whole; src/lib/build/shard.ts decides). An entry's shard follows its `locale`
 * parameter (none: the first shard) and, when a locale is split over shards, `towns(entry)`: the
 * towns the page is about (none for pages about every town).
 */
export async function shardPaths<E extends PathEntry>(entries: E[], towns?: (entry: E) => readonly string[] | undefined): Promise<E[]> {
  const shard = buildShard();
  if (!shard) return entries;
  const plan: ShardPlan = { locales: localeCodes, towns: await townSlugs() };
  return entries.filter((entry) => inShard({ locale: entry.params.locale, towns: towns?.(entry) }, plan, shard));
}

let slugsMade: Promise<string[]> | undefined;
/** Every town's slug, one list per build (the shard choice keeps its slug order per list). */
const townSlugs = () => (slugsMade ??= getDirectory().then((d) => d.towns.map((t) => t.slug)));

/** The towns a record's pages are about, for `shardPaths`. */
const recordTowns = (entry: { props: { item: { shared: { towns: readonly string[] } } } }) => entry.props.item.shared.towns;

export async function localeStaticPaths() {
  return shardPaths(locales.map((l) => ({ params: { locale: l.code } })));
}
export async function townStaticPaths() {
  return shardPaths(
    localizedPaths((await getDirectory()).towns, 'town', (t) => t.slug),
    (e) => [e.props.item.slug],
  );
}
export async function categoryStaticPaths() {
  return shardPaths(localizedPaths((await getDirectory()).categories, 'category', (c) => c.slug));
}
export async function serviceStaticPaths() {
  return shardPaths(
    localizedPaths((await getDirectory()).services, 'service', (s) => s.slug),
    recordTowns,
  );
}
/**
 * A service's referral sheet: one page per service, holding every language (paths.sheet). It has
 * no locale, so a sharded build gives it to the first shard.
 */
export async function sheetStaticPaths() {
  return shardPaths((await getDirectory()).services.map((item) => ({ params: { service: item.slug }, props: { item } })));
}
export async function providerStaticPaths() {
  return shardPaths(
    localizedPaths((await getDirectory()).providers, 'provider', (p) => p.slug),
    recordTowns,
  );
}
export async function entryStaticPaths() {
  return shardPaths(
    localizedPaths((await getDirectory()).calendar, 'entry', (e) => e.slug),
    recordTowns,
  );
}
export async function myListStaticPaths() {
  const count = listFileCount(await getDirectory());
  return shardPaths(locales.flatMap((l) => Array.from({ length: count }, (_, i) => ({ params: { locale: l.code, bucket: String(i) } }))));
}
/**
 * A topic's comparisons of the towns (the readers' and the coordinators'), split into pages of
 * towns (src/lib/routing/town-pages.ts).
 */
export async function categoryComparePaths() {
  const d = await getDirectory();
  const pages = townPageRoutes(d.towns.map((t) => t.slug));
  return shardPaths(
    locales.flatMap((l) =>
      d.categories.flatMap((item) =>
        pages.map(({ page, props }) => ({ params: { locale: l.code, category: item.slug, page }, props: { item, ...props } })),
      ),
    ),
  );
}
/** The coordinators' overview, split into pages of towns like the comparisons. */
export async function overviewPaths() {
  const pages = townPageRoutes((await getDirectory()).towns.map((t) => t.slug));
  return shardPaths(locales.flatMap((l) => pages.map(({ page, props }) => ({ params: { locale: l.code, page }, props }))));
}
