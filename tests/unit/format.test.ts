import { describe, expect, it } from 'vitest';
import { formatDate, formatEuros, formatTime, formatWeekday, languageName, formatList } from '~/lib/dates/format';
import { daysBetween, isStale, staleFrom, buildDate } from '~/lib/dates/days';
import { localToday } from '~/lib/dates/today';
import { displayPhone, geoHref, osmHref, whatsappHref } from '~/lib/sharing/contact-links';

describe('dates in the reader’s language', () => {
  it('writes a date the way each language does', () => {
    expect(formatDate('2026-03-12', 'en')).toBe('12 March 2026');
    expect(formatDate('2026-03-12', 'fr')).toBe('12 mars 2026');
    expect(formatDate('2026-03-12', 'uk')).toMatch(/^12.* березня 2026/);
    expect(formatDate('2026-03-12', 'ar')).toMatch(/مارس/);
  });

  it('uses Intl where date-fns has no locale (Tigrinya)', () => {
    expect(formatDate('2026-03-12', 'ti')).toMatch(/መጋቢት/);
  });

  it('never shifts a calendar date, whatever the machine timezone', () => {
    // The test runner's TZ is whatever the machine has; the last day of a month is where a UTC
    // shift would show.
    expect(formatDate('2026-12-31', 'en')).toBe('31 December 2026');
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
  });

  it('writes times and weekdays per locale', () => {
    expect(formatTime('09:30', 'en')).toBe('09:30');
    expect(formatTime('17:00', 'fr')).toBe('17:00');
    expect(formatWeekday('mo', 'en')).toBe('Monday');
    expect(formatWeekday('fr', 'fr')).toBe('vendredi');
    expect(formatWeekday('su', 'ar')).toBe('الأحد');
  });

  it('names languages and lists in the reader’s language', () => {
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('ar', 'fr')).toBe('arabe');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatList(['A', 'B'], 'en', 'disjunction')).toBe('A or B');
  });

  it('writes euros in the reader’s conventions', () => {
    expect(formatEuros(20, 'en')).toBe('€20');
    expect(formatEuros(20, 'fr')).toMatch(/^20\s€$/);
  });
});

describe('how old information is', () => {
  it('counts whole days between calendar dates', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across a DST change
  });

  it('is stale only past the configured age', () => {
    expect(isStale('2025-11-23', '2026-11-23', 365)).toBe(false);
    expect(isStale('2025-11-22', '2026-11-23', 365)).toBe(true);
  });

  it('gives the first stale day, for the check made at view time', () => {
    expect(staleFrom('2025-11-22', 365)).toBe('2026-11-23');
    expect(isStale('2025-11-22', staleFrom('2025-11-22', 365), 365)).toBe(true);
  });

  it('takes the build date from SOURCE_DATE_EPOCH when set', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1795392000' })).toBe('2026-11-23');
    expect(buildDate({}, new Date('2026-05-01T23:30:00Z'))).toBe('2026-05-01');
  });

  it('reads today on the reader’s device in its own timezone', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('contact links', () => {
  it('open the phone’s apps', () => {
    expect(whatsappHref('+393330000100')).toBe('https://wa.me/393330000100');
    expect(geoHref(42.5, 11.1, 'Town Hall')).toBe('geo:42.5,11.1?q=42.5,11.1(Town%20Hall)');
    expect(osmHref(42.5, 11.1)).toContain('mlat=42.5&mlon=11.1');
  });

  it('group phone digits for reading aloud', () => {
    expect(displayPhone('+390564000210')).toBe('+39\u00a00564\u00a0000\u00a0210');
    expect(displayPhone('+302721000300')).toBe('+30\u00a02721\u00a0000\u00a0300');
  });
});
