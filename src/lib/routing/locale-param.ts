/**
 * A route's `[locale]` parameter as a LocaleCode. Routes are built only for the site's locales
 * (their getStaticPaths), so any other value is a bug and throws instead of rendering a page.
 * Its own module, not in i18n/locales.ts, so the service worker and admin bundles, which import
 * the locale table, stay exactly as they were.
 */
import { isLocale, type LocaleCode } from '../i18n/locales';

export function localeParam(params: { locale?: string }): LocaleCode {
  const code = params.locale ?? '';
  if (!isLocale(code)) throw new Error(`Unknown locale "${code}"`);
  return code;
}
