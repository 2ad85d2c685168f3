import { afterEach, describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { recordId } from '~/lib/content/record-id';
import { change, fixtureText, problemsOf, removeVariants, variant } from '../helpers/content';
import { miniContent as mini } from '../helpers/build';

afterEach(removeVariants);

const housing = 'towns/alpha/services/en/alpha-housing.yml';

describe('reading a valid network', () => {
  const network = readNetwork(mini);

  it('reads every record with a stable id derived from its slug', () => {
    expect(network.towns.map((t) => t.slug)).toEqual(['alpha', 'beta']);
    const service = network.services.find((s) => s.slug === 'alpha-housing')!;
    expect(service.id).toBe(recordId('services', 'alpha-housing'));
    expect(service.owner).toBe('alpha');
    expect(network.services.find((s) => s.slug === 'joint-food')!.owner).toBe('network');
  });

  it('keeps structured fields once and text per locale', () => {
    const service = network.services.find((s) => s.slug === 'alpha-housing')!;
    expect(service.shared.eligibility.ageMin).toBe(18);
    expect(service.text.en.name).toBe('Alpha social housing');
    expect(service.text.ar).toEqual({ name: 'السكن الاجتماعي في ألفا' });
    expect(service.files).toEqual({ en: housing, ar: 'towns/alpha/services/ar/alpha-housing.yml' });
  });

  it('fills defaults for fields an editor left out', () => {
    const food = network.services.find((s) => s.slug === 'beta-food')!;
    expect(food.shared.status).toBe('active');
    expect(food.shared.eligibility).toMatchObject({ residenceStatuses: [], documents: [], residence: 'none' });
  });

  it('orders categories by their order field', () => {
    expect(network.categories.map((c) => c.slug)).toEqual(['housing', 'food']);
  });

  it('accepts a translation file Decap wrote with empty fields, treating them as untranslated', () => {
    const dir = variant({ 'towns/alpha/services/ar/alpha-housing.yml': 'name: ""\nsummary: ""\napplySteps: []\n' });
    const service = readNetwork(dir).services.find((s) => s.slug === 'alpha-housing')!;
    expect(service.text.ar).toEqual({});
  });
});

describe('bad content is rejected with its file, field and reason', () => {
  it('names an unknown town', () => {
    const problems = problemsOf(variant(change(housing, 'towns: [alpha]', 'towns: [alpha, gamma]')));
    expect(problems).toContainEqual({ file: housing, field: 'towns[1]', message: 'unknown town "gamma"' });
  });

  it('names an unknown provider', () => {
    const problems = problemsOf(variant(change(housing, 'provider: alpha-council', 'provider: nobody')));
    expect(problems).toContainEqual({ file: housing, field: 'provider', message: 'unknown provider "nobody"' });
  });

  it('names an unknown category', () => {
    const problems = problemsOf(variant(change(housing, 'categories: [housing]', 'categories: [housnig]')));
    expect(problems).toContainEqual({ file: housing, field: 'categories[0]', message: 'unknown category "housnig"' });
  });

  it('names a missing required field', () => {
    const problems = problemsOf(variant(change(housing, /^summary:.*\n/m, '')));
    expect(problems).toContainEqual({ file: housing, field: 'summary', message: 'required field is missing' });
  });

  it('names an invalid timezone', () => {
    const file = 'towns/beta/profile/en/beta.yml';
    const problems = problemsOf(variant(change(file, 'Europe/Athens', 'Europe/Beta')));
    expect(problems).toEqual([{ file, field: 'timezone', message: expect.stringMatching(/not a known IANA timezone/) }]);
  });

  it('names an impossible date', () => {
    const problems = problemsOf(variant(change(housing, '2026-06-01', '2026-02-30')));
    expect(problems).toContainEqual({ file: housing, field: 'reviewed', message: 'is not a real calendar date' });
  });

  it('names a duplicate slug used in two town folders', () => {
    const copy = fixtureText(housing)
      .replace('towns: [alpha]', 'towns: [beta]')
      .replace('provider: alpha-council', 'provider: friends')
      .replace(/town: alpha/, 'town: beta');
    const problems = problemsOf(variant({ 'towns/beta/services/en/alpha-housing.yml': copy }));
    expect(problems).toContainEqual({
      file: 'towns/beta/services/en/alpha-housing.yml',
      field: 'slug',
      message: expect.stringMatching(/duplicate slug "alpha-housing"/),
    });
  });

  it('names a nested field with its position', () => {
    const problems = problemsOf(variant(change(housing, 'closes: "11:00"', 'closes: "08:00"')));
    expect(problems).toContainEqual({ file: housing, field: 'locations[0].hours[0].closes', message: 'closes must be later than opens' });
  });

  it('names a misspelt field instead of ignoring it', () => {
    const problems = problemsOf(variant(change(housing, 'appointment: required', 'appointment: required\nappointmnet: walk-in')));
    expect(problems).toContainEqual({ file: housing, field: 'appointmnet', message: expect.stringMatching(/unknown field/) });
  });

  it('rejects structured fields in a translation file', () => {
    const file = 'towns/alpha/services/ar/alpha-housing.yml';
    const problems = problemsOf(variant({ [file]: 'name: س\nappointment: walk-in\n' }));
    expect(problems).toContainEqual({ file, field: 'appointment', message: expect.stringMatching(/unknown field/) });
  });

  it('names a translation that has no default-language record', () => {
    const file = 'towns/alpha/services/ar/ghost.yml';
    const problems = problemsOf(variant({ [file]: 'name: شبح\n' }));
    expect(problems).toEqual([{ file, field: '', message: expect.stringMatching(/has no en record/) }]);
  });

  it('names a record in a town folder that does not serve that town', () => {
    const problems = problemsOf(variant(change(housing, 'towns: [alpha]', 'towns: [beta]')));
    expect(problems).toContainEqual({ file: housing, field: 'towns', message: expect.stringMatching(/must list "alpha"/) });
  });

  it('names broken YAML with its line', () => {
    const problems = problemsOf(variant({ [housing]: 'name: [unclosed\nsummary: x\n' }));
    expect(problems[0]).toMatchObject({ file: housing, field: expect.stringMatching(/^line \d+$/) });
  });

  it('reports every problem at once, in a message that names the files', () => {
    const dir = variant({
      ...change(housing, 'provider: alpha-council', 'provider: nobody'),
      ...change('towns/beta/profile/en/beta.yml', 'Europe/Athens', 'Mars/Olympus'),
    });
    expect(() => readNetwork(dir)).toThrow(/alpha-housing\.yml → provider: unknown provider "nobody"/);
    expect(() => readNetwork(dir)).toThrow(/beta\.yml → timezone: is not a known IANA timezone/);
  });
});

describe('bad calendar entries are rejected with their file and field', () => {
  const clinic = 'towns/alpha/calendar/en/alpha-clinic.yml';

  it('names an unknown town and an unknown related service', () => {
    const problems = problemsOf(
      variant(
        change(
          clinic,
          'towns: [alpha]\ncategories: [housing]\nservices: [alpha-housing]',
          'towns: [alpha, gamma]\ncategories: [housing]\nservices: [alpha-housing, gone]',
        ),
      ),
    );
    expect(problems).toEqual([
      { file: clinic, field: 'towns[1]', message: 'unknown town "gamma"' },
      { file: clinic, field: 'services[1]', message: 'unknown service "gone"' },
    ]);
  });

  it('names an invalid recurrence rule', () => {
    const problems = problemsOf(variant(change(clinic, 'FREQ=MONTHLY;BYDAY=1TU;COUNT=8', 'FREQ=MONTHLY;BYDAY=9XX')));
    expect(problems).toEqual([{ file: clinic, field: 'recurrence.rrule', message: expect.stringMatching(/RRULE is not valid/) }]);
  });

  it('names a cancelled date that is not in the series', () => {
    const problems = problemsOf(variant(change(clinic, '"2026-12-01"', '"2026-12-02"')));
    expect(problems).toEqual([{ file: clinic, field: 'recurrence.cancelled[0]', message: '2026-12-02 is not a date of this series' }]);
  });

  it('names an end before the start', () => {
    const problems = problemsOf(variant(change(clinic, 'end: "2026-10-06T12:30"', 'end: "2026-10-06T08:30"')));
    expect(problems).toEqual([{ file: clinic, field: 'timed.end', message: 'end must be after start' }]);
  });

  it('names an unknown timezone', () => {
    const problems = problemsOf(variant(change(clinic, 'kind: service-day', 'kind: service-day\ntimezone: Mars/Olympus')));
    expect(problems).toEqual([{ file: clinic, field: 'timezone', message: expect.stringMatching(/not a known IANA timezone/) }]);
  });

  it('names a slug reserved for calendar pages', () => {
    const text = fixtureText('towns/alpha/calendar/en/alpha-housing-window.yml');
    const problems = problemsOf(variant({ 'towns/alpha/calendar/en/towns.yml': text }));
    expect(problems).toContainEqual({
      file: 'towns/alpha/calendar/en/towns.yml',
      field: 'slug',
      message: expect.stringMatching(/reserved/),
    });
  });
});
