import { describe, expect, it } from 'vitest';
import { locales, type LocaleCode } from '~/lib/i18n/locales';
import { dayHoursParts, formatDayHours, formatHoursRange, openingHoursRows } from '~/lib/dates/opening-hours';

// A day with two ranges, given out of order as an editor might.
const twoRanges = [
  { opens: '14:00', closes: '16:30' },
  { opens: '09:00', closes: '12:00' },
];
const thin = '\u2009';

describe('a day with two ranges, in each language’s own conventions', () => {
  it('is written in British English with 24-hour times, an en dash and “and”', () => {
    expect(formatDayHours(twoRanges, 'en')).toBe('09:00–12:00 and 14:00–16:30');
  });

  it('is written in Arabic with no leading zero, day periods, the Arabic “and” and no Latin comma', () => {
    expect(formatDayHours(twoRanges, 'ar')).toBe(`9:00 ص${thin}–${thin}12:00 م و2:00–4:30 م`);
  });

  it('is written in Persian with Persian digits, “تا” between times and “و” between ranges', () => {
    expect(formatDayHours(twoRanges, 'fa')).toBe('۹:۰۰ تا ۱۲:۰۰ و ۱۴:۰۰ تا ۱۶:۳۰');
  });

  it('is written in Tigrinya with its day periods and its “and” suffix', () => {
    expect(formatDayHours(twoRanges, 'ti')).toBe(`9:00 ቅ.ቀ.${thin}–${thin}12:00 ድ.ቀ.ን 2:00 – 4:30 ድ.ቀ.ን`);
  });

  it('has a leading zero only in locales that write one', () => {
    expect(formatHoursRange('09:00', '12:00', 'en')).toMatch(/^09:00/);
    expect(formatHoursRange('09:00', '12:00', 'uk')).toMatch(/^09:00/);
    for (const locale of ['ar', 'es', 'ti', 'ur', 'so'] as const) {
      expect(formatHoursRange('09:00', '12:00', locale), locale).toMatch(/^9:00/);
    }
  });

  it('has no ASCII comma in Arabic, even with three ranges', () => {
    const three = [...twoRanges, { opens: '18:00', closes: '20:00' }];
    expect(formatDayHours(three, 'ar')).not.toContain(',');
    expect(formatDayHours(three, 'ar')).toContain('6:00–8:00 م');
  });

  it('is the same whatever timezone the build machine runs in', () => {
    // Times are wall-clock times of the town, formatted as UTC instants on a fixed date.
    const before = process.env.TZ;
    try {
      const all = () => locales.map((l) => formatDayHours([{ opens: '00:30', closes: '23:30' }], l.code)).join('|');
      process.env.TZ = 'UTC';
      const utc = all();
      process.env.TZ = 'Pacific/Kiritimati';
      expect(all()).toBe(utc);
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('a range that ends at midnight', () => {
  it('ends at the locale’s midnight, with both day periods where the locale writes them', () => {
    expect(formatHoursRange('09:00', '24:00', 'en')).toBe('09:00–00:00');
    // Not "9:00–12:00 ص", which reads as nine to noon.
    expect(formatHoursRange('09:00', '24:00', 'ar')).toBe(`9:00 ص${thin}–${thin}12:00 ص`);
    expect(formatHoursRange('18:00', '24:00', 'ur')).toBe(`6:00 PM${thin}–${thin}12:00 AM`);
  });
});

describe('the parts of a day’s hours', () => {
  it.each(locales.map((l) => l.code))('join back into the locale’s list of ranges (%s)', (locale: LocaleCode) => {
    const parts = dayHoursParts(twoRanges, locale);
    expect(parts.map((p) => p.value).join('')).toBe(formatDayHours(twoRanges, locale));
    expect(parts.filter((p) => p.type === 'range')).toHaveLength(2);
  });

  it('let a line break only at a space between ranges', () => {
    for (const { code } of locales) {
      for (const gap of dayHoursParts(twoRanges, code).filter((p) => p.type === 'gap')) {
        expect(gap.value, code).toMatch(/^ (?:.* )?$/s);
      }
    }
  });

  it('keep the Arabic “and” on the range it is written onto', () => {
    expect(dayHoursParts(twoRanges, 'ar')).toEqual([
      { type: 'range', value: `9:00 ص${thin}–${thin}12:00 م` },
      { type: 'gap', value: ' ' },
      { type: 'range', value: 'و2:00–4:30 م' },
    ]);
  });

  it('keep the Tigrinya “and” suffix on the range before it', () => {
    expect(dayHoursParts(twoRanges, 'ti')[0]).toEqual({ type: 'range', value: `9:00 ቅ.ቀ.${thin}–${thin}12:00 ድ.ቀ.ን` });
  });

  it('keep a comma with the range before it and leave “and” free', () => {
    const three = [...twoRanges, { opens: '18:00', closes: '20:00' }];
    expect(dayHoursParts(three, 'en')).toEqual([
      { type: 'range', value: '09:00–12:00,' },
      { type: 'gap', value: ' ' },
      { type: 'range', value: '14:00–16:30' },
      { type: 'gap', value: ' and ' },
      { type: 'range', value: '18:00–20:00' },
    ]);
  });
});

describe('the rows of an hours table', () => {
  it('list the days that have hours in week order, each with its ranges in time order', () => {
    const rows = openingHoursRows(
      [
        { days: ['fr', 'mo'], opens: '14:00', closes: '16:00' },
        { days: ['mo'], opens: '09:00', closes: '12:00' },
      ],
      'en',
    );
    expect(rows.map((r) => [r.day, r.label, r.parts.map((p) => p.value).join('')])).toEqual([
      ['mo', 'Monday', '09:00–12:00 and 14:00–16:00'],
      ['fr', 'Friday', '14:00–16:00'],
    ]);
  });

  it('name the days in the reader’s language', () => {
    const rows = openingHoursRows([{ days: ['we', 'th', 'fr'], opens: '09:00', closes: '11:00' }], 'ar');
    expect(rows.map((r) => r.label)).toEqual(['الأربعاء', 'الخميس', 'الجمعة']);
  });

  it('are empty for a place with no hours (by appointment)', () => {
    expect(openingHoursRows([], 'fa')).toEqual([]);
  });
});
