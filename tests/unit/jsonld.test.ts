/** schema.org JSON-LD of service pages: the right type, the expected properties, safe to embed. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork, type Network, type Service } from '~/lib/content/read';
import { jsonLdScript, serviceJsonLd } from '~/lib/open-data/jsonld';
import { getT } from '~/lib/i18n/i18next';
import { locales, type LocaleCode } from '~/lib/i18n/locales';
import { checkServiceJsonLd } from '../helpers/schema-org';

const site = 'https://crossroads.example.org/';
const sample = readNetwork(path.resolve('content'));
const mini = readNetwork(path.resolve('tests/fixtures/mini'));

function jsonLd(service: Service, network: Network = sample, locale: LocaleCode = 'en') {
  const s = service.shared;
  const towns = [...new Set([...s.towns, ...s.locations.map((l) => l.address.town)])];
  return serviceJsonLd({
    service,
    provider: network.providers.find((p) => p.slug === s.provider)!,
    towns: towns.map((slug) => network.towns.find((x) => x.slug === slug)!),
    categories: s.categories.map((slug) => network.categories.find((c) => c.slug === slug)!),
    locale,
    site,
    t: getT(locale),
  }) as any;
}

describe('service JSON-LD', () => {
  it.each(locales.map((l) => l.code))('has the properties schema.org and search engines expect, for every service in %s', (locale) => {
    const problems = sample.services.flatMap((s) => checkServiceJsonLd(jsonLd(s, sample, locale)).map((p) => `${s.slug}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('says which documents to bring, alternatives joined by the reader’s own "or", as the terms of the service', () => {
    const housing = mini.services.find((s) => s.slug === 'alpha-housing')!;
    expect(jsonLd(housing, mini).termsOfService).toBe('Bring: Proof of income and either Passport or Residence permit');
    expect(jsonLd(housing, mini, 'ar').termsOfService).toContain('إما جواز السفر أو تصريح الإقامة');
    const food = mini.services.find((s) => s.shared.eligibility.documents.length === 0)!;
    expect(jsonLd(food, mini).termsOfService).toBe('No documents needed');
  });

  it('is checked by a checker that does catch a wrong property or a missing provider', () => {
    const good = jsonLd(sample.services[0]);
    expect(checkServiceJsonLd({ ...good, provider: { '@type': 'Organization' }, availableLanguage: 'en' })).toEqual([
      'provider needs a name',
      '$: availableLanguage is not a property of ' + good['@type'],
    ]);
  });

  it('is a GovernmentService when a town council or public agency runs it, else a Service', () => {
    const byType = (type: string) =>
      sample.services.filter((s) => sample.providers.find((p) => p.slug === s.shared.provider)!.shared.type === type);
    expect(jsonLd(byType('municipal')[0])['@type']).toBe('GovernmentService');
    expect(jsonLd(byType('municipal')[0]).provider['@type']).toBe('GovernmentOrganization');
    expect(jsonLd(byType('ngo')[0])['@type']).toBe('Service');
    expect(jsonLd(byType('ngo')[0]).provider['@type']).toBe('NGO');
  });

  it('names the towns served, the audience, the hours and the languages', () => {
    const housing = jsonLd(
      mini.services.find((s) => s.slug === 'alpha-housing')!,
      mini,
    );
    expect(housing).toMatchObject({
      '@type': 'GovernmentService',
      name: 'Alpha social housing',
      url: 'https://crossroads.example.org/en/services/alpha-housing/',
      identifier: `urn:uuid:${mini.services.find((s) => s.slug === 'alpha-housing')!.id}`,
      provider: { '@type': 'GovernmentOrganization', name: 'Alpha Council' },
      areaServed: [{ '@type': 'City', name: 'Alpha' }],
      audience: { '@type': 'PeopleAudience', audienceType: 'For recognised refugees', suggestedMinAge: 18 },
      hoursAvailable: [
        { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Wednesday'], opens: '09:00', closes: '11:00' },
      ],
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' },
    });
    expect(housing.availableChannel[0].availableLanguage).toEqual([{ '@type': 'Language', name: 'Italian', alternateName: 'it' }]);
    expect(housing.availableChannel[0].serviceLocation.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'Via Uno 1',
      postalCode: '00001',
      addressLocality: 'Alpha',
    });
  });

  it('says the languages even for a service with no place to go', () => {
    const online = jsonLd(
      mini.services.find((s) => s.slug === 'joint-food')!,
      mini,
    );
    expect(online.hoursAvailable).toBeUndefined();
    expect(online.availableChannel).toEqual([
      {
        '@type': 'ServiceChannel',
        availableLanguage: [{ '@type': 'Language', name: 'English', alternateName: 'en' }],
        serviceUrl: 'https://friends.example/meals',
      },
    ]);
  });
});

describe('embedding JSON-LD in a page', () => {
  it('cannot close the script element or open a comment, whatever the text says', () => {
    const script = jsonLdScript({ name: '</script><script>alert(1)</script> <!-- & \u2028' });
    expect(script).not.toMatch(/[<>&\u2028]/);
    expect(script).toBe('{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- \\u0026 \\u2028"}');
    expect(JSON.parse(script)).toEqual({ name: '</script><script>alert(1)</script> <!-- & \u2028' });
  });
});
