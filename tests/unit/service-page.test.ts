import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDirectory } from '~/lib/content/directory';
import { readNetwork } from '~/lib/content/read';
import { servicePage } from '~/lib/pages/service-page';

const network = readNetwork(path.resolve('content'));
const directory = buildDirectory(network);
const site = new URL('https://crossroads.example.org');
const service = (slug: string) => network.services.find((s) => s.slug === slug)!;

describe('the service page’s view model, without a build', () => {
  const doctor = servicePage({ directory, service: service('nerissa-family-doctor'), locale: 'ar', site, today: '2026-12-07' });

  it('names the towns, the category and the provider in the reader’s language', () => {
    expect(doctor.towns).toEqual([{ slug: 'nerissa', name: directory.townName('nerissa', 'ar') }]);
    expect(doctor.category.slug).toBe(service('nerissa-family-doctor').shared.categories[0]);
    expect(doctor.categoryText.value.name).toMatch(/^[\u0600-\u06FF ]+$/);
    expect(doctor.provider.slug).toBe(service('nerissa-family-doctor').shared.provider);
  });

  it('keeps the documents apart from who may use the service, and says a choice of documents as a choice', () => {
    expect(doctor.whoFacts.every((f) => f.kind !== 'documents')).toBe(true);
    expect(doctor.facts.some((f) => f.kind === 'documents')).toBe(true);
  });

  it('links the same service in other towns and the moving view from its own town', () => {
    expect(doctor.moving.from).toEqual({
      href: '/ar/moving/?from=nerissa',
      label: expect.stringContaining(directory.townName('nerissa', 'ar')),
    });
    expect(
      doctor.moving.elsewhere.every((o) => o.href.startsWith('/ar/services/') && o.href !== '/ar/services/nerissa-family-doctor/'),
    ).toBe(true);
  });

  it('lets the reader suggest a change to the town’s editors, with the page’s own address and the record id', () => {
    expect(doctor.suggest.town).toBe(directory.townName('nerissa', 'ar'));
    const body = new URL(doctor.suggest.change).searchParams.get('body');
    expect(new URL(doctor.suggest.change).pathname).toBe(directory.town('nerissa').shared.contentContact);
    expect(body).toContain('https://crossroads.example.org/ar/services/nerissa-family-doctor/');
    expect(body).toContain(service('nerissa-family-doctor').id);
  });

  it('links people with a GitHub account to the record in the CMS, where open authoring saves to their fork (cms/settings.yml)', () => {
    expect(doctor.suggest.edit).toEqual({
      change: 'https://crossroads.example.org/admin/#/collections/nerissa-services/entries/nerissa-family-doctor',
      propose: 'https://crossroads.example.org/admin/#/collections/nerissa-services/new',
      host: 'GitHub',
    });
  });

  it('marks the information as possibly outdated only once it is older than the network allows', () => {
    const reviewed = service('nerissa-family-doctor').shared.reviewed;
    expect(servicePage({ directory, service: service('nerissa-family-doctor'), locale: 'en', site, today: reviewed }).stale).toBe(false);
    expect(servicePage({ directory, service: service('nerissa-family-doctor'), locale: 'en', site, today: '2099-01-01' }).stale).toBe(true);
  });

  it('lists the next dates from the day given, and describes the service in JSON-LD for that address', () => {
    const withDates = network.services.find((s) => directory.nextDatesForService(s.slug, '2026-12-07').length > 0)!;
    const page = servicePage({ directory, service: withDates, locale: 'en', site, today: '2026-12-07' });
    expect(page.nextDates.length).toBeGreaterThan(0);
    expect(page.nextDates.length).toBeLessThanOrEqual(5);
    expect(page.jsonLd).toContain(`"https://crossroads.example.org/en/services/${withDates.slug}/"`);
  });
});
