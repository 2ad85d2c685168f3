/**
 * `crossroads-ref`: a select fed from the content for references between records (towns,
 * categories, providers, services). Decap's relation widget reads one collection; a provider can
 * live in any town's folder or the network's, so this widget asks Decap for the records of every
 * collection the generated config lists (`collections`) and groups them by owner.
 *
 * Stores the slug (or a list of slugs, in order: "main category first"), exactly what the
 * schema's reference fields hold.
 */
import { h, toJS } from './decap';
import { translateMessage } from './i18n';

/** What the editor reads for a reference to no record, one sentence per kind (locales/admin translates each). */
const unknownRecord: Record<string, (slug: string) => string> = {
  towns: (slug) => `unknown town "${slug}"`,
  providers: (slug) => `unknown provider "${slug}"`,
  categories: (slug) => `unknown category "${slug}"`,
  services: (slug) => `unknown service "${slug}"`,
};

export interface RefOption {
  value: string;
  label: string;
  group: string;
  data: Record<string, unknown>;
  /** The record's name in each language it is translated into (ar → فالمارا), for previews. */
  names: Record<string, string>;
}

/** A record's name in `locale` when it has one, else its default-language name, else its slug. */
export function recordName(slug: string, locale?: string): string {
  const record = knownRecords.get(slug);
  return (locale ? record?.names[locale] : undefined) ?? (record?.data.name as string | undefined) ?? slug;
}

/** Every record seen, by slug, so previews can show names instead of slugs. */
export const knownRecords = new Map<string, RefOption>();

const cache = new Map<string, { at: number; options: Promise<RefOption[]> }>();
const maxAgeMs = 15_000;

let groupNames: Record<string, string> = {};
/** Names of the collections' owners (town slug → town name) for the option groups. */
export function setGroupNames(names: Record<string, string>) {
  groupNames = names;
}

function groupOf(collection: string): string {
  const owner = collection.replace(/-(?:profile|providers|services|categories|calendar)$/, '');
  return owner === 'network' ? 'Network' : (groupNames[owner] ?? owner);
}

function loadCollection(query: any, forID: string, collection: string): Promise<RefOption[]> {
  const hit = cache.get(collection);
  if (hit && Date.now() - hit.at < maxAgeMs) return hit.options;
  const options = Promise.resolve(query(forID, collection, ['name'], '', undefined, 5000)).then((action: any) => {
    const hits: any[] = action?.payload?.hits ?? [];
    return hits
      .map((e) => {
        const data = toJS(e.data) ?? {};
        // Decap keeps each translation's fields under i18n.<locale>.data.
        const names = Object.fromEntries(
          Object.entries((toJS(e.i18n) ?? {}) as Record<string, { data?: { name?: unknown } }>)
            .map(([locale, t]): [string, unknown] => [locale, t?.data?.name])
            .filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1].trim() !== ''),
        );
        const option = { value: String(e.slug), label: String(data.name ?? e.slug), group: groupOf(collection), data, names };
        knownRecords.set(option.value, option);
        return option;
      })
      .sort((a, b) => a.label.localeCompare(b.label));
  });
  cache.set(collection, { at: Date.now(), options });
  options.catch(() => cache.delete(collection));
  return options;
}

const listStyle = 'list-style:none;margin:0 0 8px;padding:0;display:grid;gap:6px';
const rowStyle = 'display:flex;gap:8px;align-items:center;flex-wrap:wrap';
const buttonStyle = 'min-height:32px;padding:2px 10px;border:1px solid #c6cad6;border-radius:4px;background:#fff;cursor:pointer';
const selectStyle = 'min-height:36px;max-width:100%;padding:4px;border:1px solid #c6cad6;border-radius:4px;background:#fff';
const css = (text: string) =>
  Object.fromEntries(
    text
      .split(';')
      .filter(Boolean)
      .map((d) => {
        const [k, v] = d.split(':');
        return [k.trim().replace(/-([a-z])/g, (_, c) => c.toUpperCase()), v.trim()];
      }),
  );

export function createRefControl() {
  return window.createClass({
    getInitialState() {
      return { options: [] as RefOption[], loading: true, failed: false };
    },
    componentDidMount() {
      this.mounted = true;
      const { field, query, forID } = this.props;
      const collections: string[] = toJS(field.get('collections')) ?? [];
      Promise.all(collections.map((c) => loadCollection(query, forID, c).catch(() => [] as RefOption[])))
        .then((lists) => this.mounted && this.setState({ options: lists.flat(), loading: false }))
        .catch(() => this.mounted && this.setState({ loading: false, failed: true }));
    },
    componentWillUnmount() {
      this.mounted = false;
    },
    values(): string[] {
      const v = toJS(this.props.value);
      if (Array.isArray(v)) return v.map(String);
      return v ? [String(v)] : [];
    },
    /** Decap keeps lists as Immutable Lists; the config's own `collections` list is one to build from. */
    commit(values: string[]) {
      const { field, onChange } = this.props;
      if (!field.get('multiple')) return onChange(values[0] ?? '');
      const empty = field.get('collections').clear();
      onChange(empty.concat(values));
    },
    isValid() {
      const { field } = this.props;
      const values: string[] = this.values();
      const label = field.get('label') ?? field.get('name');
      if (field.get('required') !== false && values.length === 0) return { error: { message: `${label} is required.` } };
      const min = field.get('min');
      if (min && values.length > 0 && values.length < min) return { error: { message: `${label}: choose at least ${min}.` } };
      // The build refuses a reference to a record that does not exist (content/read.ts); once the
      // records are loaded, so does the editor. While they load, or when they could not be read,
      // the build's check is the only one.
      if (this.state.loading || this.state.failed) return true;
      const known = new Set((this.state.options as RefOption[]).map((o) => o.value));
      const unknown = values.filter((v) => !known.has(v));
      if (unknown.length > 0) {
        const say = unknownRecord[field.get('ref') as string] ?? ((slug: string) => `unknown record "${slug}"`);
        return { error: { message: unknown.map((v) => translateMessage(say(v))).join(' · ') } };
      }
      return true;
    },
    optionElements(exclude: string[]) {
      const groups = new Map<string, RefOption[]>();
      for (const o of this.state.options as RefOption[]) {
        if (exclude.includes(o.value)) continue;
        if (!groups.has(o.group)) groups.set(o.group, []);
        groups.get(o.group)!.push(o);
      }
      return [...groups].map(([group, options]) =>
        h(
          'optgroup',
          { key: group, label: group },
          options.map((o) => h('option', { key: o.value, value: o.value }, o.label)),
        ),
      );
    },
    labelOf(value: string) {
      const o = (this.state.options as RefOption[]).find((x) => x.value === value);
      // Providers and services can live in any town's folder: say whose; towns and categories need not.
      const ref = this.props.field.get('ref');
      if (o) return (ref === 'providers' || ref === 'services') && o.group !== o.label ? `${o.label} · ${o.group}` : o.label;
      return this.state.loading ? value : `${value} (not found)`;
    },
    render() {
      const { field, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const values: string[] = this.values();
      const multiple = Boolean(field.get('multiple'));
      const placeholder = this.state.loading
        ? translateMessage('Loading…')
        : multiple
          ? translateMessage('Add…')
          : translateMessage('Choose…');
      if (!multiple) {
        const current = values[0] ?? '';
        const unknown = current && !(this.state.options as RefOption[]).some((o) => o.value === current);
        return h(
          'div',
          { className: classNameWrapper },
          h(
            'select',
            {
              id: forID,
              value: current,
              style: css(selectStyle),
              onFocus: setActiveStyle,
              onBlur: setInactiveStyle,
              onChange: (e: any) => this.commit(e.target.value ? [e.target.value] : []),
            },
            h('option', { value: '' }, placeholder),
            unknown ? h('option', { value: current }, this.labelOf(current)) : null,
            this.optionElements([]),
          ),
        );
      }
      const move = (i: number, by: number) => {
        const next = [...values];
        const [item] = next.splice(i, 1);
        next.splice(i + by, 0, item);
        this.commit(next);
      };
      return h(
        'div',
        { className: classNameWrapper },
        h(
          'ul',
          { style: css(listStyle), 'aria-label': field.get('label') },
          values.map((v, i) =>
            h(
              'li',
              { key: v, style: css(rowStyle), 'data-value': v },
              h('span', { style: { flex: '1 1 auto' } }, this.labelOf(v)),
              i > 0
                ? h('button', { type: 'button', style: css(buttonStyle), onClick: () => move(i, -1), 'aria-label': `Move ${v} up` }, '↑')
                : null,
              h(
                'button',
                {
                  type: 'button',
                  style: css(buttonStyle),
                  onClick: () => this.commit(values.filter((x) => x !== v)),
                  'aria-label': `${translateMessage('Remove')} ${v}`,
                },
                translateMessage('Remove'),
              ),
            ),
          ),
        ),
        h(
          'select',
          {
            id: forID,
            value: '',
            style: css(selectStyle),
            onFocus: setActiveStyle,
            onBlur: setInactiveStyle,
            onChange: (e: any) => e.target.value && this.commit([...values, e.target.value]),
          },
          h('option', { value: '' }, placeholder),
          this.optionElements(values),
        ),
      );
    },
  });
}

/** How the reference shows in Decap's default preview. */
export function RefPreview(props: any) {
  const v = toJS(props.value);
  const values: string[] = Array.isArray(v) ? v : v ? [v] : [];
  return h('p', {}, values.map((x) => knownRecords.get(x)?.label ?? x).join(', '));
}
