/**
 * Which shard of a split build each page belongs to (`CROSSROADS_SHARD=i/n npm run build`), so a
 * national network builds on n machines at once and `npm run build:merge` puts the parts together
 * (docs/scale.md, "Shards"). Pure: the same page, locales and towns always give the same shard, on
 * every machine, and every page lands in exactly one shard.
 *
 * Shards split by locale first: with n up to the number of locales, locale j goes to shard j mod n,
 * whole, so each shard can index its own locales' search. With more shards than locales, each
 * locale gets ⌊n/L⌋ or ⌈n/L⌉ consecutive shards and its town pages are dealt over them by the
 * town's place in slug order; a locale's pages without a town (home, search, lists of every town)
 * go to its first shard. Files with no locale (sitemaps, robots, the CMS, the 404 page) go to the
 * first shard of all.
 */

/** A shard as the build sees it: `index` counts from 0, `count` is n. */
export interface Shard {
  index: number;
  count: number;
}

/** What decides a page's shard: its locale (none for site-wide files) and the towns it is about. */
export interface ShardKey {
  locale?: string;
  /** The town slugs the page is about; the first in slug order decides. Empty or left out: none. */
  towns?: readonly string[];
}

/** The network a build splits: the site's locales in table order and every town's slug. */
export interface ShardPlan {
  locales: readonly string[];
  towns: readonly string[];
}

/** The environment variable that chooses a shard. */
export const shardVariable = 'CROSSROADS_SHARD';

/**
 * Reads `i/n` (1-based: shard 1 of 3 is `1/3`, as CI matrices and GitLab's CI_NODE_INDEX count).
 * Unset or empty means the whole site.
 * @throws with the value and what was expected when it is not `i/n` with 1 ≤ i ≤ n ≤ 1000.
 */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(value);
  const fail = (why: string) => new Error(`${shardVariable}="${value}" ${why}; expected i/n with 1 ≤ i ≤ n ≤ 1000, e.g. 2/3`);
  if (!match) throw fail('is not i/n');
  const i = Number(match[1]);
  const n = Number(match[2]);
  if (n < 1 || n > 1000) throw fail(`has n = ${n}`);
  if (i < 1 || i > n) throw fail(`has i = ${i} outside 1…${n}`);
  return { index: i - 1, count: n };
}

/** How `i/n` is written for people and in the shard's marker file. */
export function shardLabel(shard: Shard): string {
  return `${shard.index + 1}/${shard.count}`;
}

/** The shards (0-based) locale number `localeIndex` of `localeCount` is built in: one, or a run of consecutive ones. */
export function shardsOfLocale(localeIndex: number, localeCount: number, count: number): number[] {
  if (count <= localeCount) return [localeIndex % count];
  const base = Math.floor(count / localeCount);
  const extra = count % localeCount;
  const first = localeIndex * base + Math.min(localeIndex, extra);
  const size = base + (localeIndex < extra ? 1 : 0);
  return Array.from({ length: size }, (_, k) => first + k);
}

/** The locales spread over more than one shard: their search bundles are made by the merge. */
export function splitLocales<L extends string>(plan: { locales: readonly L[] }, count: number): L[] {
  return plan.locales.filter((_, j) => shardsOfLocale(j, plan.locales.length, count).length > 1);
}

/**
 * The shard (0-based) a page belongs to.
 * @throws on a locale or town the plan does not have: a route keyed wrongly, never a page to drop.
 */
export function shardOf(key: ShardKey, plan: ShardPlan, count: number): number {
  if (key.locale === undefined) return 0;
  const localeIndex = plan.locales.indexOf(key.locale);
  if (localeIndex < 0) throw new Error(`Sharding: unknown locale "${key.locale}"`);
  const shards = shardsOfLocale(localeIndex, plan.locales.length, count);
  if (shards.length === 1 || !key.towns?.length) return shards[0];
  const town = [...key.towns].sort()[0];
  const position = townPositions(plan.towns).get(town);
  if (position === undefined) throw new Error(`Sharding: unknown town "${town}"`);
  return shards[position % shards.length];
}

const positionsMade = new WeakMap<readonly string[], Map<string, number>>();

/** Each town's place in slug order, made once per list of towns (a build asks for every page). */
function townPositions(towns: readonly string[]): Map<string, number> {
  let positions = positionsMade.get(towns);
  if (!positions) positionsMade.set(towns, (positions = new Map([...towns].sort().map((slug, i) => [slug, i]))));
  return positions;
}

/** True when the page belongs to `shard`; every page belongs to the whole site (no shard). */
export function inShard(key: ShardKey, plan: ShardPlan, shard: Shard | undefined): boolean {
  return !shard || shardOf(key, plan, shard.count) === shard.index;
}

/** The locales whose every page is in `shard`: it indexes their search itself. */
export function wholeLocales<L extends string>(plan: { locales: readonly L[] }, shard: Shard | undefined): L[] {
  if (!shard) return [...plan.locales];
  return plan.locales.filter((_, j) => {
    const shards = shardsOfLocale(j, plan.locales.length, shard.count);
    return shards.length === 1 && shards[0] === shard.index;
  });
}

/** This build's shard, from CROSSROADS_SHARD; undefined for the whole site. */
export function buildShard(): Shard | undefined {
  return parseShard(process.env[shardVariable]);
}

/** The file a shard's output carries so the merge knows which shard it is; never deployed. */
export const shardMarkerFile = 'crossroads-shard.json';

/** What the marker holds: `i/n`, and the locales it was split over, to refuse a merge of shards of different sites. */
export interface ShardMarker {
  shard: string;
  locales: readonly string[];
}
