/**
 * `crossroads-rrule`: "repeats every …" as simple inputs (weekly on some days, monthly on a date or
 * on the 2nd Tuesday, until a date or for a number of times), stored as the RRULE string the
 * content holds. The text stays editable for anything the form cannot show.
 */
import rrulePackage from 'rrule';
import { buildRule, defaultRule, parseRule, ruleWeekdays, type SimpleRule } from '../../src/lib/rrule-form';
import { h } from './decap';
import { dateBounds } from './date-widgets';

const { RRule } = rrulePackage;

const dayNames: Record<string, string> = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };
const nthNames: [number, string][] = [[1, 'first'], [2, 'second'], [3, 'third'], [4, 'fourth'], [-1, 'last']];

const box = { display: 'grid', gap: '10px', padding: '12px', border: '1px solid #dfe3ec', borderRadius: '6px', background: '#fff' };
const row = { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' };
const input = { minHeight: '32px', padding: '2px 6px', border: '1px solid #c6cad6', borderRadius: '4px', background: '#fff' };

/** The rule in words (English), or why it is not valid. */
export function describeRule(rrule: string): string {
  if (!rrule) return 'Does not repeat.';
  try {
    return `Repeats ${RRule.fromString(rrule).toText()}.`;
  } catch (error) {
    return `Not a valid rule: ${(error as Error).message}`;
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
          'aria-label': 'Repeats',
          value: text ? rule.freq : '',
          style: input,
          disabled: !simple,
          onChange: (e: any) => (e.target.value ? set({ freq: e.target.value }) : onChange('')),
        },
        h('option', { value: '' }, 'Does not repeat'),
        h('option', { value: 'DAILY' }, 'Daily'),
        h('option', { value: 'WEEKLY' }, 'Weekly'),
        h('option', { value: 'MONTHLY' }, 'Monthly'),
      );
      const unit = rule.freq === 'DAILY' ? 'day(s)' : rule.freq === 'WEEKLY' ? 'week(s)' : 'month(s)';
      const parts: unknown[] = [h('div', { style: row, key: 'freq' }, h('label', {}, 'Repeats '), freq)];
      if (text && simple) {
        parts.push(
          h(
            'div',
            { style: row, key: 'interval' },
            h('label', {}, 'every '),
            h('input', {
              type: 'number',
              min: 1,
              'aria-label': 'Interval',
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
              h('legend', { style: { marginBlockEnd: '4px' } }, 'On'),
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
                  dayNames[d],
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
              h('label', {}, 'On the '),
              h(
                'select',
                {
                  'aria-label': 'Which day of the month',
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
                nthNames.map(([n, name]) => h('option', { key: n, value: String(n) }, name)),
                h('option', { value: 'day' }, 'day number'),
              ),
              m.by === 'nthWeekday'
                ? h(
                    'select',
                    {
                      'aria-label': 'Weekday',
                      value: m.weekday,
                      style: input,
                      onChange: (e: any) => set({ monthly: { ...m, weekday: e.target.value } }),
                    },
                    ruleWeekdays.map((d) => h('option', { key: d, value: d }, dayNames[d])),
                  )
                : h('input', {
                    type: 'number',
                    min: 1,
                    max: 31,
                    'aria-label': 'Day of the month',
                    value: m.monthDay,
                    style: { ...input, width: '4em' },
                    onChange: (e: any) => set({ monthly: { by: 'monthDay', monthDay: Math.min(31, Math.max(1, Number(e.target.value) || 1)) } }),
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
            h('label', {}, 'Ends '),
            h(
              'select',
              {
                'aria-label': 'Ends',
                value: ends,
                style: input,
                onChange: (e: any) => {
                  // The last day starts empty: today would quietly end the series today.
                  this.setState({ untilPending: e.target.value === 'until' });
                  set({ end: e.target.value === 'count' ? { by: 'count', count: 10 } : { by: 'never' } });
                },
              },
              h('option', { value: 'never' }, 'never'),
              h('option', { value: 'until' }, 'after the day'),
              h('option', { value: 'count' }, 'after a number of times'),
            ),
            ends === 'until'
              ? h('input', {
                  type: 'date',
                  'aria-label': 'Last day',
                  value: end.by === 'until' ? end.date : '',
                  ...dateBounds.date,
                  style: input,
                  // An incomplete day reads as "": the series then has no end until the day is whole.
                  onChange: (e: any) => set({ end: e.target.value ? { by: 'until', date: e.target.value } : { by: 'never' } }),
                })
              : null,
            end.by === 'count'
              ? h('input', { type: 'number', min: 1, 'aria-label': 'Number of times', value: end.count, style: { ...input, width: '5em' }, onChange: (e: any) => set({ end: { by: 'count', count: Math.max(1, Number(e.target.value) || 1) } }) })
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
            onChange: (e: any) => onChange(e.target.value.trim().replace(/^RRULE:/i, '').toUpperCase()),
          }),
        ),
        h('p', { key: 'words', style: { margin: 0, color: '#555' }, 'data-rrule-text': '' }, describeRule(text), simple ? '' : ' (edit it as text: the form shows only simple rules)'),
      );
      return h('div', { className: classNameWrapper, style: box }, parts);
    },
  });
}

export function RRulePreview(props: any) {
  return h('p', {}, describeRule(typeof props.value === 'string' ? props.value : ''));
}
