/**
 * The CMS's save-time check is the build's own check on one record: the same schema, the same
 * blanks dropped, the same recurrence rules, with each problem at the field path an editor's
 * control shows it at.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { entryIssues, inBlankOptionalGroup, issueOwner, plainMessage, stampTime } from '~/lib/cms/check';
import { serviceShared } from '~/lib/content/schema';

const fixture = (file: string) => parse(fs.readFileSync(`tests/fixtures/mini/towns/alpha/${file}`, 'utf8'));
const service = () => fixture('services/en/alpha-housing.yml');
const entry = () => fixture('calendar/en/alpha-clinic.yml');
const town = () => fixture('profile/en/alpha.yml');
const paths = (issues: { path: string }[]) => issues.map((i) => i.path);
const rome = () => 'Europe/Rome';

describe('the save-time check of one record', () => {
  it('accepts the records the build accepts', () => {
    expect(entryIssues('services', service())).toEqual([]);
    expect(entryIssues('calendar', entry(), { timezoneOf: rome })).toEqual([]);
  });

  it('refuses a youngest age above the oldest, at the oldest age, with the schema’s message', () => {
    const s = service();
    s.eligibility = { ...s.eligibility, ageMin: 30, ageMax: 18 };
    expect(entryIssues('services', s)).toEqual([{ path: 'eligibility.ageMax', message: 'ageMin must not be greater than ageMax' }]);
  });

  it('refuses a group of documents the editor added but left empty, at that group’s choice, as the CMS holds it', () => {
    const s = service();
    // The CMS's list of groups: the fixture's shorthand read as groups, and a new group, empty.
    s.eligibility.documents = [{ oneOf: ['passport', 'residence-permit'] }, { oneOf: ['income-proof'] }, { oneOf: [] }];
    expect(entryIssues('services', s)).toEqual([
      { path: 'eligibility.documents[2].oneOf', message: 'a group needs at least one document: choose one, or remove the group' },
    ]);
  });

  it('refuses an end before the start, at the end', () => {
    const e = entry();
    e.timed = { start: '2026-10-06T09:00', end: '2026-10-06T08:00' };
    expect(entryIssues('calendar', e, { timezoneOf: rome })).toEqual([{ path: 'timed.end', message: 'end must be after start' }]);
  });

  it('refuses a location without a postal code, but not a location left wholly empty', () => {
    const e = entry();
    e.location.address.postalCode = '';
    expect(paths(entryIssues('calendar', e, { timezoneOf: rome }))).toEqual(['location.address.postalCode']);
    e.location = { name: '', address: { street: '', postalCode: '', town: '' } };
    expect(entryIssues('calendar', e, { timezoneOf: rome })).toEqual([]);
  });

  it('refuses an empty list of languages with a plain sentence, not zod’s', () => {
    const s = service();
    s.languages = [];
    expect(entryIssues('services', s)).toEqual([{ path: 'languages', message: 'choose at least one' }]);
  });

  it('refuses a rule the recurrence check refuses, at the rule', () => {
    const e = entry();
    e.recurrence.rrule = 'FREQ=SOMETIMES';
    expect(paths(entryIssues('calendar', e, { timezoneOf: rome }))).toContain('recurrence.rrule');
  });

  it('refuses a skipped date that is not a date of the series, at that date', () => {
    const e = entry();
    e.recurrence.exdates = ['2027-01-05', '2027-01-06'];
    expect(entryIssues('calendar', e, { timezoneOf: rome })).toEqual([
      { path: 'recurrence.exdates[1]', message: '2027-01-06 is not a date of this series' },
    ]);
  });

  it('says a required field is missing, and does not count the change time the admin stamps on save', () => {
    const s = service();
    delete s.provider;
    expect(entryIssues('services', s)).toEqual([{ path: 'provider', message: 'required field is missing' }]);
    const e = entry();
    e.updated = '';
    expect(entryIssues('calendar', e, { timezoneOf: rome })).toEqual([]);
  });

  it('checks each translation’s text and names its locale', () => {
    const issues = entryIssues('services', service(), { translations: { ar: { name: 'x'.repeat(500), summary: '' }, en: {} } });
    expect(issues).toEqual([{ path: 'name', message: 'must be at most 120 characters', locale: 'ar' }]);
  });

  it('refuses an arrival step without words in the default language, and words for a step that does not exist, at the key', () => {
    expect(entryIssues('towns', town())).toEqual([]);
    const t = town();
    t.arrivalSteps = [...t.arrivalSteps, { step: 'register-address', service: 'alpha-housing' }];
    expect(entryIssues('towns', t)).toEqual([
      { path: `arrivalSteps[${t.arrivalSteps.length - 1}].step`, message: expect.stringMatching(/step "register-address" has no text/) },
    ]);
    const arabic = { arrival: [{ step: 'registr', todo: 'سجّل عنوانك' }] };
    expect(entryIssues('towns', town(), { translations: { ar: arabic } })).toEqual([
      { path: 'arrival[0].step', message: 'no arrival step has the key "registr"', locale: 'ar' },
    ]);
  });

  it('reports an unknown field by its own path', () => {
    expect(entryIssues('services', { ...service(), priority: 1 })).toEqual([{ path: 'priority', message: 'unknown field' }]);
  });
});

describe('where an issue is shown', () => {
  const controls = new Set(['name', 'locations', 'locations[0].name', 'locations[0].address', 'recurrence.exdates[1]']);
  it('at the field’s own control when it has one', () => {
    expect(issueOwner('locations[0].name', controls, 'name')).toBe('locations[0].name');
    expect(issueOwner('recurrence.exdates[1]', controls, 'name')).toBe('recurrence.exdates[1]');
  });
  it('else at its nearest ancestor with a control, else at the first field', () => {
    expect(issueOwner('locations[0].address.street', controls, 'name')).toBe('locations[0].address');
    expect(issueOwner('locations[3].hours[0].days', controls, 'name')).toBe('locations');
    expect(issueOwner('updated', controls, 'name')).toBe('name');
  });
});

describe('blank optional groups', () => {
  it('are recognised as the reader drops them, so their fields are not "missing"', () => {
    const e = { ...entry(), location: { name: '', address: { street: '', postalCode: '', town: '' } } };
    expect(inBlankOptionalGroup('calendar', 'location.address.postalCode', e)).toBe(true);
    expect(inBlankOptionalGroup('calendar', 'location.name', e)).toBe(true);
    e.location.name = 'Town Hall';
    expect(inBlankOptionalGroup('calendar', 'location.address.postalCode', e)).toBe(false);
    expect(inBlankOptionalGroup('calendar', 'title', e)).toBe(false);
  });

  it('treats a group a new entry never touched as blank, not as missing fields', () => {
    const e = entry();
    delete e.location;
    delete e.allDay;
    expect(inBlankOptionalGroup('calendar', 'location.address.postalCode', e)).toBe(true);
    expect(inBlankOptionalGroup('calendar', 'allDay.start', e)).toBe(true);
    expect(inBlankOptionalGroup('calendar', 'timed.start', e)).toBe(false);
  });
});

describe('messages', () => {
  it('turn zod’s generic wording into short sentences and keep the schema’s own', () => {
    const tooLong = serviceShared.shape.reviewed.safeParse('2026-1-1').error!.issues[0];
    expect(plainMessage(tooLong)).toBe('must be a date written YYYY-MM-DD');
    const ages = serviceShared.shape.eligibility.safeParse({ ageMin: 200 }).error!.issues[0];
    expect(plainMessage(ages)).toBe('must be at most 120');
  });
  it('stamp change times in UTC to the second', () => {
    expect(stampTime(new Date('2026-12-07T08:09:10.123Z'))).toBe('2026-12-07T08:09:10Z');
  });
});
