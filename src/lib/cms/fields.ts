/**
 * The Decap field of each schema field: a widget that stores what the schema accepts, with the
 * schema's description as label and hint, its limits, patterns, defaults and whether it is
 * required. Reads the schemas through `content/zod-walker.ts`; `config.ts` puts the fields of
 * each record kind into its collections.
 */
import { z } from 'astro/zod';
import { isoDate, localDateTime, recordKinds, rrule, type RecordKind } from '../content/schema';
import {
  derivesFrom,
  elementOf,
  enumValues,
  formatMessage,
  lengthLimits,
  metaOf,
  shapeOf,
  stringFormats,
  unwrap,
  type Schema,
} from '../content/zod-walker';
import { isRefKind, refCollections, type OrgsByTown, type RefKind } from './collection-names';
import { humanize, labelAndHint } from './labels';
import { languageOptions, selectOptions } from './option-lists';

// Decap's field shape (the parts this generator writes).
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

/** Markdown the site renders (lib/content/markdown.ts): emphasis, links and lists; no headings, images, HTML. */
export const markdownButtons = ['bold', 'italic', 'link', 'bulleted-list', 'numbered-list'];

/** What a record's fields depend on beyond the schema: the town list and the English strings. */
export interface RecordContext {
  towns: string[];
  /** Organisations with editors of their own in each town, whose services references list too. */
  orgs?: OrgsByTown;
  /** The town whose collection the record is in (its new records are about it); none for the network's. */
  ownTown?: string;
  labels: Record<string, unknown>;
}

export interface FieldContext extends RecordContext {
  translatable: boolean;
  /** False inside an optional object: Decap checks required fields even when their parent is empty. */
  parentRequired: boolean;
}

/** The fields of an object schema; the record kinds' halves are objects. */
function fieldsOf(schema: Schema): [string, Schema][] {
  const shape = shapeOf(schema);
  if (!shape) throw new Error("cms-config: a record kind's fields are not a zod object");
  return Object.entries(shape);
}

/** The CMS fields of a record kind: structured fields first, then the translatable text. */
export function recordFields(kind: RecordKind, ctx: RecordContext): CmsField[] {
  const { shared, text } = recordKinds[kind];
  // Text first reads more naturally in the editor (name, summary, then the details), but the
  // stored order does not matter; keep the schema's order within each half.
  return [
    ...fieldsOf(text).map(([name, s]) => fieldFor(name, s, { ...ctx, translatable: true, parentRequired: true })),
    ...fieldsOf(shared).map(([name, s]) => fieldFor(name, s, { ...ctx, translatable: false, parentRequired: true })),
  ];
}

/** The `meta.ref` of a field, checked: a reference to a kind the CMS cannot list would be a broken select. */
function refOf(meta: Record<string, unknown>, name: string): RefKind | undefined {
  if (meta.ref === undefined) return undefined;
  if (isRefKind(meta.ref)) return meta.ref;
  throw new Error(`cms-config: field "${name}" refers to "${String(meta.ref)}", which is not a kind a reference can point to`);
}

/** A string's pattern for Decap and the message it shows, from the schema's first format rule. */
function patternOf(s: Schema): [string, string] | undefined {
  const rule = stringFormats(s).find((r) => r.pattern instanceof RegExp);
  if (!rule?.pattern) return undefined;
  const message =
    rule.format === 'email'
      ? 'must be an email address'
      : rule.format === 'url'
        ? 'must be a web address'
        : (formatMessage(rule) ?? 'is not in the expected format');
  // Decap tests patterns with new RegExp(source), without flags.
  return [rule.format === 'url' ? '^https?://\\S+$' : rule.pattern.source, message];
}

/**
 * One schema field as a Decap field.
 * @throws on a zod type the generator does not know, so a new kind of field cannot silently be
 *   left out of the CMS.
 */
export function fieldFor(name: string, schema: Schema, ctx: FieldContext): CmsField {
  const { schema: s, optional, defaultValue } = unwrap(schema);
  const meta = metaOf(schema);
  const { label, hint } = labelAndHint(meta.description, name);
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

  if (s instanceof z.core.$ZodString) {
    const ref = refOf(meta, name);
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
    if (s instanceof z.core.$ZodISODateTime) {
      // A change time (`updated`): the admin sets it on every save (preSave in cms/admin/main.ts).
      // Hidden, not a datetime widget with `{{now}}`: that widget would also write its value
      // into every translation file from the hidden fields of the other language panes.
      return { ...base, widget: 'hidden', required: false, hint: 'Set automatically each time you save.' };
    }
    const { maxLength } = lengthLimits(s);
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
    const pattern = patternOf(s);
    if (pattern) field.pattern = pattern;
    // Every text field has a limit in the schema; the hint says it before the editor hits it.
    const limitHint = withLimit(base.hint, maxLength);
    if (limitHint) field.hint = limitHint;
    return field;
  }
  if (s instanceof z.ZodNumber) {
    const { isInt, minValue, maxValue } = s;
    const field: CmsField = { ...base, widget: 'number', value_type: isInt ? 'int' : 'float' };
    // Integers carry the safe-integer bounds implicitly; only real limits are worth showing.
    const real = (limit: number | null): limit is number =>
      limit !== null && Number.isFinite(limit) && Math.abs(limit) < Number.MAX_SAFE_INTEGER;
    if (real(minValue)) field.min = minValue;
    if (real(maxValue)) field.max = maxValue;
    field.step = isInt ? 1 : 0.000001;
    return field;
  }
  if (s instanceof z.core.$ZodBoolean) {
    // Decap counts `false` as empty, so a required boolean could never be unticked.
    return { ...base, widget: 'boolean', required: false, default: defaultValue ?? false };
  }
  const values = enumValues(s);
  if (values) return { ...base, widget: 'select', options: selectOptions(values, ctx.labels) };
  const shape = shapeOf(s);
  if (shape) {
    return {
      ...base,
      widget: 'object',
      collapsed: false,
      fields: Object.entries(shape).map(([n, sub]) => fieldFor(n, sub, { ...ctx, parentRequired: required })),
    };
  }
  const elementSchema = elementOf(s);
  if (elementSchema) {
    const element = unwrap(elementSchema).schema;
    const elMeta = metaOf(elementSchema);
    const { minLength, maxLength } = lengthLimits(s);
    const limits = (f: CmsField): CmsField => {
      // Decap checks `min` even on an empty optional list; the schema only when the list is given.
      if (minLength !== undefined && minLength > 0 && required) f.min = minLength;
      if (maxLength !== undefined) f.max = maxLength;
      return f;
    };
    const elementValues = enumValues(element);
    if (elementValues) {
      return limits({
        ...base,
        widget: 'select',
        multiple: true,
        options: selectOptions(elementValues, ctx.labels),
        default: defaultValue ?? [],
      });
    }
    const ref = refOf(elMeta, name);
    if (element instanceof z.core.$ZodString && elMeta.format === 'language') {
      return limits({ ...base, widget: 'select', multiple: true, options: languageOptions(), default: defaultValue ?? [] });
    }
    if (element instanceof z.core.$ZodString && ref) {
      return limits(refField({ ...base, default: defaultValue ?? [] }, ref, true, ctx));
    }
    // A list of one value per item (strings, dates) or of objects.
    const ofObjects = shapeOf(element) !== undefined;
    const item = fieldFor(ofObjects ? 'item' : singular(name), elementSchema, {
      ...ctx,
      parentRequired: true,
    });
    const field: CmsField = { ...base, widget: 'list', default: defaultValue ?? [] };
    // Decap counts items as "1 <singular>": the item's own name, not the list's.
    if (typeof elMeta.description === 'string') field.label_singular = labelAndHint(elMeta.description, name).label;
    if (ofObjects) {
      field.fields = item.fields;
      field.collapsed = true;
      field.summary = listSummary(item.fields ?? []);
    } else {
      field.field = { ...item, label: item.label || humanize(singular(name)) };
    }
    return limits(field);
  }
  throw new Error(`cms-config: no widget for the zod type "${s._zod.def.type}" of field "${name}"`);
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
    collections: refCollections(ref, ctx.towns, ctx.ownTown, ctx.orgs),
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
