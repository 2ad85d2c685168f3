/**
 * One representative URL per page type, per locale: what the accessibility, HTML, privacy and
 * layout checks visit. Records with the longest names are picked, since they stretch layouts most.
 */
import path from 'node:path';
import { readNetwork, type Network } from '../../src/lib/content/read';
import type { LocaleCode } from '../../src/lib/locales';
import { paths } from '../../src/lib/routes';

let network: Network | undefined;
const sample = () => (network ??= readNetwork(path.resolve('content')));

function longest<T extends { slug: string; text: { en: object } }>(items: T[], field: string): string {
  const len = (i: T) => String((i.text.en as Record<string, unknown>)[field] ?? '').length;
  return [...items].sort((a, b) => len(b) - len(a) || a.slug.localeCompare(b.slug))[0].slug;
}

/** Page type → URL path, for the sample network in one locale. */
export function pageTypes(locale: LocaleCode): Record<string, string> {
  const n = sample();
  return {
    home: paths.home(locale),
    town: paths.town(locale, longest(n.towns, 'name')),
    category: paths.category(locale, 'housing'),
    service: paths.service(locale, longest(n.services, 'description')),
    sheet: paths.sheet(locale, longest(n.services, 'description')),
    provider: paths.provider(locale, longest(n.providers, 'name')),
    calendar: paths.calendar(locale),
    calendarTown: paths.calendarTown(locale, 'valmara'),
    calendarCategory: paths.calendarCategory(locale, 'health'),
    entry: paths.entry(locale, longest(n.calendar, 'description')),
    subscribe: paths.subscribeHelp(locale),
    search: `/${locale}/search/`,
    finder: `/${locale}/finder/`,
    overview: `/${locale}/overview/`,
    overviewCategory: `/${locale}/overview/housing/`,
    myList: paths.myList(locale),
  };
}

/** Pages outside the locales. */
export const rootPages = { root: '/', notFound: '/404.html' };
