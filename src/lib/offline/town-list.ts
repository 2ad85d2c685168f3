/**
 * The pages "keep this town offline" stores: everything a resident of one town needs in one
 * language, without search and feeds. Written per town and locale as
 * /<locale>/towns/<town>/offline.json; the town page's script fetches each URL into Cache Storage.
 */
import type { Directory } from '../content/directory';
import type { LocaleCode } from '../i18n/locales';
import { bucketOf } from '../sharing/my-list';
import { listFileCount } from '../sharing/my-list-data';
import { paths } from '../routing/routes';

export interface TownOfflineList {
  town: string;
  locale: LocaleCode;
  /** Site paths, the town page first. */
  urls: string[];
}

/**
 * The town page, its services and their providers, its calendar and entries, its arrival steps,
 * My list and the finder with the files that name them, and the moving view with the town's file
 * (moving between two towns kept offline works offline).
 */
export function townOfflineList(d: Directory, town: string, locale: LocaleCode): TownOfflineList {
  const services = d.servicesInTown(town);
  const entries = d.entriesInTown(town);
  const buckets = listFileCount(d);
  const providers = [...new Set(services.map((s) => s.shared.provider))].sort();
  const urls = [
    paths.town(locale, town),
    ...services.map((s) => paths.service(locale, s.slug)),
    ...providers.map((p) => paths.provider(locale, p)),
    paths.calendarTown(locale, town),
    ...entries.map((e) => paths.entry(locale, e.slug)),
    paths.home(locale),
    paths.myList(locale),
    paths.finder(locale),
    paths.finderData(locale),
    paths.finderTown(locale, town),
    paths.arriving(locale, town),
    paths.moving(locale),
    paths.movingTown(locale, town),
    ...[...services, ...entries].map((r) => paths.myListData(locale, bucketOf(r.slug, buckets))),
  ];
  return { town, locale, urls: [...new Set(urls)] };
}
