import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyFinder,
  hideReasons,
  parseAge,
  parseProfile,
  profileQuery,
  servesTown,
  type FinderEligibility,
  type FinderService,
} from '../../src/lib/finder';
import { finderIndex, finderNetworkWide, finderTown, reasonTexts } from '../../src/lib/finder-data';
import { readNetwork } from '../../src/lib/content/read';
import { buildDirectory } from '../../src/lib/directory';
import { eligibility } from '../../src/lib/schema';
import { getT } from '../../src/lib/i18n';
import { locales } from '../../src/lib/locales';

/** A service as the finder sees it; eligibility goes through the real schema, defaults and all. */
const service = (e: object, towns = ['valmara'], status: FinderService['status'] = 'active') => {
  const { residenceStatuses, ageMin, ageMax, residence } = eligibility.parse(e);
  return { towns, status, eligibility: { residenceStatuses, ageMin, ageMax, residence } satisfies FinderEligibility };
};

describe('who the finder keeps', () => {
  it('keeps everything when no question is answered', () => {
    expect(hideReasons(service({ ageMin: 18, residence: 'lives-in-town', residenceStatuses: ['refugee'] }), {})).toEqual([]);
  });

  it('hides a service of another town, whatever its residence rule', () => {
    expect(hideReasons(service({ residence: 'lives-in-town' }), { town: 'aurelia' })).toEqual(['town']);
    expect(hideReasons(service({}), { town: 'aurelia' })).toEqual(['town']);
    expect(hideReasons(service({}, ['valmara', 'aurelia']), { town: 'aurelia' })).toEqual([]);
  });

  it('keeps a service for anyone living in the partner network, in every town', () => {
    expect(hideReasons(service({ residence: 'lives-in-network' }), { town: 'aurelia' })).toEqual([]);
  });

  it('hides a service limited to other residence statuses, and keeps one open to all', () => {
    expect(hideReasons(service({ residenceStatuses: ['refugee', 'subsidiary-protection'] }), { status: 'asylum-seeker' })).toEqual(['status']);
    expect(hideReasons(service({ residenceStatuses: ['refugee'] }), { status: 'refugee' })).toEqual([]);
    expect(hideReasons(service({}), { status: 'undocumented' })).toEqual([]);
  });

  it('hides a service outside the age range, at both ends, and keeps the limits themselves', () => {
    const youth = service({ ageMin: 16, ageMax: 29 });
    expect(hideReasons(youth, { age: 15 })).toEqual(['ageMin']);
    expect(hideReasons(youth, { age: 30 })).toEqual(['ageMax']);
    expect(hideReasons(youth, { age: 16 })).toEqual([]);
    expect(hideReasons(youth, { age: 29 })).toEqual([]);
  });

  it('hides an ended service and gives every reason that applies', () => {
    expect(hideReasons(service({ ageMin: 18, residenceStatuses: ['refugee'] }, ['valmara'], 'ended'), { town: 'aurelia', status: 'eu-citizen', age: 10 })).toEqual([
      'ended',
      'town',
      'status',
      'ageMin',
    ]);
  });

  it('splits a list into kept and hidden, keeping its order', () => {
    const list = [service({ ageMin: 18 }), service({}), service({ ageMax: 6 })].map((s, i) => ({ ...s, id: String(i) }));
    const { shown, hidden } = applyFinder(list, { age: 10 });
    expect(shown.map((s) => s.id)).toEqual(['1']);
    expect(hidden.map((h) => [h.service.id, h.reasons])).toEqual([
      ['0', ['ageMin']],
      ['2', ['ageMax']],
    ]);
  });
});

describe('the finder link', () => {
  const known = { towns: ['valmara', 'aurelia'], statuses: ['refugee', 'asylum-seeker'] };

  it('round-trips a profile through the URL', () => {
    const profile = { town: 'aurelia', status: 'refugee' as const, age: 34 };
    expect(profileQuery(profile)).toBe('?town=aurelia&status=refugee&age=34');
    expect(parseProfile(profileQuery(profile), known)).toEqual(profile);
    expect(profileQuery({})).toBe('');
  });

  it('ignores unknown towns and statuses and impossible ages', () => {
    expect(parseProfile('?town=atlantis&status=king&age=200', known)).toEqual({});
  });

  it('reads ages typed in Arabic-Indic or Persian digits', () => {
    expect(parseAge('٣٤')).toBe(34);
    expect(parseAge('۱۸')).toBe(18);
    expect(parseAge(' 7 ')).toBe(7);
    expect(parseAge('7a')).toBeUndefined();
    expect(parseAge('')).toBeUndefined();
  });
});

describe('reasons in the reader’s language', () => {
  const shared = { status: 'ended' as const, eligibility: service({ residence: 'lives-in-town', residenceStatuses: ['refugee', 'asylum-seeker'], ageMin: 18, ageMax: 29 }).eligibility };

  it('read as plain sentences in English', () => {
    expect(reasonTexts(shared, getT('en'), 'en')).toEqual({
      ended: 'This service has ended',
      status: 'Only for recognised refugees or asylum seekers',
      ageMin: 'Only from age 18',
      ageMax: 'Only up to age 29',
    });
  });

  it('say nothing of the town: the finder only holds services the chosen town’s residents may use', () => {
    expect(reasonTexts({ ...shared, status: 'active' }, getT('en'), 'en').town).toBeUndefined();
  });

  it.each(locales.map((l) => l.code))('exist in %s, with the age in them', (code) => {
    const texts = reasonTexts(shared, getT(code), code);
    expect(Object.keys(texts).sort()).toEqual(['ageMax', 'ageMin', 'ended', 'status']);
    for (const text of Object.values(texts)) expect(text).not.toMatch(/finder\.|residenceStatus\.|{{/);
    const digits = code === 'fa' ? '۱۸' : '18';
    expect(texts.ageMin).toContain(digits);
    if (code !== 'en') expect(texts.status).not.toBe(reasonTexts(shared, getT('en'), 'en').status);
  });
});

describe('the finder’s files, for the sample network', () => {
  const d = buildDirectory(readNetwork(path.resolve('content')));
  const t = getT('en');

  it('offer every town and status, and no services, in the index', () => {
    const index = finderIndex(d, 'en', t);
    expect(index.towns.map((x) => x.slug).sort()).toEqual(d.towns.map((x) => x.slug).sort());
    expect(index.statuses.length).toBeGreaterThan(0);
    expect(index).not.toHaveProperty('services');
  });

  it('give a town the services that list it, and count those elsewhere open to every partner town', () => {
    for (const town of d.towns) {
      const file = finderTown(d, town.slug, 'en', t);
      expect(file.services.map((s) => s.slug).sort()).toEqual(d.servicesInTown(town.slug).map((s) => s.slug).sort());
      const elsewhere = d.services.filter((s) => !s.shared.towns.includes(town.slug) && s.shared.eligibility.residence === 'lives-in-network');
      expect(file.elsewhere).toBe(elsewhere.length);
    }
    expect(finderTown(d, 'valmara', 'en', t).elsewhere).toBeGreaterThan(0);
  });

  it('list the network-wide services once, for every town', () => {
    const wide = finderNetworkWide(d, 'en', t).services;
    expect(wide.length).toBeGreaterThan(0);
    expect(wide.map((s) => s.slug).sort()).toEqual(d.services.filter((s) => s.shared.eligibility.residence === 'lives-in-network').map((s) => s.slug).sort());
    for (const town of d.towns) for (const s of wide) expect(servesTown(s, town.slug)).toBe(true);
  });
});
