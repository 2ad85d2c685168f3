/**
 * A language's start page as a view model: the towns sorted by name in the reader's language,
 * each with how many services it lists, and how many services are still offered network-wide.
 * The route only renders it (tests/unit/home-page.test.ts).
 */
import { sortByName } from '../content/directory';
import { getT } from '../i18n/i18next';
import { localize } from '../i18n/localize';
import type { PageContext } from './open-page';

export type HomePageInput = Pick<PageContext, 'directory' | 'locale'>;

/** The start page's view model. */
export function homePage({ directory: d, locale }: HomePageInput) {
  return {
    t: getT(locale),
    towns: sortByName(d.towns, locale).map((town) => ({
      town,
      text: localize(town.text, locale),
      count: d.servicesInTown(town.slug).length,
    })),
    /** Services not ended, network-wide. */
    active: d.services.filter((s) => s.shared.status !== 'ended').length,
    townCount: d.towns.length,
  };
}

export type HomePage = ReturnType<typeof homePage>;
