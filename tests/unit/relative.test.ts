import { describe, expect, it } from 'vitest';
import { dayCategory, dayWording, formatDays, relativeKindOf, relativeLabel } from '~/lib/dates/relative';
import { locales } from '~/lib/i18n/locales';
import { todayIn } from '~/lib/dates/today';

describe('relative labels', () => {
  it('count down to a deadline and say when it has passed', () => {
    expect(relativeLabel('deadline', '2026-12-01', '2026-12-01', '2026-11-28')).toEqual({ key: 'closes', days: 3 });
    expect(relativeLabel('deadline', '2026-12-01', '2026-12-01', '2026-12-01')).toEqual({ key: 'closes', days: 0 });
    expect(relativeLabel('deadline', '2026-12-01', '2026-12-01', '2026-12-02')).toEqual({ key: 'passed' });
  });

  it('say when a window opens, when it closes and when it has closed', () => {
    expect(relativeLabel('window', '2027-03-01', '2027-03-31', '2027-02-27')).toEqual({ key: 'opens', days: 2 });
    expect(relativeLabel('window', '2027-03-01', '2027-03-31', '2027-03-30')).toEqual({ key: 'closes', days: 1 });
    expect(relativeLabel('window', '2027-03-01', '2027-03-31', '2027-04-01')).toEqual({ key: 'closed' });
  });

  it('say how soon a service day comes, and that it is today while it runs', () => {
    expect(relativeLabel('day', '2026-12-01', '2026-12-01', '2026-11-30')).toEqual({ key: 'on', days: 1 });
    expect(relativeLabel('day', '2026-12-01', '2026-12-03', '2026-12-02')).toEqual({ key: 'on', days: 0 });
    expect(relativeLabel('day', '2026-12-01', '2026-12-01', '2026-12-05')).toEqual({ key: 'passed' });
  });

  it('map entry kinds to label kinds', () => {
    expect(['deadline', 'application-window', 'service-day', 'event'].map((k) => relativeKindOf(k as never))).toEqual([
      'deadline',
      'window',
      'day',
      'day',
    ]);
  });
});

describe("today in a town's timezone", () => {
  it('is already tomorrow in Athens when it is late evening in London', () => {
    const now = new Date('2026-11-30T22:30:00Z');
    expect(todayIn('Europe/London', now)).toBe('2026-11-30');
    expect(todayIn('Europe/Athens', now)).toBe('2026-12-01');
  });
});

describe('"in N days" in the reader’s language, from CLDR at build time', () => {
  const say = (tag: string, days: number) => formatDays(days, dayWording(tag), new Intl.PluralRules(tag).select(days));

  it('uses the words a language has for the first days, then its plural patterns', () => {
    expect([0, 1, 2, 3, 21].map((d) => say('en-GB', d))).toEqual(['today', 'tomorrow', 'in 2 days', 'in 3 days', 'in 21 days']);
    expect(say('fr-FR', 3)).toBe('dans 3 jours');
    expect([1, 3, 11, 100].map((d) => say('ar', d))).toEqual(['غدًا', 'خلال 3 أيام', 'خلال 11 يومًا', 'خلال 100 يوم']);
  });

  it('writes the number in the language’s own digits', () => {
    expect(say('fa-IR', 12)).toBe('۱۲ روز دیگر');
  });

  it('has wording for every locale, Somali and Urdu too, which browsers may lack', () => {
    expect([0, 1, 3].map((d) => say('so-SO', d))).toEqual(['Maanta', 'Berri', '3 maalmood']);
    expect([1, 3].map((d) => say('ur-PK', d))).toEqual(['آئندہ کل', '3 دنوں میں']);
    for (const l of locales) {
      const wording = dayWording(l.tag);
      // Some forms leave out the number ("خلال يوم واحد"); the others hold it.
      expect(
        Object.values(wording.patterns).some((p) => p.includes('{0}')),
        l.code,
      ).toBe(true);
      if (l.code !== 'en') expect(say(l.tag, 5), l.code).not.toMatch(/^\+|in 5 days/);
    }
  });

  it('falls back to one/other when the browser does not know the language', () => {
    const wording = { words: [], patterns: { one: '{0} day', other: '{0} days' } };
    expect(dayCategory(1, 'xx-unknown', wording)).toBe('one');
    expect(dayCategory(4, 'xx-unknown', wording)).toBe('other');
    expect(dayCategory(3, 'ar', dayWording('ar'))).toBe('few');
  });
});
