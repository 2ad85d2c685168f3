import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { buildDirectory } from '~/lib/content/directory';
import { getT } from '~/lib/i18n/i18next';
import { calendarFacets, searchFilterOptions, serviceFacets } from '~/lib/search/search-facets';

const d = buildDirectory(readNetwork(path.resolve('content')));
const values = (facets: { filters: [string, string][] }, key: string) => facets.filters.filter(([k]) => k === key).map(([, v]) => v);

describe('search filters of a service page', () => {
  const joint = d.services.find((s) => s.shared.towns.length > 1)!;

  it('carry stable keys: type, every town, every category and language', () => {
    const f = serviceFacets(joint, d, 'ar');
    expect(values(f, 'type')).toEqual(['service']);
    expect(values(f, 'town')).toEqual(joint.shared.towns);
    expect(values(f, 'category')).toEqual(joint.shared.categories);
    expect(values(f, 'language')).toEqual(joint.shared.languages);
  });

  it('mark a service open to every status and everyone so status and audience choices keep it', () => {
    const open = d.services.find(
      (s) => s.shared.eligibility.residenceStatuses.length === 0 && s.shared.eligibility.audiences.length === 0,
    )!;
    const f = serviceFacets(open, d, 'en');
    expect(values(f, 'status')).toEqual(['any']);
    expect(values(f, 'audience')).toEqual(['everyone']);
  });

  it('flag services that need no documents and cost nothing, and only those', () => {
    for (const s of d.services) {
      const f = serviceFacets(s, d, 'en');
      expect(values(f, 'nodocs')).toEqual(s.shared.eligibility.documents.length === 0 ? ['yes'] : []);
      expect(values(f, 'free')).toEqual(s.shared.cost.type === 'free' ? ['yes'] : []);
    }
  });

  it('show town and category names in the reader’s language', () => {
    const f = serviceFacets(joint, d, 'ar');
    const meta = Object.fromEntries(f.meta);
    expect(meta.town).toContain(d.town(joint.shared.towns[0]).text.ar!.name!);
    expect(meta.category).toBe(d.category(joint.shared.categories[0]).text.ar!.name);
  });
});

describe('search filters of a calendar entry page', () => {
  it('carry type calendar, its towns and categories', () => {
    const entry = d.calendar[0];
    const f = calendarFacets(entry, d, 'en');
    expect(values(f, 'type')).toEqual(['calendar']);
    expect(values(f, 'town')).toEqual(entry.shared.towns);
    expect(values(f, 'category')).toEqual(entry.shared.categories);
  });
});

describe('filter choices on the search page', () => {
  it('offer every town, category and language with a label in the reader’s language', () => {
    const o = searchFilterOptions(d, 'fr', getT('fr'));
    expect(o.town.map((x) => x.value).sort()).toEqual(d.towns.map((t) => t.slug).sort());
    expect(o.category).toHaveLength(d.categories.length);
    expect(o.language.find((x) => x.value === 'ar')?.label).toBe('Arabe');
    expect(o.type.map((x) => x.value)).toEqual(['service', 'calendar']);
    expect(o.status.find((x) => x.value === 'refugee')?.label).toBe('Réfugié·e reconnu·e');
  });
});
