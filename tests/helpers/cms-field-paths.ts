/**
 * Every field of a record kind, by path (`eligibility.ageMin`, `locations[].hours[].opens`), read
 * once from the zod schema and once from the generated CMS fields, with whether each is required:
 * the unit tests compare the two so the CMS and the build cannot disagree.
 */
import type { CmsField } from '~/lib/cms/fields';
import { recordKinds, type RecordKind } from '~/lib/content/schema';
import { elementOf, shapeOf, unwrap, type Schema } from '~/lib/content/zod-walker';

/** The schema's object fields below `schema`, each with its path (`a.b`, `list[].c`). */
function schemaFields(schema: Schema, prefix = ''): { path: string; schema: Schema }[] {
  const s = unwrap(schema).schema;
  const element = elementOf(s);
  if (element) {
    const item = unwrap(element).schema;
    return shapeOf(item) ? schemaFields(item, `${prefix.slice(0, -1)}[].`) : [];
  }
  return Object.entries(shapeOf(s) ?? {}).flatMap(([n, sub]) => [
    { path: `${prefix}${n}`, schema: sub },
    ...schemaFields(sub, `${prefix}${n}.`),
  ]);
}

const kindFields = (kind: RecordKind) => [...schemaFields(recordKinds[kind].text), ...schemaFields(recordKinds[kind].shared)];

/** Every field path of a record kind as the schema defines it. */
export function schemaFieldPaths(kind: RecordKind): string[] {
  return kindFields(kind)
    .map((f) => f.path)
    .sort();
}

/**
 * Whether the schema requires each field within its group (`location.address.postalCode`: yes,
 * once there is a location), by path: what the CMS's "required" and "optional" must say.
 */
export function schemaRequirements(kind: RecordKind): Record<string, boolean> {
  return Object.fromEntries(kindFields(kind).map((f) => [f.path, !unwrap(f.schema).optional]));
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
