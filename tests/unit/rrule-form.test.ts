import { describe, expect, it } from 'vitest';
import { buildRule, defaultRule, parseRule } from '~/lib/calendar/rrule-form';

describe('the recurrence widget’s form', () => {
  it.each([
    'FREQ=MONTHLY;BYDAY=1TU;UNTIL=20270706T235959Z',
    'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270731T235959Z',
    'FREQ=MONTHLY;BYDAY=2TH;COUNT=10',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270629T235959Z',
    'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    'FREQ=MONTHLY;BYMONTHDAY=15',
    'FREQ=DAILY;COUNT=5',
  ])('reads %s and writes it back unchanged', (rule) => {
    expect(buildRule(parseRule(rule)!)).toBe(rule);
  });

  it('builds the rule from simple choices', () => {
    expect(
      buildRule({
        ...defaultRule,
        freq: 'MONTHLY',
        monthly: { by: 'nthWeekday', nth: 3, weekday: 'WE' },
        end: { by: 'until', date: '2027-06-30' },
      }),
    ).toBe('FREQ=MONTHLY;BYDAY=3WE;UNTIL=20270630T235959Z');
    expect(buildRule({ ...defaultRule, weekdays: ['FR', 'MO'], interval: 2 })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR');
  });

  it.each([
    'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2',
    'FREQ=YEARLY;BYMONTH=3',
    'FREQ=MONTHLY;BYDAY=1TU,3TU',
    'BYDAY=MO',
    '',
    'FREQ=WEEKLY;BYDAY=XX',
  ])('leaves %j to the text field: the form cannot show it', (rule) => {
    expect(parseRule(rule)).toBeUndefined();
  });
});
