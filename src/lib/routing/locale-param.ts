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

/**
 * A route's other parameter (`[town]`, `[service]`…), which its getStaticPaths always sets:
 * missing means the route was wired wrongly, so it throws instead of building a page for "".
 */
export function slugParam<K extends string>(params: Partial<Record<K, string>>, name: K): string {
  const value = params[name];
  if (!value) throw new Error(`The route has no "${name}" parameter`);
  return value;
}

/** The site's public origin (astro.config's `site`): feeds, QR codes and open data link to it. */
export function siteOf(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config must set `site`: pages, feeds and data link to themselves with it');
  return site;
}
