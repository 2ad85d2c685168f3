/**
 * My list's page as a view model. The page itself is empty until src/scripts/my-list.ts fills it
 * on the phone; what the build decides is the script's words, handed over as inert JSON, and how
 * many My list files the script may fetch. Tested in tests/unit/my-list-page.test.ts.
 */
import { getT } from '../i18n/i18next';
import { defaultLocale } from '../i18n/locales';
import { untranslatedLabel } from '../i18n/untranslated';
import { listFileCount } from '../sharing/my-list-data';
import type { PageContext } from './open-page';

export type MyListPageInput = Pick<PageContext, 'directory' | 'locale'>;

/** My list's view model. */
export function myListPage({ directory: d, locale }: MyListPageInput) {
  const t = getT(locale);
  const strings = {
    remove: t('handoff.list.remove'),
    unknown: t('handoff.list.unknown'),
    copied: t('handoff.share.copied'),
    copyFailed: t('handoff.share.copyFailed'),
    cleared: t('handoff.list.cleared'),
    kept: t('handoff.list.kept'),
    loadFailed: t('handoff.list.loadFailed'),
    // The label of a card whose text is still in the default language (the Untranslated component's words).
    untranslated: untranslatedLabel(defaultLocale, locale) ?? '',
  };
  return {
    t,
    strings,
    /** The script's words as JSON that cannot close the script element it is in. */
    json: JSON.stringify(strings).replace(/</g, '\\u003c'),
    /** How many My list files the network has. */
    buckets: listFileCount(d),
  };
}

export type MyListPage = ReturnType<typeof myListPage>;
