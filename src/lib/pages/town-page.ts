/**
 * A town's page as a view model: the town in the reader's language, its office, and its services
 * in one section per topic (in the taxonomy's order, each sorted by name, empty topics left out),
 * each service with its places for "sort by distance from me" (src/scripts/near-me.ts reorders
 * the sections on the phone). The route only renders it (tests/unit/town-page.test.ts).
 */
import { sortByName } from '../content/directory';
import { geoMeta, servicePlaces } from '../search/distance';
import type { Town } from '../content/read';
import { getT } from '../i18n/i18next';
import { localize } from '../i18n/localize';
import { passages } from '../i18n/untranslated';
import { showsFallback } from './fallback-notice';
import type { PageContext } from './open-page';
import { townSuggestions, type EditingSite } from './suggestions';

export interface TownPageInput extends Pick<PageContext, 'directory' | 'locale' | 'site'> {
  town: Town;
  /** Where records are edited (cms/settings.yml); defaults to the build's. */
  editing?: EditingSite;
}

/** The town page's view model. */
export function townPage({ directory: d, locale, town, site, editing }: TownPageInput) {
  const text = localize(town.text, locale);
  const services = d.servicesInTown(town.slug);
  const sections = d.categories
    .map((c) => ({ category: c, text: localize(c.text, locale) }))
    .map(({ category: c, text }) => ({
      category: c,
      text,
      name: passages('categories', text, locale)('name'),
      services: sortByName(
        services.filter((s) => s.shared.categories[0] === c.slug),
        locale,
      ),
    }))
    .filter((s) => s.services.length > 0);
  return {
    t: getT(locale),
    text,
    passage: passages('towns', text, locale),
    /** The town office. */
    o: town.shared.office,
    services,
    sections,
    /** A service's places as `geo` data for the phone's sort: its locations, else its towns' offices. */
    geo: (service: (typeof services)[number]) => geoMeta(servicePlaces(service.shared, (slug) => d.town(slug).shared.office.geo)),
    /** The fallback notice: the town or a service's name or summary is shown in the default language. */
    fallback: showsFallback(text, services, locale, ['name', 'summary']),
    /** Suggest a change, propose a service or event: mail to the town's editors. */
    suggest: townSuggestions({ directory: d, locale, site, town, editing }),
  };
}

export type TownPage = ReturnType<typeof townPage>;
