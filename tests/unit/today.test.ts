import { describe, expect, it } from 'vitest';
import { checkingNow, latestDateOnEarth, localToday, todayIn } from '~/lib/dates/today';

describe('what today is', () => {
  it('is the date in a town, wherever the device is', () => {
    const lateInLondon = new Date('2026-12-07T23:30:00Z');
    expect(todayIn('Europe/London', lateInLondon)).toBe('2026-12-07');
    expect(todayIn('Europe/Athens', lateInLondon)).toBe('2026-12-08');
    expect(localToday(new Date(2026, 11, 7, 12))).toBe('2026-12-07');
  });

  it('is, for content checks, the latest date anywhere on Earth, so no editor’s own today is refused', () => {
    // 10:30 UTC on 7 December is already 8 December in UTC+14, and still 6 December nowhere.
    expect(latestDateOnEarth(new Date('2026-12-07T10:30:00Z'))).toBe('2026-12-08');
    expect(latestDateOnEarth(new Date('2026-12-07T09:59:00Z'))).toBe('2026-12-07');
  });

  it("follows SOURCE_DATE_EPOCH in the build and the clock where there is none (the CMS's browser)", () => {
    expect(checkingNow({ SOURCE_DATE_EPOCH: '1795392000' }).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    const before = Date.now();
    const now = checkingNow({}).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
