import { describe, expect, it } from 'vitest';
import { eligibilityFacts } from '~/lib/content/eligibility';
import { eligibility } from '~/lib/content/schema';
import { getT } from '~/lib/i18n/i18next';

const facts = (input: object, locale: 'en' | 'ar' = 'en') => eligibilityFacts(eligibility.parse(input), getT(locale), locale, ['Valmara']);

describe('eligibility summaries', () => {
  it('say plainly when a service is open to everyone with nothing to bring', () => {
    expect(facts({}).map((f) => f.text)).toEqual([
      'Open to people with any residence status',
      'You do not need to live in the town',
      'No documents needed',
    ]);
    expect(facts({}).every((f) => !f.restricts)).toBe(true);
  });

  it('list statuses, age, residence and documents when they restrict', () => {
    const out = facts({
      residenceStatuses: ['refugee', 'asylum-seeker'],
      ageMin: 18,
      ageMax: 29,
      residence: 'registered-in-town',
      residenceMonths: 24,
      documents: ['passport', 'tax-code'],
    }).map((f) => f.text);
    expect(out).toEqual([
      'For recognised refugees or asylum seekers',
      'Ages 18 to 29',
      'You must be registered as living in Valmara for at least 24 months',
      'Bring: Passport and Tax code',
    ]);
  });

  it('write one-sided age limits', () => {
    expect(facts({ ageMin: 18 }).find((f) => f.kind === 'age')?.text).toBe('From age 18');
    expect(facts({ ageMax: 6 }).find((f) => f.kind === 'age')?.text).toBe('Up to age 6');
  });

  it('are written in the reader’s language', () => {
    const out = facts({ residence: 'lives-in-town' }, 'ar');
    expect(out.map((f) => f.text).join(' ')).toMatch(/Valmara/);
    expect(out[0].text).not.toMatch(/[A-Za-z]{4}/);
  });

  it('reject an age range that ends before it starts', () => {
    expect(() => eligibility.parse({ ageMin: 30, ageMax: 18 })).toThrow(/ageMin must not be greater than ageMax/);
  });
});
