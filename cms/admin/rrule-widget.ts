/**
 * `crossroads-rrule`: "repeats every …" as simple inputs (weekly on some days, monthly on a date or
 * on the 2nd Tuesday, until a date or for a number of times), stored as the RRULE string the
 * content holds. The text stays editable for anything the form cannot show.
 *
 * Everything the editor reads is in the admin's language: the form's words through
 * locales/admin (`translatePhrase`), weekday and month names from the browser (Intl), and the
 * sentence under the rule composed from the same simple form, so it reads as a sentence in
 * Italian or Greek too. A rule the form cannot show is described by rrule's own English text.
 */
import rrulePackage from 'rrule';
import { buildRule, defaultRule, parseRule, ruleWeekdays, type RuleWeekday, type SimpleRule } from '~/lib/calendar/rrule-form';
import { h } from './decap';
import { dateBounds } from './date-widgets';
import { adminLanguage, translatePhrase as t } from './i18n';

const { RRule } = rrulePackage;

/** A weekday's name in the admin's language, from the browser (1 January 2024 was a Monday). */
function weekdayName(day: RuleWeekday, width: 'short' | 'long'): string {
  const date = new Date(Date.UTC(2024, 0, 1 + ruleWeekdays.indexOf(day)));
  return new Intl.DateTimeFormat(adminLanguage(), { weekday: width, timeZone: 'UTC' }).format(date);
}

/** "first" … "last", for "on the second Tuesday". */
function nthName(n: number): string {
  switch (n) {
    case 1:
      return t('first');
    case 2:
      return t('second');
    case 3:
      return t('third');
    case 4:
      return t('fourth');
    default:
      return t('last');
  }
}
const nths = [1, 2, 3, 4, -1];

const box = { display: 'grid', gap: '10px', padding: '12px', border: '1px solid #dfe3ec', borderRadius: '6px', background: '#fff' };
const row = { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' };
const input = { minHeight: '32px', padding: '2px 6px', border: '1px solid #c6cad6', borderRadius: '4px', background: '#fff' };

/** "every 2 weeks", in the admin's language. */
function everyPhrase(rule: SimpleRule): string {
  const n = rule.interval;
  if (rule.freq === 'DAILY') return n === 1 ? t('every day') : t(`every ${n} days`);
  if (rule.freq === 'WEEKLY') return n === 1 ? t('every week') : t(`every ${n} weeks`);
  return n === 1 ? t('every month') : t(`every ${n} months`);
}

/** A simple rule in words, in the admin's language: "Repeats every month on the second Tuesday, until 30 June 2027." */
export function describeSimpleRule(rule: SimpleRule): string {
  const parts = [everyPhrase(rule)];
  if (rule.freq === 'WEEKLY' && rule.weekdays.length > 0) {
    const days = new Intl.ListFormat(adminLanguage(), { type: 'conjunction' }).format(rule.weekdays.map((d) => weekdayName(d, 'long')));
    parts.push(t(`on ${days}`));
  }
  if (rule.freq === 'MONTHLY') {
    const m = rule.monthly;
    parts.push(m.by === 'monthDay' ? t(`on day ${m.monthDay}`) : t(`on the ${nthName(m.nth)} ${weekdayName(m.weekday, 'long')}`));
  }
  const end = rule.end;
  if (end.by === 'until') {
    const date = new Intl.DateTimeFormat(adminLanguage(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${end.date}T00:00:00Z`));
    parts.push(t(`until ${date}`));
  }
  if (end.by === 'count') parts.push(t(`${end.count} times in all`));
  return t(`Repeats ${parts.join(' ')}.`);
}

/** The rule in words, or why it is not valid. */
export function describeRule(rrule: string): string {
  if (!rrule) return t('Does not repeat.');
  const simple = parseRule(rrule);
  if (simple) return describeSimpleRule(simple);
  try {
    return `Repeats ${RRule.fromString(rrule).toText()}.`;
  } catch (error) {
    const notValid = t('Not a valid rule:');
    return `${notValid} ${(error as Error).message}`;
  }
}

export function createRRuleControl() {
  return window.createClass({
    getInitialState() {
      // "Ends after the day" chosen, no day typed yet: the rule cannot say it, the form can.
      return { untilPending: false };
    },
    value(): string {
      return typeof this.props.value === 'string' ? this.props.value : '';
    },
    update(rule: SimpleRule) {
      this.props.onChange(buildRule(rule));
    },
    render() {
      const { forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
      const text = this.value();
      const parsed = parseRule(text);
      const rule: SimpleRule = parsed ?? structuredClone(defaultRule);
      const simple = Boolean(parsed) || !text;
      const set = (patch: Partial<SimpleRule>) => this.update({ ...rule, ...patch });
      const freq = h(
        'select',
        {
          'aria-label': t('Repeats'),
          value: text ? rule.freq : '',
          style: input,
          disabled: !simple,
          onChange: (e: any) => (e.target.value ? set({ freq: e.target.value }) : onChange('')),
        },
        h('option', { value: '' }, t('Does not repeat')),
        h('option', { value: 'DAILY' }, t('Daily')),
        h('option', { value: 'WEEKLY' }, t('Weekly')),
        h('option', { value: 'MONTHLY' }, t('Monthly')),
      );
      const unit = rule.freq === 'DAILY' ? t('day(s)') : rule.freq === 'WEEKLY' ? t('week(s)') : t('month(s)');
      const parts: unknown[] = [h('div', { style: row, key: 'freq' }, h('label', {}, t('Repeats'), ' '), freq)];
      if (text && simple) {
        parts.push(
          h(
            'div',
            { style: row, key: 'interval' },
            h('label', {}, t('every'), ' '),
            h('input', {
              type: 'number',
              min: 1,
              'aria-label': t('Interval'),
              value: rule.interval,
              style: { ...input, width: '4em' },
              onChange: (e: any) => set({ interval: Math.max(1, Number(e.target.value) || 1) }),
            }),
            h('span', {}, unit),
          ),
        );
        if (rule.freq === 'WEEKLY') {
          parts.push(
            h(
              'fieldset',
              { style: { ...row, border: 0, padding: 0, margin: 0 }, key: 'days' },
              h('legend', { style: { marginBlockEnd: '4px' } }, t('On')),
              ruleWeekdays.map((d) =>
                h(
                  'label',
                  { key: d, style: { display: 'inline-flex', gap: '4px', alignItems: 'center', minHeight: '32px' } },
                  h('input', {
                    type: 'checkbox',
                    checked: rule.weekdays.includes(d),
                    onChange: (e: any) =>
                      set({ weekdays: e.target.checked ? [...rule.weekdays, d] : rule.weekdays.filter((x) => x !== d) }),
                  }),
                  weekdayName(d, 'short'),
                ),
              ),
            ),
          );
        }
        if (rule.freq === 'MONTHLY') {
          const m = rule.monthly;
          parts.push(
            h(
              'div',
              { style: row, key: 'monthly' },
              h('label', {}, t('On the'), ' '),
              h(
                'select',
                {
                  'aria-label': t('Which day of the month'),
                  value: m.by === 'monthDay' ? 'day' : String(m.nth),
                  style: input,
                  onChange: (e: any) =>
                    set({
                      monthly:
                        e.target.value === 'day'
                          ? { by: 'monthDay', monthDay: 1 }
                          : { by: 'nthWeekday', nth: Number(e.target.value), weekday: m.by === 'nthWeekday' ? m.weekday : 'TU' },
                    }),
                },
                nths.map((n) => h('option', { key: n, value: String(n) }, nthName(n))),
                h('option', { value: 'day' }, t('day number')),
              ),
              m.by === 'nthWeekday'
                ? h(
                    'select',
                    {
                      'aria-label': t('Weekday'),
                      value: m.weekday,
                      style: input,
                      onChange: (e: any) => set({ monthly: { ...m, weekday: e.target.value } }),
                    },
                    ruleWeekdays.map((d) => h('option', { key: d, value: d }, weekdayName(d, 'long'))),
                  )
                : h('input', {
                    type: 'number',
                    min: 1,
                    max: 31,
                    'aria-label': t('Day of the month'),
                    value: m.monthDay,
                    style: { ...input, width: '4em' },
                    onChange: (e: any) =>
                      set({ monthly: { by: 'monthDay', monthDay: Math.min(31, Math.max(1, Number(e.target.value) || 1)) } }),
                  }),
            ),
          );
        }
        const end = rule.end;
        const ends = this.state.untilPending && end.by === 'never' ? 'until' : end.by;
        parts.push(
          h(
            'div',
            { style: row, key: 'end' },
            h('label', {}, t('Ends'), ' '),
            h(
              'select',
              {
                'aria-label': t('Ends'),
                value: ends,
                style: input,
                onChange: (e: any) => {
                  // The last day starts empty: today would quietly end the series today.
                  this.setState({ untilPending: e.target.value === 'until' });
                  set({ end: e.target.value === 'count' ? { by: 'count', count: 10 } : { by: 'never' } });
                },
              },
              h('option', { value: 'never' }, t('never')),
              h('option', { value: 'until' }, t('after the day')),
              h('option', { value: 'count' }, t('after a number of times')),
            ),
            ends === 'until'
              ? h('input', {
                  type: 'date',
                  'aria-label': t('Last day'),
                  value: end.by === 'until' ? end.date : '',
                  ...dateBounds.date,
                  style: input,
                  // An incomplete day reads as "": the series then has no end until the day is whole.
                  onChange: (e: any) => set({ end: e.target.value ? { by: 'until', date: e.target.value } : { by: 'never' } }),
                })
              : null,
            end.by === 'count'
              ? h('input', {
                  type: 'number',
                  min: 1,
                  'aria-label': t('Number of times'),
                  value: end.count,
                  style: { ...input, width: '5em' },
                  onChange: (e: any) => set({ end: { by: 'count', count: Math.max(1, Number(e.target.value) || 1) } }),
                })
              : null,
          ),
        );
      }
      parts.push(
        h(
          'div',
          { style: row, key: 'text' },
          h('label', { htmlFor: forID }, 'RRULE '),
          h('input', {
            id: forID,
            type: 'text',
            value: text,
            spellCheck: false,
            style: { ...input, flex: '1 1 16em', fontFamily: 'monospace' },
            onFocus: setActiveStyle,
            onBlur: setInactiveStyle,
            onChange: (e: any) =>
              onChange(
                e.target.value
                  .trim()
                  .replace(/^RRULE:/i, '')
                  .toUpperCase(),
              ),
          }),
        ),
        h(
          'p',
          { key: 'words', style: { margin: 0, color: '#555' }, 'data-rrule-text': '' },
          describeRule(text),
          simple ? '' : ' ',
          simple ? '' : t('(edit it as text: the form shows only simple rules)'),
        ),
      );
      return h('div', { className: classNameWrapper, style: box }, parts);
    },
  });
}

export function RRulePreview(props: any) {
  return h('p', {}, describeRule(typeof props.value === 'string' ? props.value : ''));
}
