/**
 * The simple repeat patterns the CMS's recurrence widget offers (weekly on some days, monthly on a
 * day of the month or on "the 2nd Tuesday"), to and from the RFC 5545 RRULE string the content
 * stores. Anything richer stays editable as text: `parseRule` says it is not simple.
 */

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
export const ruleWeekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type RuleWeekday = (typeof ruleWeekdays)[number];

export interface SimpleRule {
  freq: Frequency;
  /** Every `interval` days, weeks or months. */
  interval: number;
  /** Weekly: the days it happens on. */
  weekdays: RuleWeekday[];
  /** Monthly: on a day of the month (`monthDay`) or on the nth weekday (`nth` 1–4, or -1 for last). */
  monthly: { by: 'monthDay'; monthDay: number } | { by: 'nthWeekday'; nth: number; weekday: RuleWeekday };
  /** How the series ends: never, after a local date (YYYY-MM-DD, included), or after a count. */
  end: { by: 'never' } | { by: 'until'; date: string } | { by: 'count'; count: number };
}

export const defaultRule: SimpleRule = {
  freq: 'WEEKLY',
  interval: 1,
  weekdays: ['TU'],
  monthly: { by: 'nthWeekday', nth: 1, weekday: 'TU' },
  end: { by: 'never' },
};

const nthPattern = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/;

/**
 * Reads an RRULE into the widget's form, or returns undefined when the rule uses parts the form
 * cannot show (BYSETPOS, several monthly days, …): the widget then offers the text alone.
 */
export function parseRule(rrule: string): SimpleRule | undefined {
  const text = rrule.trim();
  if (!text) return undefined;
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [key, value, extra] = part.split('=');
    if (!key || value === undefined || extra !== undefined || parts.has(key)) return undefined;
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = parts.get('FREQ') as Frequency | undefined;
  if (!freq || !['DAILY', 'WEEKLY', 'MONTHLY'].includes(freq)) return undefined;
  const rule: SimpleRule = structuredClone(defaultRule);
  rule.freq = freq;
  for (const [key, value] of parts) {
    switch (key) {
      case 'FREQ':
        break;
      case 'INTERVAL': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) return undefined;
        rule.interval = n;
        break;
      }
      case 'BYDAY': {
        const days = value.split(',');
        if (freq === 'WEEKLY') {
          if (!days.every((d) => (ruleWeekdays as readonly string[]).includes(d))) return undefined;
          rule.weekdays = ruleWeekdays.filter((d) => days.includes(d));
        } else if (freq === 'MONTHLY') {
          const m = days.length === 1 ? nthPattern.exec(days[0]) : null;
          if (!m) return undefined;
          rule.monthly = { by: 'nthWeekday', nth: Number(m[1]), weekday: m[2] as RuleWeekday };
        } else {
          return undefined;
        }
        break;
      }
      case 'BYMONTHDAY': {
        const n = Number(value);
        if (freq !== 'MONTHLY' || !Number.isInteger(n) || n < 1 || n > 31) return undefined;
        rule.monthly = { by: 'monthDay', monthDay: n };
        break;
      }
      case 'UNTIL': {
        const m = /^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/.exec(value);
        if (!m || rule.end.by === 'count') return undefined;
        rule.end = { by: 'until', date: `${m[1]}-${m[2]}-${m[3]}` };
        break;
      }
      case 'COUNT': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || rule.end.by === 'until') return undefined;
        rule.end = { by: 'count', count: n };
        break;
      }
      default:
        return undefined;
    }
  }
  if (freq === 'MONTHLY' && !parts.has('BYDAY') && !parts.has('BYMONTHDAY')) return undefined;
  if (freq === 'WEEKLY' && !parts.has('BYDAY')) return undefined;
  return rule;
}

/** Writes the form as an RRULE, parts in a fixed order so the same form gives the same text. */
export function buildRule(rule: SimpleRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.freq === 'WEEKLY') {
    const days = ruleWeekdays.filter((d) => rule.weekdays.includes(d));
    parts.push(`BYDAY=${(days.length ? days : ['MO']).join(',')}`);
  }
  if (rule.freq === 'MONTHLY') {
    parts.push(rule.monthly.by === 'monthDay' ? `BYMONTHDAY=${rule.monthly.monthDay}` : `BYDAY=${rule.monthly.nth}${rule.monthly.weekday}`);
  }
  // The last day included, written as the sample content does (end of that day); the series is
  // expanded in the town's wall-clock time, so the day is the town's.
  if (rule.end.by === 'until') parts.push(`UNTIL=${rule.end.date.replaceAll('-', '')}T235959Z`);
  if (rule.end.by === 'count') parts.push(`COUNT=${rule.end.count}`);
  return parts.join(';');
}
