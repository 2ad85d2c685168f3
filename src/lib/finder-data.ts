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
import { residenceStatuses, type ServiceShared, type ServiceText } from './schema';
import type { FinderData, FinderEligibility, ReasonKind } from './finder';
import { formatList } from './format';

/**
 * The sentence for each reason that could hide a service, in the reader's language:
 * "Only for people who live in Valmara", "Only from age 18", "Only for recognised refugees or …".
 * @param townNames names of the service's towns, in the reader's language
 */
export function reasonTexts(
  shared: Pick<ServiceShared, 'status' | 'towns'> & { eligibility: FinderEligibility },
  t: TFunction,
  locale: LocaleCode,
  townNames: string[],
): Partial<Record<ReasonKind, string>> {
  const or = (items: string[]) => formatList(items, locale, 'disjunction');
  const e = shared.eligibility;
  const why: Partial<Record<ReasonKind, string>> = {};
  if (shared.status === 'ended') why.ended = t('finder.reason.ended');
  if (e.residence !== 'lives-in-network') {
    why.town = t(`finder.reason.town.${e.residence}`, { towns: or(townNames) });
  }
  if (e.residenceStatuses.length > 0) {
    why.status = t('finder.reason.status', {
      list: or(e.residenceStatuses.map((s) => t(`residenceStatus.${s}`))),
    });
  }
  if (e.ageMin !== undefined) why.ageMin = t('finder.reason.ageFrom', { count: e.ageMin });
  if (e.ageMax !== undefined) why.ageMax = t('finder.reason.ageUpTo', { count: e.ageMax });
  return why;
}

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
