import { describe, expect, it } from 'vitest';
import { checkRecurrence, instant, occurrences } from '../../src/lib/recurrence';
import { calendarShared } from '../../src/lib/schema';

const entry = (fields: object) =>
  calendarShared.parse({ kind: 'service-day', towns: ['valmara'], updated: '2026-10-01T08:00:00Z', ...fields });

describe('a monthly clinic on the first Tuesday at 09:00 in Rome', () => {
  const clinic = entry({
    timed: { start: '2026-01-06T09:00', end: '2026-01-06T12:30' },
    recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1TU', exdates: ['2026-08-04'], cancelled: ['2026-12-01'] },
  });
  const list = occurrences(clinic, 'Europe/Rome', { from: '2026-02-01', to: '2026-12-31' });

  it('falls on the first Tuesday of every month, skipping the exception date', () => {
    expect(list.map((o) => o.date)).toEqual([
      '2026-02-03', '2026-03-03', '2026-04-07', '2026-05-05', '2026-06-02', '2026-07-07',
      '2026-09-01', '2026-10-06', '2026-11-03', '2026-12-01',
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
      '2026-01-15', '2026-02-15', '2026-03-15',
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
    expect(checkRecurrence(entry({ ...base, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: ['2026-01-13'] } }), 'Europe/Rome')).toEqual([]);
  });

  it.each([
    ['FREQ=SOMETIMES', /not valid/],
    ['BYDAY=TU', /needs a FREQ/],
    ['FREQ=WEEKLY;DTSTART=20260101', /DTSTART is not supported/],
    ['FREQ=MONTHLY;BYDAY=9XX', /not valid/],
    ['FREQ=WEEKLY;UNTIL=20250101T000000Z', /never occurs/],
  ])('rejects %s', (rrule, message) => {
    const problems = checkRecurrence(entry({ ...base, recurrence: { rrule } }), 'Europe/Rome');
    expect(problems).toEqual([{ field: 'recurrence.rrule', message: expect.stringMatching(message) }]);
  });

  it('rejects an exception date that is not a date of the series', () => {
    const problems = checkRecurrence(entry({ ...base, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', cancelled: ['2026-01-14'] } }), 'Europe/Rome');
    expect(problems).toEqual([{ field: 'recurrence.cancelled[0]', message: '2026-01-14 is not a date of this series' }]);
  });

  it('rejects an end before the start, naming the field', () => {
    const result = calendarShared.safeParse({
      kind: 'event', towns: ['x'], updated: '2026-10-01T08:00:00Z', timed: { start: '2026-01-06T09:00', end: '2026-01-06T08:00' },
    });
    expect(result.error?.issues[0]).toMatchObject({ path: ['timed', 'end'], message: 'end must be after start' });
  });
});
