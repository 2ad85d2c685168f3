/**
 * The sentence under the recurrence widget says the rule in the admin's language, composed from
 * the widget's own simple form; a rule the form cannot show keeps rrule's English words, and a
 * broken one says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { describeRule } from '../../cms/admin/rrule-widget';
import { setAdminLanguage } from '../../cms/admin/i18n';

afterEach(() => setAdminLanguage('en'));

describe('a recurrence rule in words', () => {
  it('reads as a sentence in English', () => {
    expect(describeRule('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630')).toBe('Repeats every month on the second Tuesday until June 30, 2027.');
    expect(describeRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=6')).toBe('Repeats every 2 weeks on Monday and Thursday 6 times in all.');
    expect(describeRule('')).toBe('Does not repeat.');
  });

  it('reads as a sentence in Italian and in Greek, with the browser’s day and month names', () => {
    setAdminLanguage('it');
    expect(describeRule('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630')).toBe(
      'Si ripete ogni mese (ultimo venerdì del mese) fino al 30 giugno 2027.',
    );
    expect(describeRule('FREQ=WEEKLY;BYDAY=TU')).toBe('Si ripete ogni settimana di martedì.');
    setAdminLanguage('el');
    expect(describeRule('FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3')).toBe('Επαναλαμβάνεται κάθε μήνα στις 15 του μήνα 3 φορές συνολικά.');
  });

  it('keeps rrule’s own words for a rule the form cannot show, and names a broken one', () => {
    setAdminLanguage('it');
    expect(describeRule('FREQ=YEARLY;BYMONTH=9')).toBe('Repeats every September.');
    expect(describeRule('FREQ=NEVER')).toMatch(/^Regola non valida: /);
  });
});
