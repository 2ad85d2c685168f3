/**
 * Lookups over the whole network, built once per build: which services a town has, which a
 * category has, who runs what. Pages ask this instead of scanning collections per page.
 */
import type { CalendarEntry, Category, Network, Provider, Service, Town } from './read';
import type { LocaleCode } from '../i18n/locales';
import { getLocale } from '../i18n/locales';
import { localize, type LocalizedText } from '../i18n/localize';
import { upcomingByService, type AgendaItem } from '../calendar/agenda';

export interface Directory extends Network {
  town: (slug: string) => Town;
  /** A town's name in the reader's language (or in the language its text fell back to). */
  townName: (slug: string, locale: LocaleCode) => string;
  category: (slug: string) => Category;
  provider: (slug: string) => Provider;
  service: (slug: string) => Service;
  servicesInTown: (slug: string) => Service[];
  servicesInCategory: (slug: string) => Service[];
  servicesOfProvider: (slug: string) => Service[];
  entry: (slug: string) => CalendarEntry;
  entriesInTown: (slug: string) => CalendarEntry[];
  entriesInCategory: (slug: string) => CalendarEntry[];
  /** A service's next dates from `from` (expanded once per build and date, then looked up). */
  nextDatesForService: (slug: string, from: string, limit?: number) => AgendaItem[];
}

function index<T extends { slug: string }>(items: T[], what: string): (slug: string) => T {
  const map = new Map(items.map((i) => [i.slug, i]));
  return (slug) => {
    const found = map.get(slug);
    if (!found) throw new Error(`No ${what} with slug "${slug}"`);
    return found;
  };
}

function group<T>(records: T[], keysOf: (r: T) => string[]): (slug: string) => T[] {
  const map = new Map<string, T[]>();
  for (const s of records) {
    for (const key of new Set(keysOf(s))) {
      if (!map.has(key)) map.set(key, []);
      map.get(key)!.push(s);
    }
  }
  return (slug) => map.get(slug) ?? [];
}

/** Builds the lookups for a validated network. */
export function buildDirectory(network: Network): Directory {
  const town = index(network.towns, 'town');
  const upcoming = new Map<string, Map<string, AgendaItem[]>>();
  return {
    ...network,
    town,
    townName: (slug, locale) => localize<{ name: string }>(town(slug).text, locale).value.name,
    category: index(network.categories, 'category'),
    provider: index(network.providers, 'provider'),
    service: index(network.services, 'service'),
    servicesInTown: group(network.services, (s) => s.shared.towns),
    servicesInCategory: group(network.services, (s) => s.shared.categories),
    servicesOfProvider: group(network.services, (s) => [s.shared.provider]),
    entry: index(network.calendar, 'calendar entry'),
    entriesInTown: group(network.calendar, (e) => e.shared.towns),
    entriesInCategory: group(network.calendar, (e) => e.shared.categories),
    nextDatesForService: (slug, from, limit = 5) => {
      if (!upcoming.has(from)) upcoming.set(from, upcomingByService(network.calendar, town, from));
      return (upcoming.get(from)!.get(slug) ?? []).slice(0, limit);
    },
  };
}

const collators = new Map<LocaleCode, Intl.Collator>();

/** Sorts records by their name in the reader's language (ended services last). */
export function sortByName<T extends { text: LocalizedText<{ name: string }>; shared: object }>(
  items: T[],
  locale: LocaleCode,
): T[] {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(getLocale(locale).tag)));
  const rank = (i: T) => ('status' in i.shared && i.shared.status === 'ended' ? 1 : 0);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      collator.compare(localize(a.text, locale).value.name, localize(b.text, locale).value.name),
  );
}
