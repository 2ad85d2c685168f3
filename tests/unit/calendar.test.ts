import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { buildDirectory } from '~/lib/content/directory';
import { addDays } from '~/lib/dates/days';
import {
  agenda,
  agendaMaxPerEntry,
  capAgenda,
  groupByMonthAndWeek,
  isoWeek,
  upcomingByService,
  type AgendaItem,
} from '~/lib/calendar/agenda';
import type { CalendarEntry } from '~/lib/content/read';

const d = buildDirectory(readNetwork(path.resolve('tests/fixtures/mini')));

describe('calendar arithmetic', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('finds the ISO week and its Monday', () => {
    expect(isoWeek('2026-12-01')).toEqual({ key: '2026-W49', monday: '2026-11-30' });
    expect(isoWeek('2027-01-01')).toEqual({ key: '2026-W53', monday: '2026-12-28' });
  });
});

describe('the agenda', () => {
  const items = agenda(d.calendar, d.town, '2026-11-23');

  it('lists occurrences in time order, deadlines before timed items on the same day', () => {
    expect(items.map((i) => `${i.occurrence.date} ${i.entry.slug}`).slice(0, 4)).toEqual([
      '2026-12-01 alpha-clinic',
      '2026-12-15 joint-deadline',
      '2027-02-02 alpha-clinic',
      '2027-03-01 alpha-housing-window',
    ]);
  });

  it('groups by month, then by week within the month', () => {
    const months = groupByMonthAndWeek(items, '2026-11-23');
    expect(months.map((m) => [m.key, m.weeks.map((w) => w.monday)])).toEqual([
      ['2026-12', ['2026-11-30', '2026-12-14']],
      ['2027-02', ['2027-02-01']],
      ['2027-03', ['2027-03-01']],
      ['2027-04', ['2027-04-05']],
      ['2027-05', ['2027-05-03']],
    ]);
  });

  it('gives each service its upcoming dates from one expansion of the whole calendar', () => {
    const byService = upcomingByService(d.calendar, d.town, '2026-11-23');
    expect(
      byService
        .get('alpha-housing')!
        .map((i) => i.occurrence.date)
        .slice(0, 3),
    ).toEqual(['2026-12-01', '2027-02-02', '2027-03-01']);
    expect(d.nextDatesForService('alpha-housing', '2026-11-23', 2)).toHaveLength(2);
    expect(d.nextDatesForService('beta-food', '2026-11-23')).toEqual([]);
  });
});

describe('a network-wide agenda', () => {
  /** Items on the given days, in order (only the date matters for the cap). */
  const itemsOn = (...days: string[]) => days.map((date) => ({ occurrence: { date } }) as AgendaItem);
  const dates = (items: AgendaItem[]) => items.map((i) => i.occurrence.date);

  it('lists everything while it is under the limit', () => {
    const items = itemsOn('2026-12-01', '2026-12-02', '2026-12-03');
    expect(capAgenda(items, 3)).toEqual({ items });
  });

  it('stops at the end of a day past the limit, and says until when', () => {
    const capped = capAgenda(itemsOn('2026-12-01', '2026-12-02', '2026-12-02', '2026-12-03', '2026-12-03', '2026-12-04'), 4);
    expect(dates(capped.items)).toEqual(['2026-12-01', '2026-12-02', '2026-12-02']);
    expect(capped.until).toBe('2026-12-02');
  });

  it('keeps a first day that alone is over the limit whole', () => {
    const capped = capAgenda(itemsOn('2026-12-01', '2026-12-01', '2026-12-01', '2026-12-02'), 2);
    expect(dates(capped.items)).toEqual(['2026-12-01', '2026-12-01', '2026-12-01']);
    expect(capped.until).toBe('2026-12-01');
    expect(capAgenda(itemsOn('2026-12-01', '2026-12-01', '2026-12-01'), 2).until).toBeUndefined();
  });
});

describe('an entry that repeats every day', () => {
  const daily = (slug: string): CalendarEntry => {
    const entry = structuredClone(d.entry('alpha-clinic'));
    entry.slug = slug;
    entry.shared.recurrence = { rrule: 'FREQ=DAILY', exdates: [], cancelled: [] };
    return entry;
  };
  const items = agenda([daily('desk'), ...d.calendar], d.town, '2026-11-23');
  const of = (slug: string) => items.filter((i) => i.entry.slug === slug).map((i) => i.occurrence.date);

  it(`lists its first ${agendaMaxPerEntry} dates in the agenda, not a year of them`, () => {
    expect(of('desk')).toHaveLength(agendaMaxPerEntry);
    expect(of('desk')[0]).toBe('2026-11-23');
    expect(of('desk').at(-1)).toBe('2027-03-08');
  });

  it('leaves every other entry’s dates in the agenda', () => {
    expect(of('alpha-housing-window')).toEqual(['2027-03-01']);
    expect(of('joint-deadline')).toEqual(['2026-12-15']);
  });

  it('is never cut when it repeats twice a week for the whole year', () => {
    const twiceWeekly = daily('twice');
    twiceWeekly.shared.recurrence!.rrule = 'FREQ=WEEKLY;BYDAY=MO,TH';
    expect(agenda([twiceWeekly], d.town, '2026-11-23').at(-1)!.occurrence.date).toBe('2027-11-22');
  });
});
