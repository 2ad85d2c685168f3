/**
 * Save-time checks with the message next to the field: every control of the editor is wrapped so
 * that Decap's own validation (run on every control when the editor saves or publishes, see
 * decap-cms-core's Widget.js) also asks the build's check of the whole record
 * (`src/lib/cms/check.ts`: the schema from schema.ts, cross-field rules and recurrence included)
 * and shows the problems whose field path is this control's. A save with any problem is refused
 * by Decap, as it refuses an empty required field.
 *
 * How a control knows its field path: Decap gives each control its field's name, an id (`forID`)
 * and the ids of its parents (`parentIds`), not a path. The wrapped object and list controls
 * remember their ids and names (lists also the ids of their items, in order), so a control's
 * path (`locations[0].address.postalCode`) is read from its parents' ids. A problem at a path that
 * has no control (a list item's group, a field no control shows) is shown at the nearest ancestor
 * that has one, else at the record's first field: nothing the build refuses is saved silently.
 *
 * Fields of an optional group (a calendar entry's place) are required by the schema when the group
 * is given, so the generated config marks them required; while the whole group is left empty the
 * wrapper tells Decap's presence check they are not missing.
 *
 * Wrapping keeps each widget's own behaviour: the wrapper renders the control registered under the
 * same name with the same props and passes Decap's calls (isValid, focus, …) on to it. It must be
 * installed after every other widget registration, so that it is the outermost control.
 */
import { entryIssues, inBlankOptionalGroup, issueOwner, type EntryIssue } from '~/lib/cms/check';
import { itemSummary, type SummaryNames } from '~/lib/cms/summary';
import { formatPath } from '~/lib/content/errors';
import { defaultLocale } from '~/lib/i18n/locales';
import type { RecordKind } from '~/lib/content/schema';
import { h, toJS } from './decap';
import { adminLanguage, translateMessage, translatePhrase } from './i18n';
import { knownRecords } from './ref-widget';

interface Container {
  name: string;
  /** Lists: the ids Decap gave their items, in order. */
  keys?: () => string[];
  /** Lists of single values (dates, steps): the item is the field. */
  single?: boolean;
}

/** Object and list controls, by id. */
const containers = new Map<string, Container>();
/** Every wrapped control now shown, by id, with its props as last seen. */
const shown = new Map<string, { props: () => any }>();
/** The entry being edited, as the last control to render saw it (controls keep stale props). */
let currentEntry: any;

const kindBySuffix: Record<string, RecordKind> = {
  profile: 'towns',
  categories: 'categories',
  providers: 'providers',
  services: 'services',
  calendar: 'calendar',
};

/** The record kind of a collection (`alpha-services` → services), or undefined for another collection. */
export function kindOfCollection(name: unknown): RecordKind | undefined {
  const suffix = /-([a-z]+)$/.exec(String(name ?? ''))?.[1];
  return suffix ? kindBySuffix[suffix] : undefined;
}

/** A control's field path, read from its parents' ids; undefined while a parent is not mounted. */
function pathOf(props: any): string | undefined {
  const segments: PropertyKey[] = [];
  const ids: (string | undefined)[] = toJS(props.parentIds) ?? [];
  for (let i = 0; i < ids.length; i++) {
    const c = ids[i] ? containers.get(ids[i]!) : undefined;
    if (!c) continue;
    segments.push(c.name);
    if (c.keys) {
      const index = c.keys().indexOf(ids[i + 1] ?? '');
      if (index < 0) return undefined;
      segments.push(index);
      i++;
      if (c.single) return formatPath(segments);
    }
  }
  segments.push(props.field.get('name'));
  return formatPath(segments);
}

/** Decap's own idea of an empty value (Widget.js `isEmpty`), for its presence check. */
function isEmpty(value: any): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value.size === 'number') return value.size === 0;
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

const issuesCache = new WeakMap<object, EntryIssue[]>();

/** The check of the whole entry, once per version of it. */
function issuesOf(entry: any, kind: RecordKind): EntryIssue[] {
  const hit = issuesCache.get(entry);
  if (hit) return hit;
  const i18n = toJS(entry.get('i18n')) ?? {};
  const translations = Object.fromEntries(Object.entries(i18n).map(([locale, v]: [string, any]) => [locale, v?.data ?? {}]));
  const issues = entryIssues(kind, toJS(entry.get('data')) ?? {}, {
    translations,
    timezoneOf: (town) => knownRecords.get(town)?.data.timezone as string | undefined,
  });
  issuesCache.set(entry, issues);
  return issues;
}

const languageNames = new Map<string, Intl.DisplayNames>();
function languageLabel(code: string): string {
  const language = adminLanguage();
  let names = languageNames.get(language);
  if (!names) languageNames.set(language, (names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' })));
  return names.of(code) ?? code;
}

/**
 * The sentences `plainMessage` (content/errors.ts) writes for an empty required value: Decap's own
 * "… is required" already says them beside the field.
 */
const presenceMessages: ReadonlySet<string> = new Set(['required field is missing', 'must not be empty', 'choose at least one']);

/** The editor's-language messages the control at `props` shows, or none; `leaveOut`: English messages not to show. */
function messagesFor(props: any, leaveOut: ReadonlySet<string> = new Set()): string[] {
  const entry = currentEntry ?? props.entry;
  const kind = kindOfCollection(entry?.get('collection'));
  const path = pathOf(props);
  if (!entry || !kind || path === undefined) return [];
  const paths = new Set<string>();
  for (const c of shown.values()) {
    const p = c.props();
    if ((p.locale ?? defaultLocale) !== defaultLocale) continue;
    const at = pathOf(p);
    if (at !== undefined) paths.add(at);
  }
  const first = (toJS(props.collection?.get('fields')) ?? []).map((f: any) => f.name).find((n: string) => paths.has(n)) ?? path;
  return issuesOf(entry, kind)
    .filter((issue) => issueOwner(issue.path, paths, first) === path && !leaveOut.has(issue.message))
    .map((issue) => {
      const message = translateMessage(issue.message);
      // Shown away from its own field: say which.
      const where = issue.path === path ? '' : `${issue.path}: `;
      return issue.locale ? `${languageLabel(issue.locale)} · ${where}${message}` : `${where}${message}`;
    });
}

/** Which of the entry's values the control's path holds empty inside a blank optional group. */
function inBlankGroup(props: any): boolean {
  const entry = currentEntry ?? props.entry;
  const kind = kindOfCollection(entry?.get('collection'));
  const path = pathOf(props);
  return Boolean(entry && kind && path !== undefined && inBlankOptionalGroup(kind, path, toJS(entry.get('data')) ?? {}));
}

function customError(props: any, messages: string[]) {
  return { error: { type: 'CUSTOM', parentIds: props.parentIds, message: messages.join(' · ') } };
}

const isError = (r: any) => r === false || (r && typeof r === 'object' && r.error);

type Role = 'value' | 'object' | 'list';

/** The control registered as `name`, wrapped with the save-time check. */
function wrap(Control: any, role: Role) {
  const spec: Record<string, any> = {
    componentDidMount() {
      this.register();
    },
    componentDidUpdate() {
      this.register();
    },
    componentWillUnmount() {
      shown.delete(this.props.forID);
      containers.delete(this.props.forID);
    },
    register() {
      const { forID, field } = this.props;
      shown.set(forID, { props: () => this.props });
      if (role === 'object') containers.set(forID, { name: field.get('name') });
      if (role === 'list') {
        containers.set(forID, {
          name: field.get('name'),
          keys: () => this.inner?.state?.keys ?? [],
          single: !field.get('fields') && Boolean(field.get('field')),
        });
      }
    },
    shouldComponentUpdate(next: any) {
      if (next.entry) currentEntry = next.entry;
      if (role !== 'value') return true;
      if (this.inner?.shouldComponentUpdate) return this.inner.shouldComponentUpdate(next);
      return (
        next.value !== this.props.value ||
        next.classNameWrapper !== this.props.classNameWrapper ||
        next.hasActiveStyle !== this.props.hasActiveStyle
      );
    },
    setInner(ref: any) {
      this.inner = ref;
      // Collapsed list rows say what the item holds, in words (see src/lib/cms/summary.ts).
      if (role === 'list' && ref && this.props.field.get('fields')) {
        const refFields = new Set<string>(
          (toJS(this.props.field.get('fields')) ?? []).flatMap(function names(f: any): string[] {
            return [...(f.widget === 'crossroads-ref' ? [f.name] : []), ...(f.fields ?? []).flatMap(names)];
          }),
        );
        // Option labels as the config holds them: already in the admin's language (language.ts).
        const optionLabels = new Map<string, string>(
          (toJS(this.props.field.get('fields')) ?? []).flatMap((f: any) =>
            (f.options ?? []).map((o: any) => [String(o.value), String(o.label)]),
          ),
        );
        const names: SummaryNames = {
          weekday: (d) => translatePhrase(weekdayShort[d] ?? d),
          record: (s) => String(knownRecords.get(s)?.data.name ?? s),
          option: (value) => optionLabels.get(value) ?? value,
          alternatives: (items) => new Intl.ListFormat(adminLanguage(), { type: 'disjunction' }).format(items),
        };
        const fallback = ref.objectLabel?.bind(ref);
        ref.objectLabel = (item: any) => itemSummary(toJS(item), names, refFields) || fallback?.(item) || '';
      }
    },
    focus(path: string) {
      return this.inner?.focus?.(path);
    },
    getValidateValue() {
      // Decap's presence check would call a required field of an empty optional group missing.
      if (this.props.field.get('required') !== false && isEmpty(this.props.value) && inBlankGroup(this.props)) {
        return { blankOptionalGroup: true };
      }
      return this.inner?.getValidateValue?.();
    },
    isValid() {
      if (isEmpty(this.props.value) && inBlankGroup(this.props)) return true;
      const own = this.inner?.isValid?.();
      if (isError(own) || (own && typeof own.then === 'function')) return own;
      // Decap already says "… is required" for an empty required field. An empty choice of several
      // (a select of many) can have a sentence of the schema's own that says more ("a group needs
      // at least one document: choose one, or remove the group"); a text's format rules would only
      // repeat that it is empty.
      if (this.props.field.get('required') !== false && isEmpty(this.props.value) && role === 'value') {
        const own = typeof this.props.value?.size === 'number' ? messagesFor(this.props, presenceMessages) : [];
        return own.length ? customError(this.props, own) : true;
      }
      const messages = messagesFor(this.props);
      return messages.length ? customError(this.props, messages) : true;
    },
    render() {
      return h(Control, { ...this.props, ref: this.setInner });
    },
  };
  if (role !== 'value') {
    // Decap calls a container's own validate(), which validates its children; the container's
    // own problems (a calendar entry's "either whole days or times") are added to it.
    spec.validate = function validate(this: any) {
      this.inner?.validate?.();
      if (role === 'object') return this.props.validate?.();
      const messages = messagesFor(this.props);
      if (messages.length)
        this.props.onValidateObject?.(this.props.forID, [...(this.inner?.validateSize?.() ?? []), customError(this.props, messages).error]);
    };
  }
  return window.createClass(spec);
}

const weekdayShort: Record<string, string> = { mo: 'Mon', tu: 'Tue', we: 'Wed', th: 'Thu', fr: 'Fri', sa: 'Sat', su: 'Sun' };

/** Widgets the generated config uses, by the role their control plays. */
const roles: Record<string, Role> = {
  string: 'value',
  text: 'value',
  number: 'value',
  select: 'value',
  boolean: 'value',
  markdown: 'value',
  'crossroads-ref': 'value',
  'crossroads-rrule': 'value',
  'crossroads-date': 'value',
  'crossroads-datetime': 'value',
  object: 'object',
  list: 'list',
};

/** Wraps every widget the config uses, keeping its preview, options and styles. */
export function installSchemaChecks(): void {
  const CMS = window.CMS as any;
  for (const [name, role] of Object.entries(roles)) {
    const widget = CMS.getWidget(name);
    if (!widget) throw new Error(`schema-check: widget "${name}" is not registered`);
    // Decap spreads the remaining options over the entry: leave out the unwrapped control.
    const { control, preview, ...options } = widget;
    CMS.registerWidget({ ...options, name, controlComponent: wrap(control, role), previewComponent: preview });
  }
}
