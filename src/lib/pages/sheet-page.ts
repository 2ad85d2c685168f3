/**
 * A service's referral sheet as a view model: its column in the page's language first (the
 * caseworker's), then the other languages' columns the reader can pick for the client
 * (src/lib/sharing/sheet.ts makes the columns). The route only renders it
 * (tests/unit/sheet-page.test.ts).
 */
import type { Service } from '../content/read';
import { languageName } from '../dates/format';
import { getT } from '../i18n/i18next';
import { localize } from '../i18n/localize';
import { sheetColumns } from '../sharing/sheet';
import type { PageContext } from './open-page';

export interface SheetPageInput extends Pick<PageContext, 'directory' | 'locale' | 'site' | 'today'> {
  service: Service;
}

/** The referral sheet's view model. */
export function sheetPage({ directory: d, locale, site, today, service }: SheetPageInput) {
  const columns = sheetColumns(service, d, site, today);
  const own = columns.find((c) => c.locale === locale);
  if (!own) throw new Error(`No sheet column in "${locale}" for ${service.slug}`);
  const category = d.category(service.shared.categories[0]);
  return {
    t: getT(locale),
    /** The column in the page's own language. */
    own,
    /** The columns in every other language, in the locale table's order. */
    others: columns.filter((c) => c.locale !== locale),
    category,
    categoryName: localize(category.text, locale).value.name,
    /** The page's language, named in itself. */
    ownLanguage: languageName(locale, locale),
  };
}

export type SheetPage = ReturnType<typeof sheetPage>;
