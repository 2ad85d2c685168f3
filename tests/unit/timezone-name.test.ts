/** Timezones are named in the reader's language (src/lib/dates/timezone-name.ts), never as the IANA id. */
import { describe, expect, it } from 'vitest';
import { timezoneName } from '~/lib/dates/timezone-name';

const june = new Date('2026-06-01T12:00:00Z');

describe('a timezone named for a reader', () => {
  it('is the generic English name of Rome’s zone, the same in summer and winter', () => {
    expect(timezoneName('Europe/Rome', 'en', june)).toBe('Central European Time');
    expect(timezoneName('Europe/Rome', 'en', new Date('2026-01-15T12:00:00Z'))).toBe('Central European Time');
  });

  it('is said in Arabic on an Arabic page', () => {
    expect(timezoneName('Europe/Rome', 'ar', june)).toBe('توقيت وسط أوروبا');
  });

  it('is said in Persian on a Persian page', () => {
    expect(timezoneName('Europe/Athens', 'fa', june)).toBe('وقت شرق اروپا');
  });

  it('never shows the IANA id in any locale', () => {
    for (const locale of ['en', 'ar', 'fa', 'fr', 'es', 'uk', 'tr', 'ti', 'ur', 'so'] as const) {
      expect(timezoneName('Europe/Rome', locale, june)).not.toMatch(/Europe\/Rome|GMT|UTC/);
    }
  });

  it('is the offset, rightly signed, for a zone that is only an offset, and never holds an underscore', () => {
    expect(timezoneName('Etc/GMT-3', 'en', june)).toBe('GMT+3');
    expect(timezoneName('America/Argentina/Buenos_Aires', 'ti', june)).not.toContain('_');
  });

  it('does not depend on the build machine’s timezone', async () => {
    const before = timezoneName('Europe/Athens', 'ar', june);
    const saved = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(timezoneName('Europe/Athens', 'ar', june)).toBe(before);
    } finally {
      process.env.TZ = saved;
    }
  });
});
