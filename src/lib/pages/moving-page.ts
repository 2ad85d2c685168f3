/**
 * The moving view's page (`/<locale>/moving/`): the towns and answers its plain form offers, the
 * strings its island needs, and each town's arrival page for readers without JavaScript. The
 * comparison itself runs in the island (src/lib/moving/moving.ts).
 */
import type { TFunction } from 'i18next';
import { sortByName } from '../content/directory';
import { residenceStatuses } from '../content/schema';
import { getT, uiStrings } from '../i18n/i18next';
import { localize } from '../i18n/localize';
import { pickStrings } from '../i18n/ui-text';
import type { PageContext } from './open-page';
import { paths } from '../routing/routes';
import { whoOptions } from '../search/finder';

/** The moving page's view model. */
export function movingPage({ directory: d, locale }: Pick<PageContext, 'directory' | 'locale'>) {
  const t: TFunction = getT(locale);
  return {
    t,
    action: paths.moving(locale),
    towns: sortByName(d.towns, locale).map((town) => ({
      slug: town.slug,
      name: localize<{ name: string }>(town.text, locale).value.name,
      arrivingHref: paths.arriving(locale, town.slug),
    })),
    who: whoOptions.map((value) => ({ value, label: t(`finder.whoOption.${value}`) })),
    statuses: residenceStatuses.map((value) => ({ value, label: t(`finder.statusOption.${value}`) })),
    strings: {
      ...pickStrings(uiStrings[locale], 'moving'),
      differsLabel: t('overview.differsLabel'),
      where: t('arrival.where'),
      bring: t('arrival.bring'),
      who: t('finder.who'),
      status: t('finder.statusOf.me'),
      age: t('finder.ageOf.me'),
      ageHint: t('finder.ageHint'),
      notSaying: t('finder.notSaying'),
    },
  };
}
