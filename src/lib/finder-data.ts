/**
 * Builds the finder's per-locale file (`/<locale>/finder.json`): every service with only what the
 * finder checks, its name and summary in the reader's language, and the reason sentences. Kept
 * small: no documents, hours or contacts (the service page has them).
 */
import type { TFunction } from 'i18next';
import type { Service } from './content/read';
import { sortByName, type Directory } from './directory';
import { langAttr, localize } from './localize';
import type { LocaleCode } from './locales';
import { residenceStatuses, type ServiceText } from './schema';
import { reasonTexts, type FinderData, type FinderEligibility } from './finder';

/** The finder's file for one locale: towns, statuses and every service, sorted by name. */
export function finderData(d: Directory, locale: LocaleCode, t: TFunction): FinderData {
  const townName = (slug: string) => localize<{ name: string }>(d.town(slug).text, locale).value.name;
  return {
    locale,
    towns: sortByName(d.towns, locale).map((town) => ({ slug: town.slug, name: townName(town.slug) })),
    statuses: residenceStatuses.map((value) => ({ value, label: t(`finder.statusOption.${value}`) })),
    services: sortByName(d.services, locale).map((service: Service) => {
      const s = service.shared;
      const text = localize<ServiceText>(service.text, locale);
      const { residenceStatuses: statuses, ageMin, ageMax, residence } = s.eligibility;
      const eligibility: FinderEligibility = { residenceStatuses: statuses, ageMin, ageMax, residence };
      const nameLang = langAttr(text, 'name', locale);
      const summaryLang = langAttr(text, 'summary', locale);
      return {
        id: service.id,
        slug: service.slug,
        name: text.value.name,
        summary: text.value.summary,
        ...(nameLang ? { nameLang } : {}),
        ...(summaryLang ? { summaryLang } : {}),
        towns: s.towns,
        status: s.status,
        eligibility,
        why: reasonTexts({ ...s, eligibility }, t, locale, s.towns.map(townName)),
      };
    }),
  };
}
