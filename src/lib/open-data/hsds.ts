/**
 * The directory as Open Referral HSDS 3.1 data (https://docs.openreferral.org), one dataset per
 * locale, so 211 services, other directories and researchers can reuse it.
 *
 * Shape: a static mirror of the HSDS API's list endpoints. Each locale has `index.json` (the API
 * root: HSDS version and the files) and one file per endpoint (`services.json`,
 * `organizations.json`, …), each a single HSDS `Page` whose `contents` are records valid against the
 * official schema of that endpoint. Services are fully nested (organization, service at locations
 * with their location, schedules, phones, languages, required documents, eligibility attributes
 * with their taxonomy terms), so `services.json` alone is a complete dataset.
 *
 * Ids: a record's `id` is the UUID the rest of the site uses (`recordId(kind, slug)`); sub-records
 * get `recordId(<hsds table>, <slug-based name>)`, so every id is stable across builds and
 * machines. Text is in the dataset's language, falling back to English field by field as the
 * pages do. Nothing depends on the build's clock, so the output is byte-identical between builds.
 *
 * Adding a table (such as the calendar, which HSDS lacks) is one more entry in `hsdsFiles`.
 */
import type { TFunction } from 'i18next';
import type { Category, Network, Provider, Service, Town } from '../content/read';
import { recordId } from '../content/record-id';
import { localize } from '../i18n/localize';
import { getLocale, type LocaleCode } from '../i18n/locales';
import { paths } from '../routing/routes';
import { documentGroupText, eligibilityFacts } from '../content/eligibility';
import { formatEuros, formatList, formatWeekday, languageName } from '../dates/format';
import type { Json } from './json';
import {
  audiences,
  documentTypes,
  providerTypes,
  residenceRequirements,
  residenceStatuses,
  type CategoryText,
  type ProviderText,
  type ServiceText,
  type TownText,
  type Weekday,
} from '../content/schema';

/** The HSDS version the export follows. */
export const hsdsVersion = '3.1';

/** The network data the export needs (a Directory or a Network both fit). */
export type HsdsSource = Pick<Network, 'towns' | 'categories' | 'providers' | 'services'>;

export interface HsdsOptions {
  locale: LocaleCode;
  /** The site's public address, for absolute links to the pages: https://crossroads.example.org/ */
  site: string | URL;
  /** UI strings of `locale` (labels of the fixed lists, sentences of eligibility). */
  t: TFunction;
}

export interface HsdsDataset {
  locale: LocaleCode;
  /** Fully nested services, in slug order. */
  services: Json[];
  organizations: Json[];
  serviceAtLocations: Json[];
  taxonomies: Json[];
  taxonomyTerms: Json[];
}

/** Every file of a locale's dataset: its name, the official schema its records follow, its content. */
export const hsdsFiles: {
  /** File name below /data/hsds/<locale>/, also the HSDS API endpoint it mirrors. */
  name: string;
  /** Schema file (in the official schema folder) each record of `contents` must validate against. */
  schema: string;
  build: (d: HsdsDataset) => Json[];
}[] = [
  { name: 'services', schema: 'service.json', build: (d) => d.services },
  { name: 'organizations', schema: 'organization.json', build: (d) => d.organizations },
  { name: 'service_at_locations', schema: 'service_at_location.json', build: (d) => d.serviceAtLocations },
  { name: 'taxonomies', schema: 'taxonomy.json', build: (d) => d.taxonomies },
  { name: 'taxonomy_terms', schema: 'taxonomy_term.json', build: (d) => d.taxonomyTerms },
];

/** Where a locale's dataset files live on the site. */
export function hsdsPath(locale: LocaleCode, file: string): string {
  return `/data/hsds/${locale}/${file}.json`;
}

/** An HSDS API `Page` holding every record at once (a static mirror has one page per list). */
export function hsdsPage(contents: Json[]): Json {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

/** The API root (`index.json`): HSDS version and the files of this dataset. */
export function hsdsIndex(locale: LocaleCode, site: string | URL): Json {
  return {
    version: hsdsVersion,
    // Not part of the HSDS root object: which files this static mirror has, for a crawler.
    language: getLocale(locale).tag,
    files: hsdsFiles.map((f) => new URL(hsdsPath(locale, f.name), site).href),
  };
}

/**
 * JSON as the export writes it: compact (a large network's files stay small), keys in the order the
 * records define them, a final newline.
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Taxonomies. Categories keep the ids the site uses for them; the fixed lists of schema.ts become
// terms of one vocabulary, each list a parent term; Open Eligibility's top-level terms, which the
// categories map to, are a taxonomy of their own.

const taxonomyIds = {
  categories: recordId('taxonomy', 'crossroads-categories'),
  vocabulary: recordId('taxonomy', 'crossroads-vocabulary'),
  openEligibility: recordId('taxonomy', 'open-eligibility'),
};

/** The fixed lists exported as vocabulary terms: list name (parent term code) → values and labels. */
const vocabularyLists = {
  'residence-status': { values: residenceStatuses, label: (t: TFunction, v: string) => t(`residenceStatus.${v}`) },
  audience: { values: audiences, label: (t: TFunction, v: string) => t(`audience.${v}`) },
  residence: { values: residenceRequirements, label: (t: TFunction, v: string) => t(`openData.residence.${v}`) },
  document: { values: documentTypes, label: (t: TFunction, v: string) => t(`document.${v}`) },
  'provider-type': { values: providerTypes, label: (t: TFunction, v: string) => t(`providerType.${v}`) },
} as const;
type VocabularyList = keyof typeof vocabularyLists;

const parentLabelKey: Record<VocabularyList, string> = {
  'residence-status': 'openData.term.residenceStatus',
  audience: 'openData.term.audience',
  residence: 'openData.term.residence',
  document: 'openData.term.document',
  'provider-type': 'openData.term.providerType',
};

/** Id of a vocabulary term: `taxonomy_term` + "<list>/<value>", or "<list>" for the parent. */
export function vocabularyTermId(list: VocabularyList, value?: string): string {
  return recordId('taxonomy_term', value === undefined ? list : `${list}/${value}`);
}

function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function openEligibilityTermId(term: string): string {
  return recordId('taxonomy_term', `open-eligibility/${slugify(term)}`);
}

function taxonomies(t: TFunction): Json[] {
  return [
    {
      id: taxonomyIds.categories,
      name: t('openData.taxonomy.categories.name'),
      description: t('openData.taxonomy.categories.description'),
      version: hsdsVersion,
    },
    {
      id: taxonomyIds.vocabulary,
      name: t('openData.taxonomy.vocabulary.name'),
      description: t('openData.taxonomy.vocabulary.description'),
    },
    {
      id: taxonomyIds.openEligibility,
      name: 'Open Eligibility',
      description: t('openData.taxonomy.openEligibility.description'),
      uri: 'https://openeligibility.org/',
    },
  ];
}

function categoryTerm(c: Category, locale: LocaleCode): Json {
  const text = localize<CategoryText>(c.text, locale).value;
  return {
    id: c.id,
    code: c.slug,
    name: text.name,
    description: text.description ?? text.name,
    taxonomy: 'Crossroads',
    taxonomy_id: taxonomyIds.categories,
  };
}

function vocabularyParent(list: VocabularyList, t: TFunction): Json {
  const name = t(parentLabelKey[list]);
  return { id: vocabularyTermId(list), code: list, name, description: name, taxonomy: 'Crossroads', taxonomy_id: taxonomyIds.vocabulary };
}

function vocabularyTerm(list: VocabularyList, value: string, t: TFunction): Json {
  const name = vocabularyLists[list].label(t, value);
  return {
    id: vocabularyTermId(list, value),
    code: `${list}/${value}`,
    name,
    description: name,
    parent_id: vocabularyTermId(list),
    taxonomy: 'Crossroads',
    taxonomy_id: taxonomyIds.vocabulary,
  };
}

function openEligibilityTerm(term: string): Json {
  return {
    id: openEligibilityTermId(term),
    code: slugify(term),
    name: term,
    description: term,
    taxonomy: 'Open Eligibility',
    taxonomy_id: taxonomyIds.openEligibility,
  };
}

function taxonomyTerms(source: HsdsSource, locale: LocaleCode, t: TFunction): Json[] {
  const openTerms = [...new Set(source.categories.map((c) => c.shared.openEligibility))];
  return [
    ...source.categories.map((c) => categoryTerm(c, locale)),
    ...(Object.keys(vocabularyLists) as VocabularyList[]).flatMap((list) => [
      vocabularyParent(list, t),
      ...vocabularyLists[list].values.map((v) => vocabularyTerm(list, v, t)),
    ]),
    ...openTerms.map(openEligibilityTerm),
  ];
}

// ---------------------------------------------------------------------------------------------
// Records.

/** Drops undefined fields and empty arrays, which HSDS readers treat as "not given" anyway. */
function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

const statusOf: Record<Service['shared']['status'], string> = {
  active: 'active',
  'temporarily-closed': 'temporarily closed',
  ended: 'defunct',
};

const phoneKinds = [
  { field: 'phone', type: 'voice', label: undefined },
  { field: 'sms', type: 'text', label: 'contact.sms' },
  { field: 'whatsapp', type: 'text', label: 'contact.whatsapp' },
] as const;

/**
 * Phones of a service or organization; `key` names the owner ("services/<slug>"), `owner` is the
 * HSDS foreign key to set.
 */
function phones(
  contacts: Service['shared']['contacts'],
  key: string,
  owner: { service_id: string } | { organization_id: string },
  t: TFunction,
): Json[] {
  return phoneKinds
    .filter((k) => contacts[k.field])
    .map((k) =>
      compact({
        id: recordId('phone', `${key}/${k.field}`),
        ...owner,
        number: contacts[k.field],
        type: k.type,
        description: k.label && t(k.label),
      }),
    );
}

function organization(p: Provider, opts: HsdsOptions): Json {
  const { locale, site, t } = opts;
  const text = localize<ProviderText>(p.text, locale).value;
  return compact({
    id: p.id,
    name: text.name,
    description: text.description ?? t(`providerType.${p.shared.type}`),
    email: p.shared.contacts.email,
    website: p.shared.contacts.website,
    uri: new URL(paths.provider(locale, p.slug), site).href,
    phones: phones(p.shared.contacts, `providers/${p.slug}`, { organization_id: p.id }, t),
    attributes: [
      attribute(
        p.id,
        'organization',
        `providers/${p.slug}/provider-type`,
        'organization_type',
        vocabularyTerm('provider-type', p.shared.type, t),
      ),
    ],
  });
}

function attribute(linkId: string, entity: string, name: string, linkType: string, term: Json, extra: Json = {}): Json {
  return compact({
    id: recordId('attribute', name),
    link_id: linkId,
    taxonomy_term_id: term.id,
    link_type: linkType,
    link_entity: entity,
    ...extra,
    taxonomy_term: term,
  });
}

/**
 * A stable name for a place, from the town and what is written on its door and street, so two
 * services at the same place share one location (and one location id).
 */
export function locationKey(loc: Service['shared']['locations'][number]): string {
  return `${loc.address.town}/${slugify(loc.name)}/${slugify(loc.address.street)}`;
}

function location(loc: Service['shared']['locations'][number], town: Town, opts: HsdsOptions): Json {
  const { locale, t } = opts;
  const key = locationKey(loc);
  const id = recordId('location', key);
  const { country, region } = town.shared;
  return compact({
    id,
    location_type: 'physical',
    name: loc.name,
    latitude: loc.geo.lat,
    longitude: loc.geo.lon,
    // HSDS requires country and state/province on an address; towns that lack them get none.
    addresses:
      country && region
        ? [
            {
              id: recordId('address', key),
              location_id: id,
              address_1: loc.address.street,
              city: localize<TownText>(town.text, locale).value.name,
              state_province: region,
              postal_code: loc.address.postalCode,
              country,
              address_type: 'physical',
            },
          ]
        : [],
    accessibility: loc.accessible
      ? [{ id: recordId('accessibility', `${key}/step-free`), location_id: id, description: t('service.accessible') }]
      : [],
  });
}

const byday: Record<Weekday, string> = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' };

function schedules(
  hours: Service['shared']['locations'][number]['hours'],
  scheduleKey: string,
  salId: string,
  timezone: string,
  opts: HsdsOptions,
): Json[] {
  const { locale, t } = opts;
  return hours.map((h) => ({
    id: recordId('schedule', `${scheduleKey}/${h.days.join('-')}/${h.opens}-${h.closes}`),
    service_at_location_id: salId,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: h.days.map((d) => byday[d]).join(','),
    // Wall-clock times of the town: the UTC offset changes with daylight saving, so it is named in
    // `notes` instead of being written into the time.
    opens_at: h.opens,
    closes_at: h.closes,
    description: `${formatList(
      h.days.map((d) => formatWeekday(d, locale)),
      locale,
    )} ${t('hours.span', { opens: h.opens, closes: h.closes })}`,
    notes: t('hours.localTime', { timezone }),
  }));
}

function serviceAtLocations(s: Service, source: HsdsSource, opts: HsdsOptions): Json[] {
  return s.shared.locations.map((loc) => {
    const town = source.towns.find((x) => x.slug === loc.address.town)!;
    const key = `services/${s.slug}/${locationKey(loc)}`;
    const id = recordId('service_at_location', key);
    const place = location(loc, town, opts);
    return compact({
      id,
      service_id: s.id,
      location_id: place.id,
      schedules: schedules(loc.hours, key, id, town.shared.timezone, opts),
      location: place,
    });
  });
}

function service(s: Service, source: HsdsSource, opts: HsdsOptions): Json {
  const { locale, site, t } = opts;
  const sh = s.shared;
  // Sub-record ids are named after the service: recordId('phone', 'services/<slug>/phone').
  const key = `services/${s.slug}`;
  const text = localize<ServiceText>(s.text, locale).value;
  const provider = source.providers.find((p) => p.slug === sh.provider)!;
  const towns = sh.towns.map((slug) => source.towns.find((x) => x.slug === slug)!);
  const townNames = towns.map((x) => localize<TownText>(x.text, locale).value.name);
  const page = new URL(paths.service(locale, s.slug), site).href;
  const ownerTown = source.towns.find((x) => x.slug === s.owner);
  const e = sh.eligibility;
  // The documents sentence stays in: it says which documents are alternatives ("either … or …"),
  // which the required_document rows, one per group, cannot say on their own.
  const facts = eligibilityFacts(e, t, locale, townNames);
  const cost = t(`cost.${sh.cost.type}`);

  const eligibilityAttributes = [
    ...e.residenceStatuses.map((v) =>
      attribute(s.id, 'service', `${key}/residence-status/${v}`, 'eligibility', vocabularyTerm('residence-status', v, t)),
    ),
    ...e.audiences.map((v) => attribute(s.id, 'service', `${key}/audience/${v}`, 'eligibility', vocabularyTerm('audience', v, t))),
    attribute(
      s.id,
      'service',
      `${key}/residence/${e.residence}`,
      'eligibility',
      vocabularyTerm('residence', e.residence, t),
      // The months of residence required, when any.
      e.residenceMonths > 0 ? { value: String(e.residenceMonths), label: facts.find((f) => f.kind === 'residence')!.text } : {},
    ),
  ];
  const categories = sh.categories.map((slug) => source.categories.find((c) => c.slug === slug)!);
  const openTerms = [...new Set(categories.map((c) => c.shared.openEligibility))];
  const categoryAttributes = [
    ...categories.map((c) => attribute(s.id, 'service', `${key}/category/${c.slug}`, 'service_category', categoryTerm(c, locale))),
    ...openTerms.map((term) =>
      attribute(s.id, 'service', `${key}/open-eligibility/${slugify(term)}`, 'service_category', openEligibilityTerm(term)),
    ),
  ];

  return compact({
    id: s.id,
    organization_id: provider.id,
    name: text.name,
    description: text.description ? `${text.summary}\n\n${text.description.trim()}` : text.summary,
    url: sh.contacts.website ?? page,
    additional_urls: sh.contacts.website
      ? [{ id: recordId('url', `${key}/directory-page`), label: t('openData.directoryPage'), url: page, service_id: s.id }]
      : [],
    email: sh.contacts.email,
    status: statusOf[sh.status],
    interpretation_services: sh.interpretation ? t('service.interpretation') : undefined,
    application_process: [t(`appointment.${sh.appointment}`), ...(text.applySteps ?? []).map((step, i) => `${i + 1}. ${step}`)].join('\n'),
    fees_description: [sh.cost.amountEUR !== undefined ? `${cost} · ${formatEuros(sh.cost.amountEUR, locale)}` : cost, text.costNote]
      .filter(Boolean)
      .join('\n'),
    eligibility_description: [...facts.map((f) => f.text), text.eligibilityNote].filter(Boolean).join('\n'),
    minimum_age: e.ageMin,
    maximum_age: e.ageMax,
    assured_date: sh.reviewed,
    assurer_email: ownerTown?.shared.contentContact,
    alert: sh.status === 'temporarily-closed' ? t('service.closedNotice') : sh.status === 'ended' ? t('service.endedNotice') : undefined,
    phones: phones(sh.contacts, key, { service_id: s.id }, t),
    service_areas: towns.map((town, i) => ({
      id: recordId('service_area', `${key}/${town.slug}`),
      service_id: s.id,
      name: townNames[i],
      extent_type: 'town',
      uri: new URL(paths.town(locale, town.slug), site).href,
    })),
    service_at_locations: serviceAtLocations(s, source, opts),
    languages: sh.languages.map((code) => ({
      id: recordId('language', `${key}/${code}`),
      service_id: s.id,
      name: languageName(code, locale),
      code,
    })),
    organization: organization(provider, opts),
    cost_options:
      sh.cost.type === 'free' || sh.cost.amountEUR !== undefined
        ? [
            compact({
              id: recordId('cost_option', `${key}/${sh.cost.type}`),
              service_id: s.id,
              option: cost,
              currency: 'EUR',
              amount: sh.cost.type === 'free' ? 0 : sh.cost.amountEUR,
              amount_description: text.costNote,
            }),
          ]
        : [],
    required_documents: e.documents.map((group) => {
      // One row per group: its text names the alternatives ("Asylum seeker's card or Residence
      // permit"), so a reuser listing the rows as "all required" still reads them right; each
      // alternative is tagged with its document type. A group of one keeps the ids it always had.
      const groupKey = group.oneOf.join('-or-');
      const id = recordId('required_document', `${key}/${groupKey}`);
      const one = group.oneOf.length === 1;
      return {
        id,
        service_id: s.id,
        document: documentGroupText(group, t, locale),
        attributes: group.oneOf.map((doc) =>
          attribute(
            id,
            'required_document',
            `${key}/document/${one ? doc : `${groupKey}/${doc}`}`,
            'document_type',
            vocabularyTerm('document', doc, t),
          ),
        ),
      };
    }),
    attributes: [...categoryAttributes, ...eligibilityAttributes],
  });
}

/**
 * The whole dataset of one locale. Records come in the network's order (slugs; categories by their
 * `order`), so the same content always gives the same files.
 */
export function buildHsds(source: HsdsSource, opts: HsdsOptions): HsdsDataset {
  const services = source.services.map((s) => service(s, source, opts));
  return {
    locale: opts.locale,
    services,
    organizations: source.providers.map((p) => organization(p, opts)),
    serviceAtLocations: services.flatMap((s) => (s.service_at_locations as Json[] | undefined) ?? []),
    taxonomies: taxonomies(opts.t),
    taxonomyTerms: taxonomyTerms(source, opts.locale, opts.t),
  };
}
