/**
 * A town's first steps on arrival (src/lib/moving/arrival.ts) and the arrival page's view model
 * (src/lib/pages/arriving-page.ts), on the small fixture network.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDirectory } from '~/lib/content/directory';
import { readNetwork } from '~/lib/content/read';
import { getT } from '~/lib/i18n/i18next';
import { arrivalSteps, deadlineDays, deadlineText, stepApplies } from '~/lib/moving/arrival';
import { arrivalDates, arrivingPage } from '~/lib/pages/arriving-page';

const network = readNetwork(path.resolve('tests/fixtures/mini'));
const d = buildDirectory(network);
const alpha = d.town('alpha');

describe('arrival steps', () => {
  it('come in the editor’s order, each with its service, deadline, documents and whom it is for', () => {
    const steps = arrivalSteps(alpha, 'en', getT('en'));
    expect(steps.map((s) => s.step)).toEqual(['housing', 'meals', 'family-meals']);
    expect(steps[0]).toMatchObject({
      todo: 'Put your name on the housing list at the town hall.',
      whenNote: 'Before the end of your first season in Alpha',
      deadline: 'Within 3 months of arrival',
      service: 'alpha-housing',
      documents: ['Passport or Residence permit'],
    });
    expect(steps[0].who.join(' ')).toMatch(/refugee/i);
    expect(steps[2].deadline).toBe('Within 8 days of arrival');
    expect(steps[2].who).toEqual([]);
  });

  it('fall back to English step by step, marked with its language, where a translation lacks one', () => {
    const steps = arrivalSteps(alpha, 'ar', getT('ar'));
    const meals = steps.find((s) => s.step === 'meals')!;
    const housing = steps.find((s) => s.step === 'housing')!;
    expect(meals.todo).toBe('اطلب من المدرسة وجبات مجانية لطفلك.');
    expect(meals.textLang).toBeUndefined();
    expect(housing.todo).toMatch(/housing list/);
    expect(housing.textLang).toMatchObject({ lang: 'en-GB', dir: 'ltr' });
    expect(housing.textLang?.label).toBeTruthy();
    // The structured half is the reader's language whatever the text's.
    expect(housing.deadline).not.toMatch(/Within/);
  });

  it('say a deadline with the language’s plural forms', () => {
    const uk = getT('uk');
    expect(deadlineText({ amount: 1, unit: 'months' }, uk)).toBe('Протягом 1 місяця після приїзду');
    expect(deadlineText({ amount: 5, unit: 'days' }, uk)).toBe('Протягом 5 днів після приїзду');
    expect(deadlineText({ amount: 2, unit: 'weeks' }, getT('ar'))).toBe('خلال أسبوعين من الوصول');
  });

  it('order deadlines by how many days they allow, steps without one last', () => {
    expect(deadlineDays({ amount: 2, unit: 'weeks' })).toBe(14);
    expect(deadlineDays({ amount: 1, unit: 'months' })).toBeGreaterThan(deadlineDays({ amount: 20, unit: 'days' }));
    expect(deadlineDays(undefined)).toBe(Infinity);
  });

  it('apply to the person the finder’s answers describe, and never hide on a question left unanswered', () => {
    const [housing, meals] = arrivalSteps(alpha, 'en', getT('en'));
    expect(stepApplies(housing, {})).toBe(true);
    expect(stepApplies(housing, { status: 'asylum-seeker' })).toBe(false);
    expect(stepApplies(housing, { status: 'refugee', age: 30 })).toBe(true);
    expect(stepApplies(meals, { who: 'child', age: 8 })).toBe(true);
    expect(stepApplies(meals, { age: 40 })).toBe(false);
  });
});

describe('the arrival page’s view model', () => {
  it('links each step to its service and the page to the town, its calendar and the moving view', () => {
    const page = arrivingPage({ directory: d, town: alpha, locale: 'en', today: '2026-12-07' });
    expect(page.title).toBe('First steps in Alpha');
    expect(page.steps[0].serviceHref).toBe('/en/services/alpha-housing/');
    expect(page.townHref).toBe('/en/towns/alpha/');
    expect(page.calendarHref).toBe('/en/calendar/towns/alpha/');
    expect(page.movingHref).toBe('/en/moving/?to=alpha');
    expect(page.fallback).toBe(false);
    expect(arrivingPage({ directory: d, town: alpha, locale: 'ar', today: '2026-12-07' }).fallback).toBe(true);
  });

  it('lists the town’s deadlines and its steps’ service dates of the coming three months, not cancelled ones', () => {
    const dates = arrivalDates(d, alpha, '2026-11-20');
    const days = dates.map((i) => i.occurrence.start.slice(0, 10));
    expect(days).toContain('2026-12-15');
    expect(days).not.toContain('2026-12-01');
    expect(days.some((day) => day.startsWith('2027-02'))).toBe(true);
    expect(days.every((day) => day < '2027-02-21')).toBe(true);
  });
});
