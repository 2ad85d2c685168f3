/**
 * Reading the content schemas as data. The CMS config generator (`cms/fields.ts`), the cleaner of
 * Decap's blank fields (`blanks.ts`) and the editor report's reference finder walk the same zod
 * schemas, and what they need (a field's wrappers, its metadata, its limits) lives in zod's
 * internals. This module is the one place that reads them, through zod's own core classes
 * (`instanceof`) and types, so a zod upgrade that moves something fails here, in the types, and not
 * silently in three hand-written copies.
 */
import { z } from 'astro/zod';

/** Any zod schema (the classic `z.ZodType` of the content schemas is one). */
export type Schema = z.core.$ZodType;

export interface Unwrapped {
  /** The schema inside its optional, default, nullable and preprocess wrappers. */
  schema: Schema;
  /** Whether a wrapper lets the value be absent. */
  optional: boolean;
  /** The value a `.default()` or `.prefault()` wrapper supplies, the outermost one. */
  defaultValue?: unknown;
}

/** A pipe's schema of the stored value: the output of `z.preprocess(fn, schema)`, else the input. */
function piped(pipe: z.core.$ZodPipe): Schema {
  const { in: input, out } = pipe._zod.def;
  return input instanceof z.core.$ZodTransform ? out : input;
}

/** Strips optional, default, nullable and preprocess wrappers, remembering what they said. */
export function unwrap(schema: Schema): Unwrapped {
  let s = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    if (s instanceof z.core.$ZodOptional || s instanceof z.core.$ZodNullable) {
      optional = true;
      s = s._zod.def.innerType;
    } else if (s instanceof z.core.$ZodDefault || s instanceof z.core.$ZodPrefault) {
      optional = true;
      defaultValue ??= s._zod.def.defaultValue;
      s = s._zod.def.innerType;
    } else if (s instanceof z.core.$ZodPipe) {
      s = piped(s);
    } else {
      return { schema: s, optional, defaultValue };
    }
  }
}

/** The schema one wrapper holds (optional, default, readonly, a pipe…), or none. */
function wrapped(s: Schema): Schema | undefined {
  if (s instanceof z.core.$ZodPipe) return piped(s);
  const def = s._zod.def;
  return 'innerType' in def && def.innerType instanceof z.core.$ZodType ? def.innerType : undefined;
}

/**
 * The description and metadata of a schema (`.describe()`, `.meta()`), wherever in its wrappers
 * they were set; the outermost wins.
 */
export function metaOf(schema: Schema): z.core.GlobalMeta {
  const found: z.core.GlobalMeta = {};
  const seen = new Set<Schema>();
  for (let s: Schema | undefined = schema; s && !seen.has(s); s = wrapped(s)) {
    seen.add(s);
    Object.assign(found, { ...z.globalRegistry.get(s), ...found });
  }
  return found;
}

/** True when `schema` is `base` or was made from it by `.describe()`, `.meta()` or `.optional()`. */
export function derivesFrom(schema: Schema, base: Schema): boolean {
  for (let s: Schema | undefined = schema; s; s = s._zod.parent) if (s === base) return true;
  return false;
}

/** An object schema's fields, or undefined for any other schema (wrappers are not looked through). */
export function shapeOf(schema: Schema): Readonly<Record<string, Schema>> | undefined {
  return schema instanceof z.core.$ZodObject ? schema._zod.def.shape : undefined;
}

/** An array schema's element, or undefined for any other schema. */
export function elementOf(schema: Schema): Schema | undefined {
  return schema instanceof z.core.$ZodArray ? schema._zod.def.element : undefined;
}

/** A `z.enum()`'s values, or undefined for any other schema. */
export function enumValues(schema: Schema): string[] | undefined {
  if (!(schema instanceof z.core.$ZodEnum)) return undefined;
  return Object.values(schema._zod.def.entries).filter((v): v is string => typeof v === 'string');
}

/** A string's or an array's `.min()` and `.max()` lengths, when it has them. */
export function lengthLimits(schema: Schema): { minLength?: number; maxLength?: number } {
  const out: { minLength?: number; maxLength?: number } = {};
  for (const check of schema._zod.def.checks ?? []) {
    if (check instanceof z.core.$ZodCheckMaxLength) out.maxLength = check._zod.def.maximum;
    if (check instanceof z.core.$ZodCheckMinLength) out.minLength = check._zod.def.minimum;
  }
  return out;
}

/** The format rules of a string schema, in order: its own format (`z.email()`), then `.regex()` and the like. */
export function stringFormats(schema: Schema): z.core.$ZodCheckStringFormatDef[] {
  return [schema, ...(schema._zod.def.checks ?? [])].flatMap((c) => (c instanceof z.core.$ZodCheckStringFormat ? [c._zod.def] : []));
}

/** zod keeps a rule's message (`.regex(re, 'message')`) as a function of the failed value's issue. */
const isMessageFunction = (error: unknown): error is (issue: object) => unknown => typeof error === 'function';

/** The message a format rule gives a value it refuses, when the schema set one. */
export function formatMessage(rule: z.core.$ZodCheckStringFormatDef): string | undefined {
  try {
    const error: unknown = isMessageFunction(rule.error)
      ? rule.error({ code: 'invalid_format', format: rule.format, input: '' })
      : rule.error;
    if (typeof error === 'string') return error;
    if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  } catch {
    // A message function that needs more of the issue: the caller's generic message serves.
  }
  return undefined;
}
