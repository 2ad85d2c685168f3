import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyFinder,
  asksFor,
  audienceQuestions,
  hideReasons,
  isUntranslatedCard,
  parseAge,
  parseMonths,
  parseProfile,
  profileQuery,
  servesTown,
  type FinderEligibility,
  type FinderProfile,
  type FinderService,
} from '~/lib/search/finder';
import { finderIndex, finderNetworkWide, finderTown, reasonTexts } from '~/lib/search/finder-data';
import { parseGeo } from '~/lib/search/distance';
import { readNetwork } from '~/lib/content/read';
import { buildDirectory } from '~/lib/content/directory';
import { eligibility } from '~/lib/content/schema';
import { getT } from '~/lib/i18n/i18next';
import { locales } from '~/lib/i18n/locales';

/** A service as the finder sees it; eligibility goes through the real schema, defaults and all. */
const service = (e: object, towns = ['valmara'], status: FinderService['status'] = 'active') => {
  const { residenceStatuses, audiences, ageMin, ageMax, residence, residenceMonths } = eligibility.parse(e);
  return {
    towns,
    status,
    eligibility: { residenceStatuses, audiences, ageMin, ageMax, residence, residenceMonths } satisfies FinderEligibility,
  };
};

// The sample network's own rules (content/towns/aurelia/services/en/…).
const schoolEnrolment = service({ audiences: ['children', 'families'], ageMin: 3, ageMax: 16, residence: 'lives-in-town' }, ['aurelia']);
const familyCentre = service({ audiences: ['families', 'children'], ageMin: 3, ageMax: 6 }, ['aurelia']);
const socialHousing = service({ ageMin: 18, residence: 'registered-in-town', residenceMonths: 12 }, ['aurelia']);
const womenHelpline = service({ audiences: ['women'], ageMin: 16 }, ['aurelia']);
const jobMentoring = service({ audiences: ['young-people'], ageMin: 18, ageMax: 35, residence: 'lives-in-network' }, ['portuno']);
const familyReunification = service({ audiences: ['families'], ageMin: 18, residence: 'lives-in-network' }, ['portuno']);
const graceGrant = service({ residence: 'lives-in-town', residenceMonths: 6 }, ['aurelia']);

describe('a parent asking for their child', () => {
  const child6: FinderProfile = { town: 'aurelia', who: 'child', age: 6 };

  it('a 6-year-old child keeps school enrolment and the family centre', () => {
    expect(hideReasons(schoolEnrolment, child6)).toEqual([]);
    expect(hideReasons(familyCentre, child6)).toEqual([]);
  });

  it('the same parent asking for themself at 45 loses them, with the age as the reason', () => {
    const parent: FinderProfile = { town: 'aurelia', age: 45, groups: { families: true } };
    expect(hideReasons(schoolEnrolment, parent)).toEqual(['ageMax']);
    expect(hideReasons(familyCentre, parent)).toEqual(['ageMax']);
  });

  it('a child with no age given keeps the children’s services and loses the adults’ ones', () => {
    const child: FinderProfile = { town: 'aurelia', who: 'child' };
    expect(hideReasons(schoolEnrolment, child)).toEqual([]);
    expect(hideReasons(socialHousing, child)).toEqual(['ageMin']);
  });

  it('another adult with no age given loses the children’s services', () => {
    expect(hideReasons(schoolEnrolment, { town: 'aurelia', who: 'other' })).toEqual(['ageMax']);
  });

  it('a child is never asked whether they have a family or are here alone', () => {
    const asks = { audiences: ['families', 'women', 'unaccompanied-minors'] as const, registered: false, months: false };
    expect(audienceQuestions({ ...asks, audiences: [...asks.audiences] }, { who: 'child' })).toEqual(['women']);
    expect(audienceQuestions({ ...asks, audiences: [...asks.audiences] }, { age: 40 })).toEqual(['families', 'women']);
    expect(audienceQuestions({ ...asks, audiences: [...asks.audiences] }, { age: 16 })).toEqual([
      'families',
      'women',
      'unaccompanied-minors',
    ]);
  });
});

describe('audiences', () => {
  it('a woman-only service is hidden for a man, with the reason', () => {
    expect(hideReasons(womenHelpline, { age: 30, groups: { women: false } })).toEqual(['audience']);
    expect(reasonTexts({ status: 'active', eligibility: womenHelpline.eligibility }, getT('en'), 'en', ['Aurelia']).audience).toBe(
      'Only for women',
    );
  });

  it('keeps a woman-only service for a woman, and for someone who did not say', () => {
    expect(hideReasons(womenHelpline, { age: 30, groups: { women: true } })).toEqual([]);
    expect(hideReasons(womenHelpline, { age: 30 })).toEqual([]);
  });

  it('hides a family service only when the person said they have no family', () => {
    expect(hideReasons(familyReunification, { age: 30, groups: { families: false } })).toEqual(['audience']);
    expect(hideReasons(familyReunification, { age: 30, groups: { families: true } })).toEqual([]);
    expect(hideReasons(familyReunification, { age: 30 })).toEqual([]);
  });

  it('judges young people by the service’s own age range, so a 33-year-old keeps mentoring up to 35', () => {
    expect(hideReasons(jobMentoring, { age: 33 })).toEqual([]);
    expect(hideReasons(jobMentoring, { age: 40 })).toEqual(['ageMax']);
  });

  it('judges age-defined audiences by a band when the service gives no range', () => {
    const forChildren = service({ audiences: ['children'] });
    const forOlder = service({ audiences: ['older-people'] });
    expect(hideReasons(forChildren, { age: 30 })).toEqual(['audience']);
    expect(hideReasons(forChildren, { who: 'child' })).toEqual([]);
    expect(hideReasons(forOlder, { age: 70 })).toEqual([]);
    expect(hideReasons(forOlder, { age: 30 })).toEqual(['audience']);
    expect(hideReasons(forOlder, {})).toEqual([]);
  });

  it('keeps a service for several groups when any one of them fits', () => {
    expect(hideReasons(service({ audiences: ['women', 'families'] }), { groups: { women: false, families: true } })).toEqual([]);
    expect(hideReasons(service({ audiences: ['women', 'families'] }), { groups: { women: false, families: false } })).toEqual(['audience']);
  });

  it('never counts the reader’s own child or an adult as an unaccompanied minor', () => {
    const forAlone = service({ audiences: ['unaccompanied-minors'] });
    expect(hideReasons(forAlone, { who: 'child', age: 15 })).toEqual(['audience']);
    expect(hideReasons(forAlone, { age: 25 })).toEqual(['audience']);
    expect(hideReasons(forAlone, { age: 16, groups: { 'unaccompanied-minors': true } })).toEqual([]);
  });
});

describe('registration and months in the town', () => {
  it('hides a service for registered residents from someone not registered yet', () => {
    expect(hideReasons(socialHousing, { age: 30, registered: false })).toEqual(['residence']);
  });

  it('residence months: hides a service until the person has lived or been registered there long enough', () => {
    expect(hideReasons(socialHousing, { age: 30, registered: true, months: 11 })).toEqual(['months']);
    expect(hideReasons(socialHousing, { age: 30, registered: true, months: 12 })).toEqual([]);
    expect(hideReasons(graceGrant, { months: 5 })).toEqual(['months']);
    expect(hideReasons(graceGrant, { months: 6 })).toEqual([]);
    expect(hideReasons(graceGrant, {})).toEqual([]);
  });

  it('does not judge network-wide months from the months in one town', () => {
    expect(hideReasons(service({ residence: 'lives-in-network', residenceMonths: 6 }), { months: 1 })).toEqual([]);
  });

  it('asks only what a town’s services depend on', () => {
    expect(asksFor([schoolEnrolment, familyCentre])).toEqual({ audiences: ['families'], registered: false, months: false });
    expect(asksFor([socialHousing, womenHelpline])).toEqual({ audiences: ['women'], registered: true, months: true });
    expect(asksFor([graceGrant])).toEqual({ audiences: [], registered: false, months: true });
    expect(asksFor([{ ...womenHelpline, status: 'ended' }])).toEqual({ audiences: [], registered: false, months: false });
  });
});

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
    expect(hideReasons(service({ residenceStatuses: ['refugee', 'subsidiary-protection'] }), { status: 'asylum-seeker' })).toEqual([
      'status',
    ]);
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
    expect(
      hideReasons(service({ ageMin: 18, residenceStatuses: ['refugee'] }, ['valmara'], 'ended'), {
        town: 'aurelia',
        status: 'eu-citizen',
        age: 10,
      }),
    ).toEqual(['ended', 'town', 'status', 'ageMin']);
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

  it('round-trips every answer, in a readable link', () => {
    const profile: FinderProfile = {
      town: 'aurelia',
      who: 'child',
      status: 'refugee',
      age: 6,
      groups: { women: true, families: false, lgbtq: false },
      registered: true,
      months: 8,
    };
    expect(profileQuery(profile)).toBe('?town=aurelia&for=child&status=refugee&age=6&is=women&not=families,lgbtq&registered=yes&months=8');
    expect(parseProfile(profileQuery(profile), known)).toEqual(profile);
  });

  it('old URLs with only an age still work, as the reader’s own age', () => {
    expect(parseProfile('?age=45', known)).toEqual({ age: 45 });
    expect(parseProfile('?town=valmara&status=asylum-seeker&age=45', known)).toEqual({ town: 'valmara', status: 'asylum-seeker', age: 45 });
    expect(profileQuery({ who: 'me', age: 45 })).toBe('?age=45');
  });

  it('ignores unknown towns and statuses and impossible ages', () => {
    expect(parseProfile('?town=atlantis&status=king&age=200', known)).toEqual({});
  });

  it('drops crafted answers: huge numbers, unknown audiences, script text, contradictions', () => {
    const crafted = [
      'town=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'for=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'age=99999999999999999999',
      'months=1e3',
      'is=women,kings,%3Cscript%3E,__proto__',
      'not=women,constructor',
      'registered=maybe',
      'status=toString',
    ].join('&');
    expect(parseProfile(`?${crafted}`, known)).toEqual({});
    expect(parseProfile('?age=-1&months=-3', known)).toEqual({});
    expect(parseProfile('?age=121&months=1000', known)).toEqual({});
    expect(parseProfile('?age=120&months=999', known)).toEqual({ age: 120, months: 999 });
    // A link too long to be the finder's own is not read at all.
    expect(parseProfile(`?age=30&x=${'a'.repeat(3000)}`, known)).toEqual({});
    const parsed = parseProfile('?is=women,women,women&not=lgbtq', known);
    expect(parsed).toEqual({ groups: { women: true, lgbtq: false } });
    expect(Object.getPrototypeOf(parsed.groups)).toBe(Object.prototype);
  });

  it('reads ages typed in Arabic-Indic or Persian digits', () => {
    expect(parseAge('٣٤')).toBe(34);
    expect(parseAge('۱۸')).toBe(18);
    expect(parseAge(' 7 ')).toBe(7);
    expect(parseAge('7a')).toBeUndefined();
    expect(parseAge('')).toBeUndefined();
    expect(parseMonths('١٢')).toBe(12);
    expect(parseMonths('12 months')).toBeUndefined();
  });
});

describe('reasons in the reader’s language', () => {
  const shared = {
    status: 'ended' as const,
    eligibility: service({
      residence: 'registered-in-town',
      residenceMonths: 12,
      residenceStatuses: ['refugee', 'asylum-seeker'],
      audiences: ['women', 'families'],
      ageMin: 18,
      ageMax: 29,
    }).eligibility,
  };
  const towns = ['Aurelia', 'Valmara'];

  it('read as plain sentences in English, one for every rule the finder applies', () => {
    expect(reasonTexts(shared, getT('en'), 'en', towns)).toEqual({
      ended: 'This service has ended',
      town: 'Only in Aurelia or Valmara',
      status: 'Only for recognised refugees or asylum seekers',
      ageMin: 'Only from age 18',
      ageMax: 'Only up to age 29',
      audience: 'Only for women or families',
      residence: 'You must be registered as living in Aurelia or Valmara',
      months: 'You must be registered as living in Aurelia or Valmara for at least 12 months',
    });
  });

  it('cover every reason hideReasons can give for that service', () => {
    const why = reasonTexts(shared, getT('en'), 'en', towns);
    const reasons = hideReasons(
      { towns: ['aurelia', 'valmara'], status: 'ended', eligibility: shared.eligibility },
      { town: 'portuno', status: 'eu-citizen', age: 10, groups: { women: false, families: false }, registered: false },
    );
    expect(reasons).toEqual(['ended', 'town', 'status', 'ageMin', 'audience', 'residence']);
    for (const r of [...reasons, 'months' as const]) expect(why[r]).toBeTruthy();
  });

  it('name the months of living in a town where registration is not needed', () => {
    const grant = reasonTexts({ status: 'active', eligibility: graceGrant.eligibility }, getT('en'), 'en', ['Nerissa']);
    expect(grant.months).toBe('You must live in Nerissa for at least 6 months');
    expect(grant.residence).toBeUndefined();
  });

  it.each(locales.map((l) => l.code))('exist in %s, with the age in them', (code) => {
    const texts = reasonTexts(shared, getT(code), code, towns);
    expect(Object.keys(texts).sort()).toEqual(['ageMax', 'ageMin', 'audience', 'ended', 'months', 'residence', 'status', 'town']);
    for (const text of Object.values(texts)) expect(text).not.toMatch(/finder\.|residenceStatus\.|eligibility\.|audience\.|{{/);
    const digits = code === 'fa' ? '۱۸' : '18';
    expect(texts.ageMin).toContain(digits);
    const english = reasonTexts(shared, getT('en'), 'en', towns);
    if (code !== 'en') for (const kind of ['status', 'audience', 'town', 'months'] as const) expect(texts[kind]).not.toBe(english[kind]);
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

  it('ask in Aurelia about families and women, registration and months, as its services depend on them', () => {
    const asks = finderTown(d, 'aurelia', 'en', t).asks;
    expect(asks.audiences).toEqual(expect.arrayContaining(['families']));
    expect(asks.registered).toBe(true);
    expect(asks.months).toBe(true);
  });

  it('keep Aurelia’s school enrolment and family centre for a 6-year-old, and hide them for a parent of 45', () => {
    const services = finderTown(d, 'aurelia', 'en', t).services;
    const slugs = (p: FinderProfile) => applyFinder(services, p).shown.map((s) => s.slug);
    expect(slugs({ town: 'aurelia', who: 'child', age: 6 })).toEqual(
      expect.arrayContaining(['aurelia-school-enrolment', 'aurelia-family-centre']),
    );
    expect(slugs({ town: 'aurelia', age: 45 })).not.toContain('aurelia-school-enrolment');
  });

  it('give a town the services that list it, and count those elsewhere open to every partner town', () => {
    for (const town of d.towns) {
      const file = finderTown(d, town.slug, 'en', t);
      expect(file.services.map((s) => s.slug).sort()).toEqual(
        d
          .servicesInTown(town.slug)
          .map((s) => s.slug)
          .sort(),
      );
      const elsewhere = d.services.filter(
        (s) => !s.shared.towns.includes(town.slug) && s.shared.eligibility.residence === 'lives-in-network',
      );
      expect(file.elsewhere).toBe(elsewhere.length);
    }
    expect(finderTown(d, 'valmara', 'en', t).elsewhere).toBeGreaterThan(0);
  });

  it('place each service at its locations, else at the offices of the towns it serves, for sorting by distance', () => {
    const offices = new Map(d.towns.map((town) => [town.slug, town.shared.office.geo]));
    for (const s of finderNetworkWide(d, 'en', t).services.concat(finderTown(d, 'valmara', 'en', t).services)) {
      const shared = d.service(s.slug).shared;
      const places = shared.locations.length ? shared.locations.map((l) => l.geo) : shared.towns.map((x) => offices.get(x)!);
      expect(parseGeo(s.geo)).toEqual(places.map((p) => ({ lat: Number(p.lat.toFixed(4)), lon: Number(p.lon.toFixed(4)) })));
    }
  });

  it('list the network-wide services once, for every town', () => {
    const wide = finderNetworkWide(d, 'en', t).services;
    expect(wide.length).toBeGreaterThan(0);
    expect(wide.map((s) => s.slug).sort()).toEqual(
      d.services
        .filter((s) => s.shared.eligibility.residence === 'lives-in-network')
        .map((s) => s.slug)
        .sort(),
    );
    for (const town of d.towns) for (const s of wide) expect(servesTown(s, town.slug)).toBe(true);
  });
});

describe('a card not in the reader’s language', () => {
  it('is one whose name or summary fell back, and gets one label either way', () => {
    expect(isUntranslatedCard({ nameLang: 'en-GB' })).toBe(true);
    expect(isUntranslatedCard({ summaryLang: 'en-GB' })).toBe(true);
    expect(isUntranslatedCard({ nameLang: 'en-GB', summaryLang: 'en-GB' })).toBe(true);
  });

  it('is not one whose name and summary are both in the reader’s language', () => {
    expect(isUntranslatedCard({})).toBe(false);
  });
});
