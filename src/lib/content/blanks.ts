/**
 * Decap CMS writes what its widgets hold, including fields nobody filled in: `""` for an empty
 * text or date, `""` for a cleared number, `[]` for an empty list, and an object full of such
 * blanks for an optional group left alone (a calendar entry's `timed` when it is all-day). The
 * schema means "absent" by all of these when the field is optional, so they are removed before
 * validation; a blank in a required field stays, and fails with that field's own message.
 */
import { z } from 'astro/zod';
import { elementOf, shapeOf, unwrap, type Schema } from './zod-walker';

/** True for values Decap writes for an untouched field: "", null, [], or an object of blanks. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value as object).every(isBlank);
  return false;
}

/**
 * `value` with the blanks of optional fields removed, following `schema` (objects, arrays of
 * objects). Unknown fields are kept, so the strict schema still reports them.
 */
export function dropOptionalBlanks(schema: Schema, value: unknown): unknown {
  const { schema: s } = unwrap(schema);
  const shape = shapeOf(s);
  if (shape && value && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const field = shape[key];
      if (!field) {
        out[key] = v;
        continue;
      }
      if (unwrap(field).optional && isBlank(v)) continue;
      out[key] = dropOptionalBlanks(field, v);
    }
    // Decap leaves out an object whose fields all start empty (contacts with no number yet):
    // when every field of a required object is optional, absent means empty.
    for (const [key, field] of Object.entries(shape)) {
      if (key in out || unwrap(field).optional) continue;
      const inner = unwrap(field).schema;
      if (shapeOf(inner) && z.safeParse(inner, {}).success) out[key] = {};
    }
    return out;
  }
  const element = elementOf(s);
  if (element && Array.isArray(value)) {
    return value.map((item) => dropOptionalBlanks(element, item));
  }
  return value;
}
