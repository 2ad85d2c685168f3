/**
 * A service's referral sheet as a view model: one page per service with its column in every
 * language (src/lib/sharing/sheet.ts makes the columns) and the sheet's controls in every
 * language, since the address, not the page, chooses the caseworker's language
 * (src/lib/sharing/sheet-address.ts). Before any choice, and without JavaScript, the caseworker's
 * column is the network's default language. The route only renders it (tests/unit/sheet-page.test.ts).
 */
import type { Service } from '../content/read';
import { languageName } from '../dates/format';
import { getT } from '../i18n/i18next';
import { defaultLocale, locales } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { paths } from '../routing/routes';
import { sheetColumns } from '../sharing/sheet';
import type { PageContext } from './open-page';

export interface SheetPageInput extends Pick<PageContext, 'directory' | 'site' | 'today'> {
  service: Service;
}

/** The referral sheet's view model. */
export function sheetPage({ directory: d, site, today, service }: SheetPageInput) {
  const columns = sheetColumns(service, d, site, today);
  const category = d.category(service.shared.categories[0]);
  const frames = locales.map((l) => {
    const t = getT(l.code);
    const column = columns.find((c) => c.locale === l.code);
    if (!column) throw new Error(`No sheet column in "${l.code}" for ${service.slug}`);
    const ownLanguage = languageName(l.code, l.code);
    return {
      locale: l.code,
      tag: l.tag,
      dir: l.dir,
      t,
      /** The page title while this language is the caseworker's. */
      title: `${t('handoff.sheet.title')}: ${column.name.text} · ${t('site.name')}`,
      /** The service's name in this language, for the way back. */
      name: column.name.text,
      /** The language named in itself. */
      ownLanguage,
      intro: t('handoff.sheet.intro', { language: ownLanguage }),
      /** The service page and its topic, in this language. */
      back: paths.service(l.code, service.slug),
      categoryName: localize(category.text, l.code).value.name,
      category: paths.category(l.code, category.slug),
    };
  });
  const first = frames.find((f) => f.locale === defaultLocale) ?? frames[0];
  return {
    /** The caseworker's language before any choice, and without JavaScript. */
    own: defaultLocale,
    /** The page's language, direction and title before any choice: the default language's. */
    tag: first.tag,
    dir: first.dir,
    title: first.title,
    /** Every language's column, the default language's first, then the locale table's order. */
    columns: [...columns.filter((c) => c.locale === defaultLocale), ...columns.filter((c) => c.locale !== defaultLocale)],
    /** The sheet's heading and controls in every language; the default language's is shown first. */
    frames,
  };
}

export type SheetPage = ReturnType<typeof sheetPage>;
