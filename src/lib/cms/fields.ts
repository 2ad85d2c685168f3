/**
 * The Decap CMS configuration, generated from the same zod schemas that validate the content
 * (`schema.ts`), so the editor and the build cannot disagree: every schema field becomes a CMS
 * field with a widget that stores what the schema accepts, and nothing else becomes one.
 *
 * Pure: takes the town list, the English UI strings (for option labels) and the backend settings,
 * returns a plain object (`cmsConfig`) or the YAML text of `cms/config.yml` (`cmsConfigYaml`).
 * `npm run cms:config` writes the file; the build writes the same config into `dist/admin/`.
 *
 * Storage is Decap's `multiple_folders` i18n layout, which is the layout `content/read.ts` reads:
 * structured fields are stored once in the default-locale file, text fields in every locale's file.
 * Each town's collections live under `content/towns/<town>/` alone, so repository rules
 * (CODEOWNERS, see `codeownersTemplate`) can decide who may change them.
 */
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { contentFormatName, type ContentFormatName } from '../content/serialize';
import { ui } from '../../../cms/admin/i18n';
import {
  appointmentTypes,
  audiences,
  calendarKinds,
  costTypes,
  documentTypes,
  entryStatuses,
  isoDate,
  localDateTime,
  providerTypes,
  recordKinds,
  residenceRequirements,
  residenceStatuses,
  rrule,
  serviceStatuses,
  weekdays,
  type RecordKind,
} from '../content/schema';

// ---------------------------------------------------------------------------------------------
// Decap's configuration shapes (the parts this generator writes).

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  i18n?: boolean;
  default?: unknown;
  pattern?: [string, string];
  // select
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  // number
  value_type?: 'int' | 'float';
  step?: number;
  // datetime
  format?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  picker_utc?: boolean;
  // markdown
  buttons?: string[];
  editor_components?: string[];
  modes?: string[];
  sanitize_preview?: boolean;
  // object and list
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  add_to_top?: boolean;
  /** crossroads-date: a one-tap "Checked today" button beside the date. */
  today_button?: boolean;
  label_singular?: string;
  // crossroads-ref: which kind it points to and the collections that hold such records
  ref?: RefKind;
  collections?: string[];
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'yml';
  /** The content's own serializer (cms/admin/format.ts), so a save changes only what the editor changed. */
  format: ContentFormatName;
  create: boolean;
  delete: boolean;
  i18n: true;
  identifier_field: string;
  slug: string;
  summary: string;
  sortable_fields: string[];
  fields: CmsField[];
  /** Left out of the sidebar (another town's, in a town's own admin); references still read it. */
  hide?: boolean;
}

export interface CmsBackend {
  /** github, gitlab, gitea or git-gateway: where the hosted CMS saves. */
  name: string;
  repo?: string;
  branch?: string;
  [option: string]: unknown;
}

export interface CmsSetup {
  /** Town folders (slug) with the town's English name, in the order the CMS lists them. */
  towns: { slug: string; name: string }[];
  /** The English UI strings (`locales/en.json`), for the labels of fixed lists. */
  labels: Record<string, unknown>;
  /** The git host the CMS saves to when it is not running locally. */
  backend: CmsBackend;
  /** Content folder relative to the repository root; `content` unless building another network. */
  contentRoot?: string;
  /** Where `decap-server` listens for local editing (`npm run cms`). */
  localBackendUrl?: string;
  /** The public site, for the CMS's "view live" link. */
  siteUrl?: string;
  /**
   * The town whose own admin (`/admin/<town>/`) this config is for: its collections first, then
   * the network's; the other towns' stay in the config, hidden from the sidebar, so references to
   * their records still resolve. Without it, every collection is listed (the coordinators' admin).
   */
  town?: string;
}

export type RefKind = 'towns' | 'providers' | 'categories' | 'services';

/** The port `npm run cms` starts decap-server on, and the URL the admin looks for it at. */
export const defaultLocalBackendPort = 8081;
export const defaultLocalBackendUrl = `http://127.0.0.1:${defaultLocalBackendPort}/api/v1`;

/** Markdown the site renders (lib/content/markdown.ts): emphasis, links and lists; no headings, images, HTML. */
export const markdownButtons = ['bold', 'italic', 'link', 'bulleted-list', 'numbered-list'];

// ---------------------------------------------------------------------------------------------
// Collections.

/** Folders of a town, by record kind (the layout `content/read.ts` reads). */
const townFolders: Partial<Record<RecordKind, string>> = {
  towns: 'profile',
  services: 'services',
  providers: 'providers',
  calendar: 'calendar',
};
const networkKinds: RecordKind[] = ['categories', 'services', 'providers', 'calendar'];
const townKinds: RecordKind[] = ['towns', 'services', 'providers', 'calendar'];

// The English names and descriptions come from the admin's strings (locales/admin/en.json); the
// admin shows them in the editor's language (cms/admin/language.ts).
const english = (key: string, values?: Record<string, string>) => ui(key, values, 'en');

/** The field that names a record, used for its slug and in lists. */
const identifierField: Record<RecordKind, string> = {
  towns: 'name',
  categories: 'name',
  providers: 'name',
  services: 'name',
  calendar: 'title',
};
const sortableFields: Record<RecordKind, string[]> = {
  towns: ['name'],
  categories: ['name', 'order'],
  providers: ['name'],
  services: ['name', 'reviewed', 'status'],
  calendar: ['title', 'kind', 'status', 'updated'],
};

/** Name of the CMS collection holding one owner's records of a kind (`aurelia-services`). */
export function collectionName(owner: string, kind: RecordKind): string {
  return `${owner}-${kind === 'towns' ? 'profile' : kind}`;
}

/** Every collection that can hold records a reference of `kind` points to, own town first. */
function refCollections(kind: RefKind, towns: string[], ownTown?: string): string[] {
  if (kind === 'categories') return [collectionName('network', 'categories')];
  if (kind === 'towns') {
    const ordered = ownTown ? [ownTown, ...towns.filter((t) => t !== ownTown)] : towns;
    return ordered.map((t) => collectionName(t, 'towns'));
  }
  const ordered = ownTown ? [ownTown, 'network', ...towns.filter((t) => t !== ownTown)] : ['network', ...towns];
  return ordered.map((o) => collectionName(o, kind));
}

interface Context {
  towns: string[];
  ownTown?: string;
  labels: Record<string, unknown>;
}

function collection(kind: RecordKind, owner: string, ownerLabel: string, root: string, ctx: Context): CmsCollection {
  const isTown = owner !== 'network';
  const folder = isTown ? `${root}/towns/${owner}/${townFolders[kind]}` : `${root}/network/${kind}`;
  const plural = english(`kind.${kind}`);
  const profile = kind === 'towns';
  return {
    name: collectionName(owner, kind),
    label: english('collection.label', { owner: ownerLabel, kind: plural }),
    label_singular: english(`kind.${kind}.one`),
    description: english(profile ? 'collection.profile' : isTown ? 'collection.town' : 'collection.network', {
      town: ownerLabel,
      kind: plural,
      folder,
    }),
    folder,
    extension: 'yml',
    format: contentFormatName(kind),
    // A town has exactly one profile, named after its folder.
    create: !profile,
    delete: !profile,
    i18n: true,
    identifier_field: identifierField[kind],
    // Slugs are unique across the network (they are the URLs); a town's records carry its name.
    slug: isTown && !profile ? `${owner}-{{slug}}` : '{{slug}}',
    summary: `{{${identifierField[kind]}}}`,
    sortable_fields: sortableFields[kind],
    fields: recordFields(kind, { ...ctx, ownTown: isTown ? owner : undefined }),
  };
}

/** The CMS fields of a record kind: structured fields first, then the translatable text. */
export function recordFields(kind: RecordKind, ctx: Context): CmsField[] {
  const { shared, text } = recordKinds[kind];
  const sharedShape = (shared as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  const textShape = (text as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  // Text first reads more naturally in the editor (name, summary, then the details), but the
  // stored order does not matter; keep the schema's order within each half.
  return [
    ...Object.entries(textShape).map(([name, s]) => fieldFor(name, s, { ...ctx, translatable: true, parentRequired: true })),
    ...Object.entries(sharedShape).map(([name, s]) => fieldFor(name, s, { ...ctx, translatable: false, parentRequired: true })),
  ];
}

/** The whole Decap configuration. */
export function cmsConfig(setup: CmsSetup): Record<string, unknown> {
  const root = (setup.contentRoot ?? 'content').replace(/\/+$/, '');
  const towns = setup.towns.map((t) => t.slug);
  const ctx: Context = { towns, labels: setup.labels };
  const network = networkKinds.map((kind) => collection(kind, 'network', english('network'), root, ctx));
  const ofTown = (t: { slug: string; name: string }) => townKinds.map((kind) => collection(kind, t.slug, t.name, root, ctx));
  const own = setup.town === undefined ? undefined : setup.towns.find((t) => t.slug === setup.town);
  if (setup.town !== undefined && !own) throw new Error(`cms-config: no town folder "${setup.town}"`);
  const collections: CmsCollection[] = own
    ? [...ofTown(own), ...network, ...setup.towns.filter((t) => t !== own).flatMap((t) => ofTown(t).map((c) => ({ ...c, hide: true })))]
    : [...network, ...setup.towns.flatMap(ofTown)];
  return {
    backend: { ...setup.backend, squash_merges: true },
    // `npm run cms` runs decap-server here; on any other host the admin uses `backend`.
    local_backend: { url: setup.localBackendUrl ?? defaultLocalBackendUrl },
    // Draft → In review → Ready, as pull requests (hosted) or branches (local git mode).
    publish_mode: 'editorial_workflow',
    ...(setup.siteUrl ? { site_url: setup.siteUrl } : {}),
    // The content model has no images; Decap requires a media folder all the same.
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale },
    collections,
  };
}

const header = [
  '# Decap CMS configuration for the Crossroads directory.',
  '# GENERATED from src/lib/content/schema.ts by `npm run cms:config` (src/lib/cms/config.ts): do not edit by hand.',
  '# A unit test fails when this file and the schema disagree.',
  '',
].join('\n');

/** The text of `cms/config.yml`. */
export function cmsConfigYaml(setup: CmsSetup): string {
  return header + stringify(cmsConfig(setup), { lineWidth: 0, aliasDuplicateObjects: false });
}

// ---------------------------------------------------------------------------------------------
// Fields from zod schemas.

interface FieldContext extends Context {
  translatable: boolean;
  /** False inside an optional object: Decap checks required fields even when their parent is empty. */
  parentRequired: boolean;
}

interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
  defaultValue?: unknown;
}

type Def = { type: string; [key: string]: any };
const defOf = (s: z.ZodType): Def => (s as any)._zod.def;

/** Strips optional, default, nullable and preprocess wrappers, remembering what they said. */
function unwrap(schema: z.ZodType): Unwrapped {
  let s = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      s = def.innerType;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      defaultValue ??= def.defaultValue;
      s = def.innerType;
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, schema): the stored value is what the output schema accepts.
      s = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else {
      return { schema: s, optional, defaultValue };
    }
  }
}

/** The description and metadata of a schema, wherever in its wrappers they were set. */
function metaOf(schema: z.ZodType): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  let s: any = schema;
  const seen = new Set();
  while (s && !seen.has(s)) {
    seen.add(s);
    Object.assign(found, { ...(s.meta?.() ?? {}), ...found });
    const def = defOf(s);
    s = def.innerType ?? (def.type === 'pipe' ? (defOf(def.in).type === 'transform' ? def.out : def.in) : undefined);
  }
  return found;
}

/** True when `schema` is `base` or was made from it by `.describe()`, `.meta()` or `.optional()`. */
function derivesFrom(schema: z.ZodType, base: z.ZodType): boolean {
  let s: any = schema;
  while (s) {
    if (s === base) return true;
    s = s._zod.parent;
  }
  return false;
}

/** "Opening time, local to the town (HH:MM)" → label "Opening time, local to the town", hint "HH:MM". */
function labelAndHint(description: string | undefined, name: string): { label: string; hint?: string } {
  if (!description) return { label: humanize(name) };
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(description);
  return m && m[1] ? { label: m[1], hint: capitalize(m[2]) } : { label: description };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
function humanize(name: string): string {
  return capitalize(
    name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/-/g, ' ')
      .toLowerCase(),
  );
}

// Where the English labels of each fixed list live in locales/en.json.
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const enumLabelKeys: [readonly string[], string][] = [
  [residenceStatuses, 'residenceStatus'],
  [audiences, 'audience'],
  [documentTypes, 'document'],
  [residenceRequirements, 'eligibility.residence'],
  [costTypes, 'cost'],
  [appointmentTypes, 'appointment'],
  [serviceStatuses, 'serviceStatus'],
  [providerTypes, 'providerType'],
  [calendarKinds, 'calendar.kind'],
  [entryStatuses, 'calendar.status'],
];

/**
 * The name a fixed list's option labels are translated under in the admin's languages
 * (`locales/admin/<code>.json`, `options.<name>.<value>`): its key in the site's strings, or
 * `weekday`; undefined for a list that has no labels of its own.
 */
export function optionListName(values: readonly string[]): string | undefined {
  if (sameList(values, weekdays)) return 'weekday';
  return enumLabelKeys.find(([list]) => sameList(list, values))?.[1];
}

function optionsFor(values: string[], labels: Record<string, unknown>): { label: string; value: string }[] {
  if (sameList(values, weekdays)) return values.map((value, i) => ({ label: weekdayNames[i], value }));
  const key = enumLabelKeys.find(([list]) => sameList(list, values))?.[1];
  const dict = key?.split('.').reduce<any>((o, k) => o?.[k], labels) as Record<string, unknown> | undefined;
  return values.map((value) => {
    const label = dict?.[value];
    // UI strings may interpolate ("You must live in {{towns}}"); Decap would show the braces.
    const text = typeof label === 'string' ? label.replace(/\{\{\s*towns?\s*\}\}/g, 'the town').replace(/\{\{[^}]*\}\}/g, '…') : undefined;
    return { label: text ? capitalize(text) : humanize(value), value };
  });
}

function stringChecks(s: z.ZodType): { pattern?: [string, string]; maxLength?: number; minLength?: number } {
  const def = defOf(s);
  const out: { pattern?: [string, string]; maxLength?: number; minLength?: number } = {};
  const checks: Def[] = [def, ...((def.checks ?? []) as any[]).map((c) => c._zod.def)];
  for (const c of checks) {
    if (c.check === 'max_length') out.maxLength = c.maximum;
    if (c.check === 'min_length') out.minLength = c.minimum;
    if (c.check === 'string_format' && c.pattern instanceof RegExp && !out.pattern) {
      const message = c.format === 'email' ? 'must be an email address' : c.format === 'url' ? 'must be a web address' : errorText(c);
      // Decap tests patterns with new RegExp(source), without flags.
      out.pattern = [c.format === 'url' ? '^https?://\\S+$' : c.pattern.source, message];
    }
  }
  return out;
}

/** The message of a zod check, for Decap's pattern hint. */
function errorText(check: Def): string {
  try {
    const e = typeof check.error === 'function' ? check.error({}) : check.error;
    if (typeof e === 'string') return e;
    if (e && typeof e.message === 'string') return e.message;
  } catch {
    // Fall through to the generic message.
  }
  return 'is not in the expected format';
}

/**
 * One schema field as a Decap field.
 * @throws on a zod type the generator does not know, so a new kind of field cannot silently be
 *   left out of the CMS.
 */
export function fieldFor(name: string, schema: z.ZodType, ctx: FieldContext): CmsField {
  const { schema: s, optional, defaultValue } = unwrap(schema);
  const meta = metaOf(schema);
  const { label, hint } = labelAndHint(meta.description as string | undefined, name);
  const def = defOf(s);
  const base: CmsField = { name, label, widget: 'string' };
  if (hint) base.hint = hint;
  if (ctx.translatable) base.i18n = true;
  // Required as the schema says, within its group: a field of an optional group (a calendar
  // entry's place) is required once the group is given. The admin's save-time check
  // (cms/admin/schema-check.ts) does not count it missing while the whole group is empty.
  base.required = !optional;
  // Whether the field must exist on every record: what Decap's defaults and list minimums follow.
  const required = !optional && ctx.parentRequired;
  // A default inside an optional object would make that object exist on every new record.
  const blank = Array.isArray(defaultValue) && defaultValue.length === 0;
  if (defaultValue !== undefined && (ctx.parentRequired || blank)) base.default = defaultValue;
  const inner = (n: string, sub: z.ZodType) => fieldFor(n, sub, { ...ctx, parentRequired: required });

  switch (def.type) {
    case 'string': {
      const ref = meta.ref as RefKind | undefined;
      if (ref) return refField(base, ref, false, ctx);
      if (derivesFrom(s, isoDate) || meta.format === 'date') return dateField(base, meta);
      if (derivesFrom(s, localDateTime)) return localDateTimeField(base);
      if (derivesFrom(s, rrule)) {
        return {
          ...base,
          widget: 'crossroads-rrule',
          hint: 'Choose how it repeats; the sentence below the rule says it in words.',
        };
      }
      if (def.format === 'datetime') {
        // A change time (`updated`): the admin sets it on every save (preSave in cms/admin/main.ts).
        // Hidden, not a datetime widget with `{{now}}`: that widget would also write its value
        // into every translation file from the hidden fields of the other language panes.
        return { ...base, widget: 'hidden', required: false, hint: 'Set automatically each time you save.' };
      }
      const { pattern, maxLength } = stringChecks(s);
      if (meta.format === 'markdown') {
        return {
          ...base,
          widget: 'markdown',
          buttons: markdownButtons,
          editor_components: [],
          modes: ['rich_text', 'raw'],
          sanitize_preview: true,
          hint: withLimit(base.hint, maxLength),
        };
      }
      const long = maxLength !== undefined && maxLength > 200;
      const field: CmsField = { ...base, widget: long ? 'text' : 'string' };
      // Decap tests a pattern only on a value someone typed, so it holds in optional groups too.
      if (pattern) field.pattern = pattern;
      // Every text field has a limit in the schema; the hint says it before the editor hits it.
      const hint = withLimit(base.hint, maxLength);
      if (hint) field.hint = hint;
      return field;
    }
    case 'number': {
      const n = s as unknown as { isInt: boolean; minValue: number | null; maxValue: number | null };
      const field: CmsField = { ...base, widget: 'number', value_type: n.isInt ? 'int' : 'float' };
      // Integers carry the safe-integer bounds implicitly; only real limits are worth showing.
      if (Number.isFinite(n.minValue) && Math.abs(n.minValue!) < Number.MAX_SAFE_INTEGER) field.min = n.minValue!;
      if (Number.isFinite(n.maxValue) && Math.abs(n.maxValue!) < Number.MAX_SAFE_INTEGER) field.max = n.maxValue!;
      field.step = n.isInt ? 1 : 0.000001;
      return field;
    }
    case 'boolean':
      // Decap counts `false` as empty, so a required boolean could never be unticked.
      return { ...base, widget: 'boolean', required: false, default: defaultValue ?? false };
    case 'enum':
      return { ...base, widget: 'select', options: optionsFor(Object.values(def.entries) as string[], ctx.labels) };
    case 'object': {
      const shape = (s as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
      const field: CmsField = {
        ...base,
        widget: 'object',
        collapsed: false,
        fields: Object.entries(shape).map(([n, sub]) => inner(n, sub)),
      };
      return field;
    }
    case 'array': {
      const element = unwrap(def.element as z.ZodType);
      const elDef = defOf(element.schema);
      const elMeta = metaOf(def.element as z.ZodType);
      const { minLength, maxLength } = arrayLimits(s);
      const limits = (f: CmsField): CmsField => {
        // Decap checks `min` even on an empty optional list; the schema only when the list is given.
        if (minLength !== undefined && minLength > 0 && required) f.min = minLength;
        if (maxLength !== undefined) f.max = maxLength;
        return f;
      };
      if (elDef.type === 'enum') {
        return limits({
          ...base,
          widget: 'select',
          multiple: true,
          options: optionsFor(Object.values(elDef.entries) as string[], ctx.labels),
          default: defaultValue ?? [],
        });
      }
      if (elDef.type === 'string' && elMeta.format === 'language') {
        return limits({ ...base, widget: 'select', multiple: true, options: languageOptions(), default: defaultValue ?? [] });
      }
      if (elDef.type === 'string' && elMeta.ref) {
        return limits(refField({ ...base, default: defaultValue ?? [] }, elMeta.ref as RefKind, true, ctx));
      }
      // A list of one value per item (strings, dates) or of objects.
      const item = fieldFor(elDef.type === 'object' ? 'item' : singular(name), def.element, {
        ...ctx,
        parentRequired: true,
      });
      const field: CmsField = { ...base, widget: 'list', default: defaultValue ?? [] };
      // Decap counts items as "1 <singular>": the item's own name, not the list's.
      if (typeof elMeta.description === 'string') field.label_singular = labelAndHint(elMeta.description, name).label;
      if (elDef.type === 'object') {
        field.fields = item.fields;
        field.collapsed = true;
        field.summary = listSummary(item.fields ?? []);
      } else {
        field.field = { ...item, label: item.label || humanize(singular(name)) };
      }
      return limits(field);
    }
    default:
      throw new Error(`cms-config: no widget for the zod type "${def.type}" of field "${name}"`);
  }
}

function arrayLimits(s: z.ZodType): { minLength?: number; maxLength?: number } {
  const out: { minLength?: number; maxLength?: number } = {};
  for (const c of ((defOf(s).checks ?? []) as any[]).map((x) => x._zod.def)) {
    if (c.check === 'min_length') out.minLength = c.minimum;
    if (c.check === 'max_length') out.maxLength = c.maximum;
  }
  return out;
}

const singular = (name: string) => (name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, ''));

function listSummary(fields: CmsField[]): string | undefined {
  const first = fields.find((f) => f.widget === 'string' || f.widget === 'select');
  return first ? `{{fields.${first.name}}}` : undefined;
}

function withLimit(hint: string | undefined, max: number | undefined): string | undefined {
  if (max === undefined) return hint;
  return [hint, `at most ${max} characters`].filter(Boolean).join('; ');
}

function refField(base: CmsField, ref: RefKind, multiple: boolean, ctx: FieldContext): CmsField {
  // A town's new records are about that town until the editor says otherwise.
  const own = ref === 'towns' && ctx.ownTown && ctx.parentRequired ? { default: multiple ? [ctx.ownTown] : ctx.ownTown } : {};
  return {
    ...base,
    ...own,
    // A select fed from the content: the admin's crossroads-ref widget lists the records of every
    // collection below (a Decap relation widget can read only one collection).
    widget: 'crossroads-ref',
    ref,
    collections: refCollections(ref, ctx.towns, ctx.ownTown),
    multiple,
  };
}

/** A hint that only spells a storage format (YYYY-MM-DD): the browser's date input shows its own. */
const formatOnly = /^[YMDTHhms:\-\s]+$/;
const withoutFormat = (base: CmsField): CmsField => {
  const { hint, ...rest } = base;
  return hint === undefined || formatOnly.test(hint) ? rest : base;
};

/**
 * A calendar day, on the admin's `crossroads-date` (the browser's date input, typed in the
 * editor's own format, stored as YYYY-MM-DD). `meta.todayButton` adds "Checked today".
 */
function dateField(base: CmsField, meta: Record<string, unknown>): CmsField {
  return { ...withoutFormat(base), widget: 'crossroads-date', ...(meta.todayButton ? { today_button: true } : {}) };
}

/** The town's wall-clock time, on the browser's date-and-time input: stored as shown, never converted. */
function localDateTimeField(base: CmsField): CmsField {
  const field = withoutFormat(base);
  return {
    ...field,
    widget: 'crossroads-datetime',
    hint: [field.hint, "the town's local time, whatever your computer's timezone"].filter(Boolean).join('; '),
  };
}

/**
 * Language codes the CMS offers by name: the site's languages, then languages newcomers to the
 * network's towns often speak. A stored code outside the list is still valid (the schema checks
 * its form), and the select keeps it.
 */
export const commonLanguageCodes = [
  ...localeCodes,
  'it',
  'el',
  'de',
  'pt',
  'ro',
  'ru',
  'sq',
  'sr',
  'pl',
  'bg',
  'ka',
  'hy',
  'ku',
  'ckb',
  'ps',
  'fa-AF',
  'bn',
  'hi',
  'pa',
  'ta',
  'zh',
  'vi',
  'tl',
  'ne',
  'am',
  'om',
  'ha',
  'yo',
  'ig',
  'wo',
  'ff',
  'bm',
  'ln',
  'sw',
];

function languageOptions(): { label: string; value: string }[] {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  return [...new Set(commonLanguageCodes)]
    .map((value) => ({ label: names.of(value) ?? value, value }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

// ---------------------------------------------------------------------------------------------
// Checks and companions.

/**
 * Every field path of a record kind as the schema defines it (`eligibility.ageMin`,
 * `locations[].hours[].opens`), for the test that the CMS and the build agree.
 */
export function schemaFieldPaths(kind: RecordKind): string[] {
  const { shared, text } = recordKinds[kind];
  const walk = (schema: z.ZodType, prefix: string): string[] => {
    const { schema: s } = unwrap(schema);
    const def = defOf(s);
    if (def.type === 'object') {
      return Object.entries((s as unknown as z.ZodObject).shape as Record<string, z.ZodType>).flatMap(([n, sub]) => [
        `${prefix}${n}`,
        ...walk(sub, `${prefix}${n}.`),
      ]);
    }
    if (def.type === 'array') {
      const el = unwrap(def.element).schema;
      return defOf(el).type === 'object' ? walk(el, `${prefix.slice(0, -1)}[].`) : [];
    }
    return [];
  };
  return [...walk(text as unknown as z.ZodType, ''), ...walk(shared as unknown as z.ZodType, '')].sort();
}

/**
 * Whether the schema requires each field within its group (`location.address.postalCode`: yes,
 * once there is a location), by path: what the CMS's "required" and "optional" must say.
 */
export function schemaRequirements(kind: RecordKind): Record<string, boolean> {
  const { shared, text } = recordKinds[kind];
  const out: Record<string, boolean> = {};
  const walk = (schema: z.ZodType, prefix: string) => {
    const { schema: s } = unwrap(schema);
    const def = defOf(s);
    if (def.type === 'object') {
      for (const [n, sub] of Object.entries((s as unknown as z.ZodObject).shape as Record<string, z.ZodType>)) {
        out[`${prefix}${n}`] = !unwrap(sub).optional;
        walk(sub, `${prefix}${n}.`);
      }
    } else if (def.type === 'array' && defOf(unwrap(def.element).schema).type === 'object') {
      walk(unwrap(def.element).schema, `${prefix.slice(0, -1)}[].`);
    }
  };
  walk(text as unknown as z.ZodType, '');
  walk(shared as unknown as z.ZodType, '');
  return out;
}

/** The same, as generated CMS fields say it (Decap treats a field without `required` as required). */
export function cmsRequirements(fields: CmsField[], prefix = ''): Record<string, boolean> {
  return Object.fromEntries(
    fields.flatMap((f): [string, boolean][] => {
      const own = `${prefix}${f.name}`;
      const nested = f.fields ? Object.entries(cmsRequirements(f.fields, f.widget === 'list' ? `${own}[].` : `${own}.`)) : [];
      return [[own, f.required !== false], ...nested];
    }),
  );
}

/** The same paths, read from generated CMS fields. */
export function cmsFieldPaths(fields: CmsField[], prefix = ''): string[] {
  return fields
    .flatMap((f) => {
      const own = `${prefix}${f.name}`;
      if (f.widget === 'object') return [own, ...cmsFieldPaths(f.fields ?? [], `${own}.`)];
      if (f.widget === 'list' && f.fields) return [own, ...cmsFieldPaths(f.fields, `${own}[].`)];
      return [own];
    })
    .sort();
}

/**
 * A CODEOWNERS file giving each town's editors its own folder, and the network's coordinators the
 * rest of `content/`. Copy it to `.github/CODEOWNERS` (GitHub) or `CODEOWNERS` (GitLab) and
 * create the teams; with branch protection requiring code-owner review, a town's editors can
 * merge only changes to their own town.
 */
export function codeownersTemplate(towns: string[], org: string, contentRoot = 'content'): string {
  const root = contentRoot.replace(/\/+$/, '');
  const width = Math.max(...towns.map((t) => `/${root}/towns/${t}/`.length), `/${root}/`.length);
  const line = (path: string, owner: string) => `${path.padEnd(width)}  ${owner}`;
  return [
    '# CODEOWNERS template, GENERATED by `npm run cms:config` from the town folders.',
    '# Later lines win: the network coordinators own all content, each town its own folder.',
    '# See docs/cms.md, "Who may change what (CODEOWNERS)", for how to turn it on.',
    line(`/${root}/`, `@${org}/network-coordinators`),
    line('/cms/', `@${org}/network-coordinators`),
    ...towns.map((t) => line(`/${root}/towns/${t}/`, `@${org}/${t}-editors`)),
    '',
  ].join('\n');
}
