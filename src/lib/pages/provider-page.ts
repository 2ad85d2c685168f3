/**
 * A provider's page as a view model: the provider in the reader's language, the towns it serves
 * and its services sorted by name. The route only renders it (tests/unit/provider-page.test.ts).
 */
import { sortByName } from '../content/directory';
import type { Provider } from '../content/read';
import { getT } from '../i18n/i18next';
import { localize } from '../i18n/localize';
import { passages } from '../i18n/untranslated';
import { showsFallback } from './fallback-notice';
import type { PageContext } from './open-page';

export interface ProviderPageInput extends Pick<PageContext, 'directory' | 'locale'> {
  provider: Provider;
}

/** The provider page's view model. */
export function providerPage({ directory: d, locale, provider }: ProviderPageInput) {
  const text = localize(provider.text, locale);
  const services = sortByName(d.servicesOfProvider(provider.slug), locale);
  return {
    t: getT(locale),
    text,
    passage: passages('providers', text, locale),
    services,
    towns: provider.shared.towns.map((slug) => ({ slug, name: d.townName(slug, locale) })),
    /** The fallback notice: the provider or a service's name or summary is shown in the default language. */
    fallback: showsFallback(text, services, locale, ['name', 'summary']),
  };
}

export type ProviderPage = ReturnType<typeof providerPage>;
