/**
 * `crossroads-date` and `crossroads-datetime`: the schema's `isoDate` (YYYY-MM-DD) and
 * `localDateTime` (the town's wall clock, YYYY-MM-DDTHH:MM) on the browser's own date inputs.
 *
 * Decap's datetime widget parses what the editor types with moment in a fixed format, so typing
 * 04/13/2027 into a date-only field left 1907-04-13, and it converts local times through the
 * browser's timezone. A native `<input type="date">` / `<input type="datetime-local">` is typed in
 * the editor's own format (the one the browser shows), keeps a picker, and its value is already
 * the wall-clock text the schema stores: nothing is converted, whatever the browser's timezone.
 *
 * A field with `today_button: true` (the service's "last checked" day) gets a one-tap
 * "Checked today" button that writes the editor's today.
 */
import { localToday } from '~/lib/dates/today';
import { h } from './decap';
import { translatePhrase } from './i18n';

/** Years of four digits only: Chromium's year segment would otherwise take six and wait for more. */
export const dateBounds = {
  date: { min: '1900-01-01', max: '9999-12-31' },
  'datetime-local': { min: '1900-01-01T00:00', max: '9999-12-31T23:59' },
};
const row = { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' };
const button = {
  minHeight: '36px',
  padding: '2px 12px',
  border: '1px solid #c6cad6',
  borderRadius: '4px',
  background: '#fff',
  cursor: 'pointer',
};

/**
 * The stored value as the input's value: text as stored (a local time's seconds dropped), a
 * Date that a YAML parser made of an unquoted date written back as its calendar day.
 */
export function inputValue(value: unknown, type: 'date' | 'datetime-local'): string {
  const length = type === 'date' ? 10 : 16;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, length);
  return typeof value === 'string' ? value.slice(0, length) : '';
}

function createDateControl(type: 'date' | 'datetime-local') {
  return window.createClass({
    render() {
      const { field, forID, value, onChange, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const input = h('input', {
        type,
        id: forID,
        className: classNameWrapper,
        value: inputValue(value, type),
        ...dateBounds[type],
        // Whole minutes, as the schema stores them.
        ...(type === 'datetime-local' ? { step: 60 } : {}),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        // An incomplete date reads as "": stored as empty, which the check then reports.
        onChange: (e: any) => onChange(inputValue(e.target.value, type)),
      });
      if (!field.get('today_button')) return input;
      return h(
        'div',
        { style: row },
        h('div', { style: { flex: '1 1 14em' } }, input),
        h(
          'button',
          { type: 'button', style: button, 'data-today': '', onClick: () => onChange(localToday(new Date())) },
          translatePhrase('Checked today'),
        ),
      );
    },
  });
}

export const createDateInput = () => createDateControl('date');
export const createDateTimeInput = () => createDateControl('datetime-local');

/** How a date shows in Decap's default preview: as stored. */
export function DatePreview(props: any) {
  return h('p', {}, typeof props.value === 'string' ? props.value : '');
}
