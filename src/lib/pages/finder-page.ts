/**
 * The eligibility finder's page as a view model: the island's words in the reader's language and
 * the topic pages it points to. The finder's data itself is a file of its own
 * (src/lib/search/finder-data.ts). Tested in tests/unit/finder-page.test.ts.
 */
import { getT, uiStrings } from '../i18n/i18next';
import { localize } from '../i18n/localize';
import { pickStrings } from '../i18n/ui-text';
import { paths } from '../routing/routes';
import type { PageContext } from './open-page';

export type FinderPageInput = Pick<PageContext, 'directory' | 'locale'>;

/** The finder page's view model. */
export function finderPage({ directory: d, locale }: FinderPageInput) {
  const t = getT(locale);
  return {
    t,
    strings: {
      ...pickStrings(uiStrings[locale], 'finder'),
      closed: t('serviceStatus.temporarily-closed'),
      ended: t('serviceStatus.ended'),
      // "Sort by distance from me" says what search says.
      nearMe: t('search.nearMe'),
      nearMeNote: t('search.nearMeNote'),
      nearMeOn: t('search.nearMeOn'),
      nearMeUnavailable: t('search.nearMeUnavailable'),
      distance: t('search.distance', { distance: '{{distance}}' }),
    },
    topics: d.categories.map((c) => ({ href: paths.category(locale, c.slug), label: localize(c.text, locale).value.name })),
  };
}

export type FinderPage = ReturnType<typeof finderPage>;
