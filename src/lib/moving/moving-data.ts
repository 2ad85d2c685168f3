/**
 * Writes the moving view's per-town files (`/<locale>/moving/towns/<town>.json`, the types in
 * moving.ts): a town's arrival steps, the services its residents may use with each rule as the
 * network overview compares it (coverage.ts), their moving notes and residence clocks, the topics'
 * names, and the deadlines of the coming months. Everything is written in the file's language at
 * build time, so the island only compares and shows.
 */
import type { TFunction } from 'i18next';
import { sortByName, type Directory } from '../content/directory';
import type { Service, Town } from '../content/read';
import { groupWith } from '../content/eligibility';
import { describeOccurrence } from '../calendar/agenda';
import { documentTypes, type ServiceText } from '../content/schema';
import { buildDate } from '../dates/days';
import type { LocaleCode } from '../i18n/locales';
import { fieldsWithLang, localize } from '../i18n/localize';
import { compareCellText, compareRowLabel, factValue, type CompareRow, type CompareRowKind } from '../open-data/coverage';
import { arrivalDates } from '../pages/arriving-page';
import { paths } from '../routing/routes';
import { reasonTexts } from '../search/finder-data';
import { servesTown } from '../search/finder';
import { arrivalSteps } from './arrival';
import type { MovingFact, MovingService, MovingTown } from './moving';

/** Every rule of a service, in the overview's row order; a document row for each document it asks for. */
function facts(s: Service, t: TFunction, locale: LocaleCode): MovingFact[] {
  const e = s.shared.eligibility;
  const specs: { kind: CompareRowKind; document?: (typeof documentTypes)[number] }[] = [
    { kind: 'status' },
    { kind: 'audience' },
    { kind: 'age' },
    { kind: 'residence' },
    ...documentTypes.filter((document) => groupWith(e.documents, document)).map((document) => ({ kind: 'document' as const, document })),
    { kind: 'cost' },
    { kind: 'appointment' },
  ];
  return specs.map(({ kind, document }) => {
    const row: CompareRow = { kind, document, values: [], varies: false, differs: [] };
    return {
      key: kind === 'document' ? `document:${document}` : kind,
      label: compareRowLabel(row, t),
      value: factValue(s, kind, document),
      text: compareCellText(row, s, t, locale),
    };
  });
}

function movingService(d: Directory, s: Service, locale: LocaleCode, t: TFunction): MovingService {
  const text = localize<ServiceText>(s.text, locale);
  const { residenceStatuses, audiences, ageMin, ageMax, residence, residenceMonths } = s.shared.eligibility;
  const eligibility = { residenceStatuses, audiences, ageMin, ageMax, residence, residenceMonths };
  const why = reasonTexts(
    { status: s.shared.status, eligibility },
    t,
    locale,
    s.shared.towns.map((slug) => d.townName(slug, locale)),
  );
  const note = text.value.movingNote ? fieldsWithLang(text, ['movingNote'], locale) : {};
  return {
    slug: s.slug,
    ...fieldsWithLang(text, ['name'], locale),
    href: paths.service(locale, s.slug),
    categories: s.shared.categories,
    towns: s.shared.towns,
    status: s.shared.status,
    eligibility,
    facts: facts(s, t, locale),
    ...note,
    ...(why.months ? { clock: why.months } : {}),
  };
}

/** One town's moving file in one locale. */
export function movingTown(d: Directory, town: Town, locale: LocaleCode, t: TFunction, today = buildDate()): MovingTown {
  const services = sortByName(
    d.services.filter((s) => servesTown({ towns: s.shared.towns, eligibility: s.shared.eligibility }, town.slug)),
    locale,
  );
  return {
    town: town.slug,
    name: d.townName(town.slug, locale),
    arrivingHref: paths.arriving(locale, town.slug),
    steps: arrivalSteps(town, locale, t).map((step) => ({
      ...step,
      serviceName: localize<ServiceText>(d.service(step.service).text, locale).value.name,
      serviceHref: paths.service(locale, step.service),
    })),
    services: services.map((s) => movingService(d, s, locale, t)),
    topics: d.categories.map((c) => ({ slug: c.slug, name: localize<{ name: string }>(c.text, locale).value.name })),
    dates: arrivalDates(d, town, today)
      .filter(({ entry }) => entry.shared.kind === 'deadline' || entry.shared.kind === 'application-window')
      .map(({ entry, occurrence, timezone }) => ({
        day: occurrence.start.slice(0, 10),
        when: describeOccurrence(occurrence, timezone, locale),
        ...fieldsWithLang(localize(entry.text, locale), ['title'], locale),
        href: paths.entry(locale, entry.slug),
      })),
    notNeeded: t('overview.cell.notNeeded'),
  };
}

/**
 * "The same service in other towns": services of the same main topic that serve none of this
 * service's towns (ended ones left out), with the towns they serve, in the network's town order.
 */
export function sameServiceElsewhere(d: Directory, service: Service): Service[] {
  const topic = service.shared.categories[0];
  const order = new Map(d.towns.map((town, i) => [town.slug, i]));
  const first = (s: Service) => Math.min(...s.shared.towns.map((slug) => order.get(slug) ?? Infinity));
  return d
    .servicesInCategory(topic)
    .filter(
      (s) =>
        s.shared.categories[0] === topic &&
        s.shared.status !== 'ended' &&
        !s.shared.towns.some((town) => service.shared.towns.includes(town)),
    )
    .sort((a, b) => first(a) - first(b) || a.slug.localeCompare(b.slug));
}
