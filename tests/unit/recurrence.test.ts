import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { checkRecurrence, instant, occurrences, ruleProblem, seriesHorizonYears } from '~/lib/calendar/recurrence';
import { calendarShared, rrule, type CalendarShared } from '~/lib/content/schema';

// zod's parse type keeps allDay and timed both optional; its refinement makes it a CalendarShared.
const entry = (fields: object) =>
  calendarShared.parse({ kind: 'service-day', towns: ['valmara'], updated: '2026-10-01T08:00:00Z', ...fields }) as CalendarShared;

describe('a monthly clinic on the first Tuesday at 09:00 in Rome', () => {
  const clinic = entry({
    timed: { start: '2026-01-06T09:00', end: '2026-01-06T12:30' },
    recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1TU', exdates: ['2026-08-04'], cancelled: ['2026-12-01'] },
  });
  const list = occurrences(clinic, 'Europe/Rome', { from: '2026-02-01', to: '2026-12-31' });

  it('falls on the first Tuesday of every month, skipping the exception date', () => {
    expect(list.map((o) => o.date)).toEqual([
      '2026-02-03',
      '2026-03-03',
      '2026-04-07',
      '2026-05-05',
      '2026-06-02',
      '2026-07-07',
      '2026-09-01',
      '2026-10-06',
      '2026-11-03',
      '2026-12-01',
    ]);
  });

  it('stays at 09:00 local time across the daylight-saving change', () => {
    const march = list.find((o) => o.date === '2026-03-03')!;
    const april = list.find((o) => o.date === '2026-04-07')!;
    expect([march.start, april.start]).toEqual(['2026-03-03T09:00', '2026-04-07T09:00']);
    expect(march.startUtc).toBe('2026-03-03T08:00:00.000Z'); // CET, UTC+1
    expect(april.startUtc).toBe('2026-04-07T07:00:00.000Z'); // CEST, UTC+2
    expect(april.endUtc).toBe('2026-04-07T10:30:00.000Z');
  });

  it('marks the cancelled occurrence instead of dropping it', () => {
    expect(list.filter((o) => o.cancelled).map((o) => o.date)).toEqual(['2026-12-01']);
  });
});

describe('all-day entries', () => {
  it('keep a window of days with its last day included', () => {
    const window = entry({ kind: 'application-window', allDay: { start: '2027-03-01', end: '2027-03-31' } });
    expect(occurrences(window, 'Europe/Athens', { from: '2027-03-15', to: '2027-04-30' })).toEqual([
      { date: '2027-03-01', start: '2027-03-01', end: '2027-03-31', allDay: true, cancelled: false },
    ]);
  });

  it('repeat by date, with no time and no timezone shift', () => {
    const deadline = entry({ kind: 'deadline', allDay: { start: '2026-01-15' }, recurrence: { rrule: 'FREQ=MONTHLY;COUNT=3' } });
    expect(occurrences(deadline, 'Pacific/Kiritimati', { from: '2026-01-01', to: '2026-12-31' }).map((o) => o.date)).toEqual([
      '2026-01-15',
      '2026-02-15',
      '2026-03-15',
    ]);
  });

  it('are all cancelled when the entry is', () => {
    const off = entry({ kind: 'event', allDay: { start: '2026-12-10' }, status: 'cancelled' });
    expect(occurrences(off, 'Europe/Rome', { from: '2026-12-01', to: '2026-12-31' })[0].cancelled).toBe(true);
  });
});

describe('turning local times into instants', () => {
  it('uses the town’s offset on that date', () => {
    expect(instant('2026-07-01T18:00', 'Europe/Athens')).toBe('2026-07-01T15:00:00.000Z');
    expect(instant('2026-01-01T18:00', 'Europe/Athens')).toBe('2026-01-01T16:00:00.000Z');
  });
});

describe('checking a recurrence', () => {
  const base = { timed: { start: '2026-01-06T09:00', end: '2026-01-06T10:00' } };

  it('accepts a valid rule with real exception dates', () => {
    expect(
      checkRecurrence(entry({ ...base, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: ['2026-01-13'] } }), 'Europe/Rome'),
    ).toEqual([]);
  });

  it('rejects a rule that never occurs, within the years it is followed', () => {
    const problems = checkRecurrence(entry({ ...base, recurrence: { rrule: 'FREQ=WEEKLY;UNTIL=20250101T000000Z' } }), 'Europe/Rome');
    expect(problems).toEqual([{ field: 'recurrence.rrule', message: expect.stringMatching(/never occurs/) }]);
  });

  it('finds quickly that a daily rule matching no day never occurs', () => {
    const started = performance.now();
    const problems = checkRecurrence(entry({ ...base, recurrence: { rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30' } }), 'Europe/Rome');
    expect(problems).toEqual([{ field: 'recurrence.rrule', message: expect.stringMatching(/never occurs/) }]);
    // rrule alone walks every day to the year 9999 looking (20 s and more).
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses an exception date past the years a series is followed, without expanding to it', () => {
    const problems = checkRecurrence(entry({ ...base, recurrence: { rrule: 'FREQ=DAILY', exdates: ['9999-12-31'] } }), 'Europe/Rome');
    expect(problems).toEqual([
      { field: 'recurrence.exdates[0]', message: `9999-12-31 is more than ${seriesHorizonYears} years after the series starts` },
    ]);
  });

  it('rejects an exception date that is not a date of the series', () => {
    const problems = checkRecurrence(
      entry({ ...base, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', cancelled: ['2026-01-14'] } }),
      'Europe/Rome',
    );
    expect(problems).toEqual([{ field: 'recurrence.cancelled[0]', message: '2026-01-14 is not a date of this series' }]);
  });

  it('rejects an end before the start, naming the field', () => {
    const result = calendarShared.safeParse({
      kind: 'event',
      towns: ['x'],
      updated: '2026-10-01T08:00:00Z',
      timed: { start: '2026-01-06T09:00', end: '2026-01-06T08:00' },
    });
    expect(result.error?.issues[0]).toMatchObject({ path: ['timed', 'end'], message: 'end must be after start' });
  });
});

describe('reading an RRULE', () => {
  const refused = (value: string) => rrule.safeParse(value).error?.issues.map((i) => i.message);

  it.each([
    'FREQ=MONTHLY;BYDAY=1TU;COUNT=8',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=18',
    'FREQ=WEEKLY;BYDAY=TH;UNTIL=20270624T235959Z',
    'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270731',
    'FREQ=WEEKLY;WKST=MO;BYDAY=TU,TH',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    'FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=1,-1',
    'FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO',
    'FREQ=YEARLY;BYYEARDAY=100',
    'FREQ=DAILY',
  ])('accepts %s, as ical.js (a calendar app’s parser) reads it too', (value) => {
    expect(refused(value)).toBeUndefined();
    expect(() => ICAL.Recur.fromString(value).iterator(ICAL.Time.fromDateString('2026-01-06'))).not.toThrow();
  });

  it.each([
    ['a line feed', 'FREQ=WEEKLY\nCOUNT=3', /^RRULE must be one line: .*U\+000A \(character 12\)$/],
    ['a carriage return at the end', 'FREQ=WEEKLY\r', /one line: .*U\+000D/],
    ['a property smuggled after CRLF', 'FREQ=WEEKLY;COUNT=3\r\nDTSTART:20200101T000000Z', /one line: .*U\+000D/],
    ['a control character', 'FREQ=WEEKLY;BYDAY=TU\u0000', /one line: .*U\+0000/],
    ['a C1 control character', 'FREQ=WEEKLY;BYDAY=TU\u0085', /one line: .*U\+0085/],
    ['a line separator', 'FREQ=WEEKLY\u2028COUNT=3', /one line: .*U\+2028/],
    ['an RRULE smuggled in a part', 'FREQ=WEEKLY;RRULE:FREQ=DAILY', /^must be an RRULE such as/],
    ['an "RRULE:" prefix', 'RRULE:FREQ=WEEKLY', /^must be an RRULE such as/],
    ['a space', 'FREQ=WEEKLY; BYDAY=TU', /^must be an RRULE such as/],
    ['lower case', 'freq=weekly', /^must be an RRULE such as/],
    ['an empty part', 'FREQ=WEEKLY;;COUNT=2', /^must be an RRULE such as/],
    ['a trailing semicolon', 'FREQ=WEEKLY;COUNT=2;', /^must be an RRULE such as/],
    ['a part with no value', 'FREQ=WEEKLY;COUNT=', /^must be an RRULE such as/],
    ['an unknown part', 'FREQ=WEEKLY;X-FOO=1', /^must be an RRULE such as/],
    ['a misspelt part', 'FREQ=WEEKLY;BYDAYS=TU', /^RRULE part BYDAYS is not supported here/],
    ['DTSTART inside the rule', 'FREQ=WEEKLY;DTSTART=20260101', /^RRULE part DTSTART is not supported here/],
    ['TZID inside the rule', 'FREQ=WEEKLY;TZID=UTC', /^RRULE part TZID is not supported here/],
    ['an hour', 'FREQ=DAILY;BYHOUR=9', /^RRULE part BYHOUR is not supported here/],
    ["rrule's own BYEASTER", 'FREQ=YEARLY;BYEASTER=0', /^must be an RRULE such as|BYEASTER is not supported/],
    ['a part given twice', 'FREQ=WEEKLY;BYDAY=TU;BYDAY=WE', /^RRULE part BYDAY is given twice/],
    ['FREQ given twice', 'FREQ=WEEKLY;FREQ=DAILY', /^RRULE part FREQ is given twice/],
    ['no FREQ', 'BYDAY=TU', /^RRULE needs a FREQ/],
    ['an unknown frequency', 'FREQ=FORTNIGHTLY', /^RRULE is not valid: FREQ=FORTNIGHTLY \(FREQ takes DAILY, WEEKLY, MONTHLY or YEARLY\)$/],
    ['a numeric frequency', 'FREQ=0', /^RRULE is not valid: FREQ=0 /],
    ['a bad week start', 'FREQ=WEEKLY;WKST=XX', /^RRULE is not valid: WKST=XX \(WKST takes one day/],
    ['a bad weekday', 'FREQ=MONTHLY;BYDAY=9ZZ', /^RRULE is not valid: BYDAY=9ZZ /],
    ['an unknown weekday', 'FREQ=WEEKLY;BYDAY=TU,XX', /^RRULE is not valid: BYDAY=TU,XX /],
    ['week number 0 of a weekday', 'FREQ=MONTHLY;BYDAY=0TU', /^RRULE is not valid: BYDAY=0TU /],
    ['week number 60 of a weekday', 'FREQ=YEARLY;BYDAY=60TU', /^RRULE is not valid: BYDAY=60TU /],
    ['a count that is not a number', 'FREQ=WEEKLY;COUNT=3X', /^RRULE is not valid: COUNT=3X /],
    ['a count of 0', 'FREQ=WEEKLY;COUNT=0', /^RRULE is not valid: COUNT=0 /],
    ['a negative count', 'FREQ=WEEKLY;COUNT=-1', /^RRULE is not valid: COUNT=-1 /],
    ['two counts in one', 'FREQ=WEEKLY;COUNT=1,2', /^RRULE is not valid: COUNT=1,2 /],
    ['an interval of 0', 'FREQ=WEEKLY;INTERVAL=0', /^RRULE is not valid: INTERVAL=0 /],
    ['day 40 of a month', 'FREQ=MONTHLY;BYMONTHDAY=40', /^RRULE is not valid: BYMONTHDAY=40 /],
    ['day 0 of a month', 'FREQ=MONTHLY;BYMONTHDAY=0', /^RRULE is not valid: BYMONTHDAY=0 /],
    ['month 13', 'FREQ=YEARLY;BYMONTH=13', /^RRULE is not valid: BYMONTH=13 /],
    ['month -1', 'FREQ=YEARLY;BYMONTH=-1', /^RRULE is not valid: BYMONTH=-1 /],
    ['week 54', 'FREQ=YEARLY;BYWEEKNO=54', /^RRULE is not valid: BYWEEKNO=54 /],
    ['year day 367', 'FREQ=YEARLY;BYYEARDAY=367', /^RRULE is not valid: BYYEARDAY=367 /],
    ['set position 400', 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=400', /^RRULE is not valid: BYSETPOS=400 /],
    ['an end that is not a date', 'FREQ=WEEKLY;UNTIL=2027', /^RRULE is not valid: UNTIL=2027 /],
    ['an end on 30 February', 'FREQ=WEEKLY;UNTIL=20270230', /^RRULE is not valid: UNTIL=20270230 /],
    ['an end at hour 25', 'FREQ=WEEKLY;UNTIL=20270101T250000Z', /^RRULE is not valid: UNTIL=20270101T250000Z /],
    ['a never-ending minute rule', 'FREQ=MINUTELY', /^RRULE repeats more often than daily \(FREQ=MINUTELY\)/],
    ['an hourly rule, even with an end', 'FREQ=HOURLY;COUNT=3', /^RRULE repeats more often than daily \(FREQ=HOURLY\)/],
    ['a rule every second', 'FREQ=SECONDLY;UNTIL=20270101', /^RRULE repeats more often than daily \(FREQ=SECONDLY\)/],
    ['both COUNT and UNTIL', 'FREQ=WEEKLY;COUNT=3;UNTIL=20270101', /^RRULE is not valid: give COUNT or UNTIL, not both$/],
    ['a numbered day in a weekly rule', 'FREQ=WEEKLY;BYDAY=1TU', /^RRULE is not valid: BYDAY=1TU \(a numbered day needs FREQ=MONTHLY/],
    ['a numbered day with a week number', 'FREQ=YEARLY;BYWEEKNO=3;BYDAY=1TU', /^RRULE is not valid: BYDAY=1TU /],
    ['a day of the month in a weekly rule', 'FREQ=WEEKLY;BYMONTHDAY=1', /^RRULE is not valid: BYMONTHDAY cannot be used with FREQ=WEEKLY$/],
    ['a week number in a monthly rule', 'FREQ=MONTHLY;BYWEEKNO=3', /^RRULE is not valid: BYWEEKNO needs FREQ=YEARLY$/],
    ['a day of the year in a daily rule', 'FREQ=DAILY;BYYEARDAY=3', /^RRULE is not valid: BYYEARDAY needs FREQ=YEARLY$/],
    ['a set position with nothing to pick from', 'FREQ=MONTHLY;BYSETPOS=1', /^RRULE is not valid: BYSETPOS picks from/],
  ])('refuses %s, saying what is wrong', (_, value, message) => {
    expect(refused(value)).toEqual([expect.stringMatching(message)]);
    expect(ruleProblem(value)).toMatch(message);
  });

  it('names the file and field when a calendar entry has a bad rule', () => {
    const result = calendarShared.safeParse({
      kind: 'service-day',
      towns: ['x'],
      updated: '2026-10-01T08:00:00Z',
      timed: { start: '2026-01-06T09:00', end: '2026-01-06T10:00' },
      recurrence: { rrule: 'FREQ=WEEKLY;WKST=XX' },
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['recurrence', 'rrule'], message: expect.stringMatching(/^RRULE is not valid: WKST=XX/) }),
    ]);
  });
});
