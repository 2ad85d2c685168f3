import { describe, expect, it } from 'vitest';
import { relativeKindOf, relativeLabel } from '../../src/lib/relative';
import { todayIn } from '../../src/lib/today';

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
      'deadline', 'window', 'day', 'day',
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
