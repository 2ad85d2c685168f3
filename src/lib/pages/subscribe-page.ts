/**
 * The calendar's subscribe page as a view model: every feed grouped as the page lists them (all
 * towns, each town, each topic with dates; empty groups left out) and the subscribe buttons'
 * labels, which the how-to steps name. Tested in tests/unit/subscribe-page.test.ts.
 */
import { subscribeFeeds } from '../calendar/subscribe-links';
import { getT } from '../i18n/i18next';
import type { PageContext } from './open-page';

export type SubscribePageInput = Pick<PageContext, 'directory' | 'locale' | 'site'>;

/** The subscribe page's view model. */
export function subscribePage({ directory: d, locale, site }: SubscribePageInput) {
  const t = getT(locale);
  const { all, towns, categories } = subscribeFeeds(d, locale, site);
  return {
    t,
    groups: [
      { id: 'feeds-all', title: t('calendar.howto.allTitle'), feeds: [all] },
      { id: 'feeds-towns', title: t('calendar.howto.townsTitle'), feeds: towns },
      { id: 'feeds-topics', title: t('calendar.howto.topicsTitle'), feeds: categories },
    ].filter((g) => g.feeds.length > 0),
    // The steps name the buttons by their own labels, so they always match what is on the page.
    buttons: {
      webcal: t('calendar.subscribe.webcal'),
      google: t('calendar.subscribe.google'),
      outlook: t('calendar.subscribe.outlook'),
    },
  };
}

export type SubscribePage = ReturnType<typeof subscribePage>;
