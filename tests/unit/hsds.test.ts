/**
 * The HSDS 3.1 export, built straight from the content folders (no Astro build needed) and
 * validated against the official Open Referral schemas.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { buildHsds, hsdsFiles, hsdsIndex, hsdsPage, toJson, vocabularyTermId } from '~/lib/open-data/hsds';
import { recordId } from '~/lib/content/record-id';
import { getT } from '~/lib/i18n/i18next';
import { locales, type LocaleCode } from '~/lib/i18n/locales';
import { hsdsErrors } from '../helpers/hsds';

const site = 'https://crossroads.example.org';
const sample = readNetwork(path.resolve('content'));
const mini = readNetwork(path.resolve('tests/fixtures/mini'));
const build = (locale: LocaleCode, network = sample) => buildHsds(network, { locale, site, t: getT(locale) });

/** Every object with an `id` below `value`, with the name of the array it sits in. */
function records(value: unknown, table = 'root', out: { table: string; record: any }[] = []) {
  if (Array.isArray(value)) value.forEach((v) => records(v, table, out));
  else if (value && typeof value === 'object') {
    if ('id' in value) out.push({ table, record: value });
    for (const [k, v] of Object.entries(value)) if (typeof v === 'object') records(v, k, out);
  }
  return out;
}

describe('the HSDS export', () => {
  it.each(locales.map((l) => l.code))('validates against the official schemas in %s', (locale) => {
    const dataset = build(locale);
    const errors = hsdsFiles.flatMap((f) => [
      ...hsdsErrors('page', [hsdsPage(f.build(dataset))], () => f.name),
      ...hsdsErrors(f.schema, f.build(dataset)),
    ]);
    expect(errors).toEqual([]);
  });

  it('is checked by a validator that does reject a broken record', () => {
    const [service] = build('en').services;
    expect(hsdsErrors('service.json', [{ ...service, id: 'not-a-uuid', status: 'open' }])).toEqual([
      expect.stringContaining('/id: must match format "uuid"'),
      expect.stringContaining('/status: must be equal to one of the allowed values'),
    ]);
  });

  it('validates for a network whose towns have no country (addresses are left out)', () => {
    const dataset = build('ar', mini);
    expect(hsdsFiles.flatMap((f) => hsdsErrors(f.schema, f.build(dataset)))).toEqual([]);
    const location = (dataset.serviceAtLocations[0] as any).location;
    expect(location.addresses).toBeUndefined();
    expect(location.latitude).toBe(42);
  });

  it('has every service, with the id the rest of the site uses', () => {
    const dataset = build('en');
    expect(dataset.services.map((s) => s.id)).toEqual(sample.services.map((s) => recordId('services', s.slug)));
    for (const s of dataset.services) {
      const source = sample.services.find((x) => x.id === s.id)!;
      expect(s.organization_id).toBe(recordId('providers', source.shared.provider));
      expect((s.organization as any).id).toBe(s.organization_id);
    }
  });

  it('has every provider as an organization and every category as a taxonomy term, with their ids', () => {
    const dataset = build('fr');
    expect(dataset.organizations.map((o) => o.id)).toEqual(sample.providers.map((p) => p.id));
    const terms = new Set(dataset.taxonomyTerms.map((t) => t.id));
    for (const c of sample.categories) expect(terms.has(c.id)).toBe(true);
  });

  it('gives every sub-record its own id, the same on every build', () => {
    const dataset = build('en');
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { table, record } of records(dataset.services)) {
      // The same place, organization or term may appear under several services: equal content, same id.
      const key = `${table}:${record.id}`;
      const body = JSON.stringify(record);
      if (seen.has(key) && seen.get(key) !== body) clashes.push(key);
      seen.set(key, body);
    }
    expect(clashes).toEqual([]);
    const ids = [...seen.keys()].map((k) => k.split(':')[1]);
    const tablesById = new Map<string, Set<string>>();
    for (const k of seen.keys()) {
      const [table, id] = k.split(':');
      tablesById.set(id, (tablesById.get(id) ?? new Set()).add(table));
    }
    // An id never names records of two different tables (taxonomy_term appears nested under attributes).
    const shared = [...tablesById].filter(([, t]) => t.size > 1 && ![...t].every((x) => ['taxonomy_term', 'organization'].includes(x)));
    expect(shared).toEqual([]);
    expect(ids.length).toBeGreaterThan(sample.services.length * 5);
    expect(toJson(build('en'))).toBe(toJson(dataset));
  });

  it('uses the same ids in every language', () => {
    const ids = (locale: LocaleCode) => records(build(locale).services).map((r) => r.record.id);
    expect(ids('ar')).toEqual(ids('en'));
  });

  it('writes eligibility as ages, a description in the reader’s language and taxonomy attributes', () => {
    const housing = mini.services.find((s) => s.slug === 'alpha-housing')!;
    const en = build('en', mini).services.find((s) => s.id === housing.id) as any;
    expect(en.minimum_age).toBe(18);
    expect(en.eligibility_description).toContain('For recognised refugees');
    expect(en.eligibility_description).toContain('for at least 12 months');
    const termIds = en.attributes.map((a: any) => a.taxonomy_term_id);
    expect(termIds).toContain(vocabularyTermId('residence-status', 'refugee'));
    expect(termIds).toContain(recordId('categories', 'housing'));
    const residence = en.attributes.find((a: any) => a.taxonomy_term_id === vocabularyTermId('residence', 'registered-in-town'));
    expect(residence.value).toBe('12');
    const ar = build('ar', mini).services.find((s) => s.id === housing.id) as any;
    expect(ar.required_documents[1].document).toBe(getT('ar')('document.income-proof'));
    expect(ar.required_documents[1].id).toBe(en.required_documents[1].id);
  });

  it('writes one required document per group, naming its alternatives, and says "either … or" in the eligibility description', () => {
    const housing = mini.services.find((s) => s.slug === 'alpha-housing')!;
    const en = build('en', mini).services.find((s) => s.id === housing.id) as any;
    // alpha-housing asks for a passport or a residence permit, and proof of income.
    expect(en.required_documents.map((d: any) => d.document)).toEqual(['Passport or Residence permit', 'Proof of income']);
    const [choice, income] = en.required_documents;
    expect(choice.attributes.map((a: any) => a.taxonomy_term_id)).toEqual([
      vocabularyTermId('document', 'passport'),
      vocabularyTermId('document', 'residence-permit'),
    ]);
    expect(new Set(choice.attributes.map((a: any) => a.id)).size).toBe(2);
    // A group of one keeps the id a plain document always had.
    expect(income.id).toBe(recordId('required_document', 'services/alpha-housing/income-proof'));
    expect(en.eligibility_description).toContain('Bring: Proof of income and either Passport or Residence permit');
    const ar = build('ar', mini).services.find((s) => s.id === housing.id) as any;
    expect(ar.required_documents[0].document).toBe('جواز السفر أو تصريح الإقامة');
    expect(ar.eligibility_description).toContain('إما جواز السفر أو تصريح الإقامة');
  });

  it('writes opening hours as weekly schedules of the place, in the town’s wall-clock time', () => {
    const en = build('en', mini).serviceAtLocations[0] as any;
    expect(en.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'WE', opens_at: '09:00', closes_at: '11:00', notes: 'Local time (Europe/Rome).' }),
    ]);
  });

  it('maps the service status onto HSDS statuses', () => {
    const joint = build('en', mini).services.find((s) => s.name === 'Family meals')!;
    expect(joint.status).toBe('temporarily closed');
    expect(joint.alert).toBe(getT('en')('service.closedNotice'));
  });

  it('has a root that names the HSDS version and every file', () => {
    expect(hsdsIndex('fa', site)).toEqual({
      version: '3.1',
      language: 'fa-IR',
      files: hsdsFiles.map((f) => `${site}/data/hsds/fa/${f.name}.json`),
    });
  });
});
