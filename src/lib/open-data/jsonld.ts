/**
 * schema.org structured data for service pages, so search engines can show who a service is for,
 * where and when. A service run by a town council or public agency is a GovernmentService, any
 * other a Service; places are ServiceChannels with their address, map position and opening hours.
 */
import type { TFunction } from 'i18next';
import { TZDate } from '@date-fns/tz';
import type { CalendarEntry, Category, Provider, Service, Town } from '../content/read';
import type { Occurrence } from '../calendar/recurrence';
import { markdownToText } from '../content/markdown';
import { documentsFact, eligibilityFacts } from '../content/eligibility';
import { languageName } from '../dates/format';
import { localize } from '../i18n/localize';
import { getLocale, type LocaleCode } from '../i18n/locales';
import { paths } from '../routing/routes';
import type { CalendarText, CategoryText, ProviderText, ServiceText, TownText, Weekday } from '../content/schema';
import type { Json } from './json';

export interface ServiceJsonLdInput {
  service: Service;
  provider: Provider;
  /** The towns the service serves, then any other town its locations are in. */
  towns: Town[];
  /** The service's categories, main one first. */
  categories: Category[];
  locale: LocaleCode;
  /** The site's public address: https://crossroads.example.org/ */
  site: string | URL;
  t: TFunction;
}

const governmentTypes: Provider['shared']['type'][] = ['municipal', 'public-agency'];

const organizationType: Record<Provider['shared']['type'], string> = {
  municipal: 'GovernmentOrganization',
  'public-agency': 'GovernmentOrganization',
  ngo: 'NGO',
  faith: 'Organization',
  volunteer: 'Organization',
};

const dayUrl: Record<Weekday, string> = {
  mo: 'https://schema.org/Monday',
  tu: 'https://schema.org/Tuesday',
  we: 'https://schema.org/Wednesday',
  th: 'https://schema.org/Thursday',
  fr: 'https://schema.org/Friday',
  sa: 'https://schema.org/Saturday',
  su: 'https://schema.org/Sunday',
};

type Hours = Service['shared']['locations'][number]['hours'];

function openingHours(hours: Hours): Json[] {
  return hours.map((h) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: h.days.map((d) => dayUrl[d]),
    opens: h.opens,
    closes: h.closes,
  }));
}

/** Drops undefined fields and empty arrays. */
function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

/** The JSON-LD object of a service page. */
export function serviceJsonLd({ service, provider, towns, categories, locale, site, t }: ServiceJsonLdInput): Json {
  const s = service.shared;
  const text = localize<ServiceText>(service.text, locale).value;
  const page = new URL(paths.service(locale, service.slug), site).href;
  const townName = (slug: string) => localize<TownText>(towns.find((x) => x.slug === slug)!.text, locale).value.name;
  const served = s.towns.map(townName);
  const e = s.eligibility;
  const languages = s.languages.map((code) => ({ '@type': 'Language', name: languageName(code, locale), alternateName: code }));
  const providerText = localize<ProviderText>(provider.text, locale).value;

  // Every opening time of every place, once.
  const seen = new Set<string>();
  const allHours = s.locations
    .flatMap((l) => l.hours)
    .filter((h) => {
      const key = `${h.days.join()}|${h.opens}|${h.closes}`;
      return !seen.has(key) && seen.add(key);
    });

  const places = s.locations.map((loc) => {
    const town = towns.find((x) => x.slug === loc.address.town)!;
    return {
      '@type': 'ServiceChannel',
      name: loc.name,
      availableLanguage: languages,
      serviceLocation: compact({
        '@type': 'Place',
        name: loc.name,
        address: compact({
          '@type': 'PostalAddress',
          streetAddress: loc.address.street,
          postalCode: loc.address.postalCode,
          addressLocality: townName(town.slug),
          addressRegion: town.shared.region,
          addressCountry: town.shared.country,
        }),
        geo: { '@type': 'GeoCoordinates', latitude: loc.geo.lat, longitude: loc.geo.lon },
        openingHoursSpecification: openingHours(loc.hours),
      }),
    };
  });
  // The phone and web channel; also where the languages are said when there is no place.
  const { phone, email, website } = s.contacts;
  const remote =
    phone || email || website || places.length === 0
      ? [
          compact({
            '@type': 'ServiceChannel',
            availableLanguage: languages,
            servicePhone:
              phone || email ? compact({ '@type': 'ContactPoint', telephone: phone, email, availableLanguage: languages }) : undefined,
            serviceUrl: website,
          }),
        ]
      : [];

  const offerPrice = s.cost.type === 'free' ? 0 : s.cost.amountEUR;
  return compact({
    '@context': 'https://schema.org',
    '@type': governmentTypes.includes(provider.shared.type) ? 'GovernmentService' : 'Service',
    '@id': `${page}#service`,
    identifier: `urn:uuid:${service.id}`,
    name: text.name,
    description: text.summary,
    url: page,
    serviceType: localize<CategoryText>(categories[0].text, locale).value.name,
    category: categories.map((c) => localize<CategoryText>(c.text, locale).value.name),
    provider: compact({
      '@type': organizationType[provider.shared.type],
      '@id': `${new URL(paths.provider(locale, provider.slug), site).href}#organization`,
      name: providerText.name,
      url: new URL(paths.provider(locale, provider.slug), site).href,
      sameAs: provider.shared.contacts.website,
      telephone: provider.shared.contacts.phone,
      email: provider.shared.contacts.email,
    }),
    areaServed: s.towns.map((slug, i) =>
      compact({
        '@type': 'City',
        name: served[i],
        url: new URL(paths.town(locale, slug), site).href,
        address: compact({
          '@type': 'PostalAddress',
          addressLocality: served[i],
          addressRegion: towns.find((x) => x.slug === slug)!.shared.region,
          addressCountry: towns.find((x) => x.slug === slug)!.shared.country,
        }),
      }),
    ),
    audience: compact({
      '@type': 'PeopleAudience',
      audienceType: eligibilityFacts(e, t, locale, served)
        .filter((f) => f.kind === 'status' || f.kind === 'audience')
        .map((f) => f.text)
        .join('; '),
      suggestedMinAge: e.ageMin,
      suggestedMaxAge: e.ageMax,
    }),
    // schema.org has no property for documents to bring; a Service's terms of service (plain
    // text) is where its conditions of use go: "Bring: Health card and either … or …".
    termsOfService: documentsFact(e.documents, t, locale).text,
    hoursAvailable: openingHours(allHours),
    availableChannel: [...places, ...remote],
    offers: compact({
      '@type': 'Offer',
      price: offerPrice,
      priceCurrency: offerPrice !== undefined ? 'EUR' : undefined,
      description: t(`cost.${s.cost.type}`),
    }),
  });
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` (and the two line separators
 * JavaScript once rejected) are written as \u escapes, so editor text can never close the script
 * element or open a comment, whatever it contains.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const eventStatus: Record<CalendarEntry['shared']['status'], string> = {
  confirmed: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  moved: 'https://schema.org/EventRescheduled',
};

/** An ISO date-time with the town's offset for that day: 2026-12-01T09:00:00+01:00. */
function zonedIso(utc: string, timezone: string): string {
  return new TZDate(Date.parse(utc), timezone).toISOString().replace('.000', '');
}

export interface EntryJsonLdInput {
  entry: CalendarEntry;
  /** The next occurrence (or the last one, for a past entry). */
  occurrence: Occurrence;
  timezone: string;
  townNames: string[];
  /** Name of the town of the entry's location, in the page's language. */
  locationTown?: string;
  locale: LocaleCode;
  site: string | URL;
}

/** The JSON-LD object of a calendar entry page: a schema.org Event with dates in the right form. */
export function entryJsonLd({ entry, occurrence: o, timezone, townNames, locationTown, locale, site }: EntryJsonLdInput): Json {
  const sh = entry.shared;
  const text = localize<CalendarText>(entry.text, locale).value;
  const start = o.allDay ? o.start : zonedIso(o.startUtc, timezone);
  const end = o.allDay ? o.end : zonedIso(o.endUtc, timezone);
  const location = sh.location
    ? compact({
        '@type': 'Place',
        name: sh.location.name,
        address: compact({
          '@type': 'PostalAddress',
          streetAddress: sh.location.address.street,
          postalCode: sh.location.address.postalCode,
          addressLocality: locationTown,
        }),
        geo: sh.location.geo ? { '@type': 'GeoCoordinates', latitude: sh.location.geo.lat, longitude: sh.location.geo.lon } : undefined,
      })
    : { '@type': 'Place', name: townNames.join(', '), address: { '@type': 'PostalAddress', addressLocality: townNames.join(', ') } };
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': new URL(`${paths.entry(locale, entry.slug)}#event`, site).href,
    name: text.title,
    description: text.description ? markdownToText(text.description) : undefined,
    url: new URL(paths.entry(locale, entry.slug), site).href,
    inLanguage: getLocale(locale).tag,
    startDate: start,
    endDate: end,
    eventStatus: eventStatus[sh.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    isAccessibleForFree: true,
    location,
    eventSchedule: sh.recurrence
      ? compact({
          '@type': 'Schedule',
          repeatFrequency: repeatFrequency(sh.recurrence.rrule),
          scheduleTimezone: timezone,
          startTime: sh.timed ? sh.timed.start.slice(11) : undefined,
          endTime: sh.timed ? sh.timed.end.slice(11) : undefined,
          exceptDate: [...sh.recurrence.exdates, ...sh.recurrence.cancelled].sort(),
        })
      : undefined,
  });
}

/** ISO 8601 duration of an RRULE's FREQ and INTERVAL: FREQ=WEEKLY;INTERVAL=2 → P2W. */
export function repeatFrequency(rrule: string): string | undefined {
  const parts = Object.fromEntries(rrule.split(';').map((p) => p.split('=')));
  const unit = { DAILY: 'D', WEEKLY: 'W', MONTHLY: 'M', YEARLY: 'Y' }[parts.FREQ as string];
  return unit ? `P${parts.INTERVAL ?? 1}${unit}` : undefined;
}
