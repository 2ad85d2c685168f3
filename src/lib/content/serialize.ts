/**
 * The one way a content file is written: the CMS saves through it (cms/admin/format.ts) and every
 * file under content/ is already in its form (a unit test holds each file byte-identical to
 * `serializeContent` of its own parse), so the diff of a save shows only what the editor changed,
 * never a reordering or restyling of what they left alone.
 *
 * The canonical form:
 * - keys in the schema's order (`schema.ts`): the shared fields, then the text fields, as the
 *   content files were written by hand; nested objects in their own schema's order; keys the
 *   schema does not know come last, as they were, so the reader still reports them;
 * - fields the reader treats as absent are left out: blanks ("", null, [], an object of blanks)
 *   of optional fields, and every blank in a translation (where all text is optional);
 * - lists of plain values inline (`towns: [alpha, beta]`), other lists one item per line;
 * - a group of one written as its plain value where the schema allows that shorthand
 *   (`- health-card` for `- oneOf: [health-card]`, see `documentGroup` in schema.ts);
 *   postal addresses, map coordinates and opening hours inline (`{days: [mo], opens: "09:00", …}`),
 *   every other object one field per line;
 * - dates, times and date-times in double quotes (YAML 1.1 readers would turn them into dates or
 *   sexagesimal numbers), other strings plain unless YAML needs quotes; multi-line text as a
 *   literal block ending in one line break (the schema trims text, so trailing space is noise);
 * - no line folding, whatever the length.
 */
import { z } from 'astro/zod';
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, parse, type Node } from 'yaml';
import { defaultLocale, isLocale } from '../i18n/locales';
import { networkSettings, recordKinds, shorthandOf, type RecordKind } from './schema';
import { isBlank } from './blanks';

/** What a content file holds: a record kind's default-locale file or translation, or the network settings. */
export type ContentFileKind = RecordKind | 'settings';

export interface ContentFileRole {
  kind: ContentFileKind;
  /** A translation file holds only text fields, each of them optional. */
  translation: boolean;
}

/** The name of the Decap format a collection of `kind` saves with (cms/admin/format.ts registers it). */
export type ContentFormatName = `crossroads-${RecordKind}`;
export function contentFormatName(kind: RecordKind): ContentFormatName {
  return `crossroads-${kind}`;
}

/** Folder names under content/ that differ from the kind they hold. */
const folderKinds: Record<string, RecordKind> = { profile: 'towns' };

/**
 * The role of a content file from its path relative to the content folder
 * (`towns/alpha/services/ar/alpha-x.yml`, `network/settings.yml`), or undefined for a path the
 * reader does not read as a record.
 */
export function contentFileRole(relPath: string): ContentFileRole | undefined {
  const parts = relPath.split(/[\\/]/);
  if (parts.join('/') === 'network/settings.yml') return { kind: 'settings', translation: false };
  if (parts.length < 3 || !parts[parts.length - 1].endsWith('.yml')) return undefined;
  const [folder, locale] = parts.slice(-3, -1);
  const kind = folderKinds[folder] ?? folder;
  if (!(kind in recordKinds) || !isLocale(locale)) return undefined;
  return { kind: kind as RecordKind, translation: locale !== defaultLocale };
}

const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> | undefined =>
  schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : undefined;

/** The keys a file of `role` may hold, in the order they are written, with their schemas. */
function fileShape({ kind, translation }: ContentFileRole): Record<string, z.ZodType> {
  if (kind === 'settings') return shapeOf(networkSettings) ?? {};
  const { shared, text } = recordKinds[kind];
  return translation ? { ...shapeOf(text) } : { ...shapeOf(shared), ...shapeOf(text) };
}

/** The schema inside optional/default/preprocess wrappers, and whether one of them makes it optional. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault) {
      optional = true;
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodPipe) {
      inner = (inner.in instanceof z.ZodTransform ? inner.out : inner.in) as z.ZodType;
    } else {
      return { inner, optional };
    }
  }
}

/** Objects written on one line: they read as one value (an address, a point, a time slot). */
const inlineObjects = new Set(['address', 'geo']);
const inlineItems = new Set(['hours']);

const dateOrTime = /^(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2})$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function scalarNode(value: unknown): Scalar {
  if (typeof value !== 'string') return new Scalar(value);
  const body = value.replace(/\s+$/, '');
  if (body.includes('\n')) {
    const node = new Scalar(`${body}\n`);
    node.type = Scalar.BLOCK_LITERAL;
    return node;
  }
  const node = new Scalar(value);
  if (dateOrTime.test(value)) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/** The YAML node of `value`, following `schema` where it has one; `inline` writes a collection on one line. */
function toNode(value: unknown, schema: z.ZodType | undefined, inline: boolean, key = ''): Node {
  const inner = schema && unwrap(schema).inner;
  if (Array.isArray(value)) {
    const element = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
    const shorthand = element && shorthandOf(element);
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(toNode(shorthand ? collapsed(item, shorthand) : item, element, inline || inlineItems.has(key)));
    seq.flow = inline || value.every((item) => typeof item !== 'object' && !/\s/.test(String(item)));
    return seq;
  }
  if (isPlainObject(value)) return mapNode(value, (inner && shapeOf(inner)) ?? {}, inline || inlineObjects.has(key), false);
  return scalarNode(value);
}

/**
 * A group of one written as its plain value (`health-card` for `{oneOf: [health-card]}`), where
 * the list's item schema allows that shorthand (`shorthandOf`); anything else as it is.
 */
function collapsed(item: unknown, key: string): unknown {
  if (!isPlainObject(item) || Object.keys(item).length !== 1) return item;
  const only = item[key];
  return Array.isArray(only) && only.length === 1 && typeof only[0] === 'string' ? only[0] : item;
}

/**
 * `data` with every shorthand item of a list whose item schema allows it (`shorthandOf`) written
 * out as its group, following the schema of the file's `role`: what a form edits (the CMS's list
 * of groups cannot show a plain value). `serializeContent` writes it back as shorthand.
 */
export function expandShorthands(role: ContentFileRole, data: unknown): unknown {
  return isPlainObject(data) ? expandIn(data, fileShape(role)) : data;
}

function expandIn(value: unknown, schema: z.ZodType | Record<string, z.ZodType> | undefined): unknown {
  if (schema === undefined) return value;
  if (isPlainObject(value)) {
    const shape = schema instanceof z.ZodType ? shapeOf(unwrap(schema).inner) : schema;
    if (!shape) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandIn(v, shape[k])]));
  }
  if (Array.isArray(value) && schema instanceof z.ZodType) {
    const inner = unwrap(schema).inner;
    if (!(inner instanceof z.ZodArray)) return value;
    const element = inner.element as z.ZodType;
    const key = shorthandOf(element);
    return value.map((item) => (key && typeof item === 'string' ? { [key]: [item] } : expandIn(item, element)));
  }
  return value;
}

function mapNode(value: Record<string, unknown>, shape: Record<string, z.ZodType>, inline: boolean, allOptional: boolean): YAMLMap {
  const map = new YAMLMap();
  const known = Object.keys(shape).filter((key) => key in value);
  const unknown = Object.keys(value).filter((key) => !(key in shape));
  for (const key of [...known, ...unknown]) {
    const field = shape[key];
    const optional = allOptional || !field || unwrap(field).optional;
    // Unknown keys stay, blank or not: the reader reports them by name.
    if (field && optional && isBlank(value[key])) continue;
    map.items.push(new Pair(new Scalar(key), toNode(value[key], field, inline, key)));
  }
  map.flow = inline;
  return map;
}

/** The canonical text of a content file of `role` holding `data`. */
export function serializeContent(role: ContentFileRole, data: unknown): string {
  const doc = new Document();
  doc.contents = isPlainObject(data) ? mapNode(data, fileShape(role), false, role.translation) : toNode(data, undefined, false);
  return doc.toString({ lineWidth: 0, blockQuote: 'literal', flowCollectionPadding: false });
}

/** The canonical text of the content file at `relPath` (relative to the content folder) whose text is `text`. */
export function canonicalContentFile(relPath: string, text: string): string {
  const role = contentFileRole(relPath);
  if (!role) throw new Error(`${relPath}: not a content file the reader reads`);
  return serializeContent(role, parse(text) ?? {});
}

/** True when a translation holds no text at all: nobody wrote in this language. */
export function isEmptyTranslation(data: unknown): boolean {
  return isPlainObject(data) && Object.values(data).every(isBlank);
}
