/**
 * One representative URL per page type, per locale: what the accessibility, HTML, privacy and
 * layout checks visit. Records with the longest names are picked, since they stretch layouts most.
 */
import path from 'node:path';
import { readNetwork, type Network } from '~/lib/content/read';
import type { LocaleCode } from '~/lib/i18n/locales';
import { paths } from '~/lib/routing/routes';

let network: Network | undefined;
const sample = () => (network ??= readNetwork(path.resolve('content')));
let miniNetwork: Network | undefined;
const mini = () => (miniNetwork ??= readNetwork(path.resolve('tests/fixtures/mini')));

function longest<T extends { slug: string; text: { en: object } }>(items: T[], field: string): string {
  const len = (i: T) => String((i.text.en as Record<string, unknown>)[field] ?? '').length;
  return [...items].sort((a, b) => len(b) - len(a) || a.slug.localeCompare(b.slug))[0].slug;
}

/** Page type → URL path, for the sample network in one locale. */
export function pageTypes(locale: LocaleCode): Record<string, string> {
  return pageTypesOf(sample(), locale, { town: 'valmara', calendarCategory: 'health' });
}

/** The same page types in the small fixture network (tests/fixtures/mini), for quick browser checks. */
export function miniPageTypes(locale: LocaleCode): Record<string, string> {
  return pageTypesOf(mini(), locale, { town: 'alpha', calendarCategory: 'housing' });
}

function pageTypesOf(n: Network, locale: LocaleCode, picks: { town: string; calendarCategory: string }): Record<string, string> {
  return {
    home: paths.home(locale),
    town: paths.town(locale, longest(n.towns, 'name')),
    arriving: paths.arriving(locale, picks.town),
    category: paths.category(locale, 'housing'),
    service: paths.service(locale, longest(n.services, 'description')),
    sheet: paths.sheet(longest(n.services, 'description'), locale),
    provider: paths.provider(locale, longest(n.providers, 'name')),
    calendar: paths.calendar(locale),
    calendarTown: paths.calendarTown(locale, picks.town),
    calendarCategory: paths.calendarCategory(locale, picks.calendarCategory),
    entry: paths.entry(locale, longest(n.calendar, 'description')),
    subscribe: paths.subscribeHelp(locale),
    search: `/${locale}/search/`,
    finder: `/${locale}/finder/`,
    overview: `/${locale}/overview/`,
    overviewCategory: `/${locale}/overview/housing/`,
    overviewMetrics: paths.overviewMetrics(locale),
    myList: paths.myList(locale),
    moving: paths.moving(locale),
    movingSheet: paths.movingSheet(locale),
  };
}

/** Pages outside the locales. */
export const rootPages = { root: '/', notFound: '/404.html' };
