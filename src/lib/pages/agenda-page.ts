/**
 * The calendar's agenda pages (every date, a town's, a topic's) as one view model: which entries'
 * dates the agenda lists from the build's day, its title and the feed its subscribe box offers.
 * The routes only render it (tests/unit/agenda-page.test.ts).
 */
import { agenda } from '../calendar/agenda';
import { scopeEntries, type FeedScope } from '../calendar/feeds';
import type { Category, Town } from '../content/read';
import type { TFunction } from 'i18next';
import { getT } from '../i18n/i18next';
import type { LocaleCode } from '../i18n/locales';
import { localize } from '../i18n/localize';
import type { PageContext } from './open-page';

/** Whose dates an agenda page lists: the whole network's, one town's or one topic's. */
export type AgendaScope = { kind: 'all' } | { kind: 'town'; town: Town } | { kind: 'category'; category: Category };

export interface AgendaPageInput extends Pick<PageContext, 'directory' | 'locale' | 'today'> {
  scope: AgendaScope;
}

/** What differs between the agenda pages: their title, their feed and the filter link they mark current. */
function scopeParts(
  scope: AgendaScope,
  locale: LocaleCode,
  t: TFunction,
): { title: string; feed: FeedScope; current: { town?: string; category?: string } } {
  switch (scope.kind) {
    case 'all':
      return { title: t('calendar.title'), feed: { kind: 'all' }, current: {} };
    case 'town': {
      const town = localize(scope.town.text, locale).value.name;
      return {
        title: t('calendar.townTitle', { town }),
        feed: { kind: 'town', slug: scope.town.slug },
        current: { town: scope.town.slug },
      };
    }
    case 'category': {
      const category = localize(scope.category.text, locale).value.name;
      const slug = scope.category.slug;
      return { title: t('calendar.categoryTitle', { category }), feed: { kind: 'category', slug }, current: { category: slug } };
    }
  }
}

/** An agenda page's view model. */
export function agendaPage({ directory: d, locale, today, scope }: AgendaPageInput) {
  const t = getT(locale);
  const { title, feed, current } = scopeParts(scope, locale, t);
  return {
    t,
    title,
    /** The dates listed, from `today` on. */
    items: agenda(scopeEntries(d, feed), d.town, today),
    from: today,
    /** The feed the page's subscribe box offers. */
    feed,
    /** The town or topic the agenda's filter links mark as the current page. */
    current,
  };
}

export type AgendaPage = ReturnType<typeof agendaPage>;
