/**
 * A small checker for the schema.org JSON-LD of service pages: the properties search engines
 * expect on a Service/GovernmentService, and, for every typed node, only properties schema.org
 * defines for that type (https://schema.org/<Type>). Returns the problems as readable lines.
 */

/** The properties schema.org allows on each type we emit (including inherited ones we use). */
const known: Record<string, string[]> = {
  Service: [
    '@context',
    '@type',
    '@id',
    'identifier',
    'name',
    'description',
    'url',
    'serviceType',
    'category',
    'provider',
    'areaServed',
    'audience',
    'termsOfService',
    'hoursAvailable',
    'availableChannel',
    'offers',
  ],
  GovernmentService: [],
  Organization: ['@type', '@id', 'name', 'url', 'sameAs', 'telephone', 'email'],
  GovernmentOrganization: [],
  NGO: [],
  City: ['@type', 'name', 'url', 'address'],
  PostalAddress: ['@type', 'streetAddress', 'postalCode', 'addressLocality', 'addressRegion', 'addressCountry'],
  PeopleAudience: ['@type', 'audienceType', 'suggestedMinAge', 'suggestedMaxAge'],
  OpeningHoursSpecification: ['@type', 'dayOfWeek', 'opens', 'closes'],
  ServiceChannel: ['@type', 'name', 'availableLanguage', 'serviceLocation', 'servicePhone', 'serviceUrl'],
  Place: ['@type', 'name', 'address', 'geo', 'openingHoursSpecification'],
  GeoCoordinates: ['@type', 'latitude', 'longitude'],
  ContactPoint: ['@type', 'telephone', 'email', 'availableLanguage'],
  Language: ['@type', 'name', 'alternateName'],
  Offer: ['@type', 'price', 'priceCurrency', 'description'],
};
known.GovernmentService = known.Service;
known.GovernmentOrganization = known.Organization;
known.NGO = known.Organization;

const organizationTypes = ['Organization', 'GovernmentOrganization', 'NGO'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`);
const isText = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v);

export function checkServiceJsonLd(data: any): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => ok || problems.push(what);

  expect(data?.['@context'] === 'https://schema.org', '@context must be https://schema.org');
  expect(['Service', 'GovernmentService'].includes(data?.['@type']), '@type must be Service or GovernmentService');
  expect(isText(data?.name), 'name is required');
  expect(isText(data?.description), 'description is expected');
  expect(isUrl(data?.url), 'url must be an absolute address');
  expect(organizationTypes.includes(data?.provider?.['@type']), 'provider needs an organization @type');
  expect(isText(data?.provider?.name), 'provider needs a name');
  expect(Array.isArray(data?.areaServed) && data.areaServed.length > 0, 'areaServed must list the towns');
  for (const area of data?.areaServed ?? []) expect(area['@type'] === 'City' && isText(area.name), 'each area served is a named City');
  expect(
    data?.audience?.['@type'] === 'PeopleAudience' && isText(data.audience.audienceType),
    'audience needs a PeopleAudience with audienceType',
  );
  for (const age of ['suggestedMinAge', 'suggestedMaxAge']) {
    if (data?.audience?.[age] !== undefined) expect(Number.isInteger(data.audience[age]), `audience.${age} must be a number`);
  }
  for (const spec of data?.hoursAvailable ?? []) {
    expect(spec['@type'] === 'OpeningHoursSpecification', 'hoursAvailable holds OpeningHoursSpecification');
    expect(
      Array.isArray(spec.dayOfWeek) && spec.dayOfWeek.length > 0 && spec.dayOfWeek.every((d: string) => days.includes(d)),
      'dayOfWeek must be schema.org days',
    );
    expect(/^\d{2}:\d{2}(:\d{2})?$/.test(spec.opens) && /^\d{2}:\d{2}(:\d{2})?$/.test(spec.closes), 'opens/closes must be hh:mm');
  }
  const channels = data?.availableChannel ?? [];
  expect(channels.length > 0 && channels.every((c: any) => c['@type'] === 'ServiceChannel'), 'availableChannel must hold ServiceChannels');
  expect(
    channels.some(
      (c: any) =>
        Array.isArray(c.availableLanguage) &&
        c.availableLanguage.length > 0 &&
        c.availableLanguage.every((l: any) => l['@type'] === 'Language' && isText(l.name)),
    ),
    'availableLanguage must list the languages',
  );

  // Every typed node uses only properties of its type.
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const type = (node as any)['@type'];
    if (type !== undefined) {
      const allowed = known[type];
      if (!allowed) problems.push(`${at}: unexpected @type ${type}`);
      else for (const key of Object.keys(node)) if (!allowed.includes(key)) problems.push(`${at}: ${key} is not a property of ${type}`);
    }
    for (const [k, v] of Object.entries(node)) walk(v, `${at}.${k}`);
  };
  walk(data, '$');
  return problems;
}
