/**
 * Builds the finder's files (see `finder.ts`): the towns and statuses, then each town's services
 * with only what the finder checks, their name and summary in the reader's language, and the
 * reason sentences. Kept small: no documents, hours or contacts (the service page has them).
 */
import type { TFunction } from 'i18next';
import type { Service } from '../content/read';
import { sortByName, type Directory } from '../content/directory';
import { fieldsWithLang, localize } from '../i18n/localize';
import type { LocaleCode } from '../i18n/locales';
import { residenceStatuses, type ServiceShared, type ServiceText } from '../content/schema';
import {
  asksFor,
  type FinderEligibility,
  type FinderIndex,
  type FinderNetworkWide,
  type FinderService,
  type FinderTown,
  type ReasonKind,
} from './finder';
import { formatList } from '../dates/format';
import { geoMeta, servicePlaces, type Point } from './distance';
import { madeOnce } from '../build/made-once';

/**
 * The sentence for each reason that could hide a service, in the reader's language:
 * "Only from age 18", "Only for recognised refugees or …", "Only for women", "You must be
 * registered as living in Aurelia for at least 12 months". The audience and residence sentences
 * are the service page's own (`eligibility.*`), so the finder and the page say the same thing.
 * @param townNames names of the towns the service lists, in the reader's language
 */
export function reasonTexts(
  shared: Pick<ServiceShared, 'status'> & { eligibility: FinderEligibility },
  t: TFunction,
  locale: LocaleCode,
  townNames: string[],
): Partial<Record<ReasonKind, string>> {
  const e = shared.eligibility;
  const why: Partial<Record<ReasonKind, string>> = {};
  const towns = formatList(townNames, locale, 'disjunction');
  if (shared.status === 'ended') why.ended = t('finder.reason.ended');
  if (townNames.length > 0) why.town = t('finder.reason.town', { towns });
  if (e.residenceStatuses.length > 0) {
    why.status = t('finder.reason.status', {
      list: formatList(
        e.residenceStatuses.map((s) => t(`residenceStatus.${s}`)),
        locale,
        'disjunction',
      ),
    });
  }
  if (e.ageMin !== undefined) why.ageMin = t('finder.reason.ageFrom', { count: e.ageMin });
  if (e.ageMax !== undefined) why.ageMax = t('finder.reason.ageUpTo', { count: e.ageMax });
  if (e.audiences.length > 0) {
    why.audience = t('eligibility.audiences', {
      list: formatList(
        e.audiences.map((a) => t(`audience.${a}`)),
        locale,
        'disjunction',
      ),
    });
  }
  if (e.residence !== 'none') {
    const residence = t(`eligibility.residence.${e.residence}`, { towns });
    if (e.residence === 'registered-in-town') why.residence = residence;
    if (e.residenceMonths > 0) why.months = `${residence} ${t('eligibility.residence.months', { count: e.residenceMonths })}`;
  }
  return why;
}

/** One service as the finder files hold it, in the reader's language. */
function finderService(
  service: Service,
  locale: LocaleCode,
  t: TFunction,
  townName: (slug: string) => string,
  officeOf: (slug: string) => Point | undefined,
): FinderService {
  const s = service.shared;
  const { residenceStatuses, audiences, ageMin, ageMax, residence, residenceMonths } = s.eligibility;
  const eligibility: FinderEligibility = { residenceStatuses, audiences, ageMin, ageMax, residence, residenceMonths };
  return {
    id: service.id,
    slug: service.slug,
    ...fieldsWithLang(localize<ServiceText>(service.text, locale), ['name', 'summary'], locale),
    towns: s.towns,
    status: s.status,
    eligibility,
    why: reasonTexts({ ...s, eligibility }, t, locale, s.towns.map(townName)),
    geo: geoMeta(servicePlaces(s, officeOf)),
  };
}

interface FinderServices {
  byTown: Map<string, FinderService[]>;
  networkWide: FinderService[];
}

// A locale's services are converted, sorted and grouped by town once per build; each town's file
// and the network-wide file take their part.
const converted = madeOnce<Directory, FinderServices>();
function finderServices(d: Directory, locale: LocaleCode, t: TFunction): FinderServices {
  return converted(d, locale, () => {
    const names = new Map(d.towns.map((town) => [town.slug, townNameIn(town, locale)]));
    const offices = new Map(d.towns.map((town) => [town.slug, town.shared.office.geo]));
    const all = sortByName(d.services, locale).map((s) =>
      finderService(
        s,
        locale,
        t,
        (slug) => names.get(slug) ?? slug,
        (slug) => offices.get(slug),
      ),
    );
    const byTown = new Map<string, FinderService[]>(d.towns.map((town) => [town.slug, []]));
    for (const s of all) for (const town of s.towns) byTown.get(town)!.push(s);
    return { byTown, networkWide: all.filter((s) => s.eligibility.residence === 'lives-in-network') };
  });
}

/** The finder's index for one locale: the towns and statuses its questions offer. */
export function finderIndex(d: Directory, locale: LocaleCode, t: TFunction): FinderIndex {
  return {
    locale,
    towns: sortByName(d.towns, locale).map((town) => ({ slug: town.slug, name: townNameIn(town, locale) })),
    statuses: residenceStatuses.map((value) => ({ value, label: t(`finder.statusOption.${value}`) })),
  };
}

/**
 * The services that list `town`, sorted by name, the count of other towns' services its residents
 * may use, and the questions all of those depend on.
 */
export function finderTown(d: Directory, town: string, locale: LocaleCode, t: TFunction): FinderTown {
  const { byTown, networkWide } = finderServices(d, locale, t);
  const services = byTown.get(town) ?? [];
  const elsewhere = networkWide.filter((s) => !s.towns.includes(town));
  return { town, services, elsewhere: elsewhere.length, asks: asksFor([...services, ...elsewhere]) };
}

function townNameIn(town: Directory['towns'][number], locale: LocaleCode): string {
  return localize<{ name: string }>(town.text, locale).value.name;
}

/** Every service open to residents of all partner towns, sorted by name. */
export function finderNetworkWide(d: Directory, locale: LocaleCode, t: TFunction): FinderNetworkWide {
  return { services: finderServices(d, locale, t).networkWide };
}
