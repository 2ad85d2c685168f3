import { describe, expect, it } from 'vitest';
import {
  applyFinder,
  hideReasons,
  parseAge,
  parseProfile,
  profileQuery,
  type FinderEligibility,
  type FinderService,
} from '../../src/lib/finder';
import { reasonTexts } from '../../src/lib/finder-data';
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
  const shared = { status: 'ended' as const, towns: ['valmara'], eligibility: service({ residence: 'lives-in-town', residenceStatuses: ['refugee', 'asylum-seeker'], ageMin: 18, ageMax: 29 }).eligibility };

  it('read as plain sentences in English', () => {
    expect(reasonTexts(shared, getT('en'), 'en', ['Valmara'])).toEqual({
      ended: 'This service has ended',
      town: 'Only for people who live in Valmara',
      status: 'Only for recognised refugees or asylum seekers',
      ageMin: 'Only from age 18',
      ageMax: 'Only up to age 29',
    });
  });

  it('say where a service with no residence rule is offered', () => {
    const open = { ...shared, status: 'active' as const, eligibility: service({}).eligibility };
    expect(reasonTexts(open, getT('en'), 'en', ['Valmara', 'Aurelia'])).toEqual({ town: 'Only offered in Valmara or Aurelia' });
  });

  it('have no town reason for a service open to the whole network', () => {
    const network = { ...shared, eligibility: service({ residence: 'lives-in-network' }).eligibility };
    expect(reasonTexts(network, getT('en'), 'en', ['Valmara']).town).toBeUndefined();
  });

  it.each(locales.map((l) => l.code))('exist in %s, with the town and the age in them', (code) => {
    const texts = reasonTexts(shared, getT(code), code, ['Valmara']);
    expect(Object.keys(texts).sort()).toEqual(['ageMax', 'ageMin', 'ended', 'status', 'town']);
    for (const text of Object.values(texts)) expect(text).not.toMatch(/finder\.|residenceStatus\.|{{/);
    expect(texts.town).toContain('Valmara');
    const digits = code === 'fa' ? '۱۸' : '18';
    expect(texts.ageMin).toContain(digits);
    if (code !== 'en') expect(texts.town).not.toBe(reasonTexts(shared, getT('en'), 'en', ['Valmara']).town);
  });
});
