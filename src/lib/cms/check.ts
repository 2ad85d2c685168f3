/**
 * The build's content checks, run on one record as the CMS holds it before saving, so the editor
 * is told at save time, next to the field, what the build would otherwise refuse after the save
 * (and with it every town's next update). One definition: the record's zod schema from
 * `schema.ts` (shared and text halves merged as `content/read.ts` merges them), Decap's blanks
 * dropped with the reader's own `dropOptionalBlanks`, and the calendar's recurrence checked with
 * the reader's own `checkRecurrence`.
 *
 * Pure: the admin (cms/admin/schema-check.ts) gives it the entry's plain data and says which
 * field paths have a control, and gets back which messages each control shows.
 */
import type { z } from 'astro/zod';
import { dropOptionalBlanks, isBlank } from '../content/blanks';
import { formatPath, plainMessage } from '../content/errors';
import { defaultLocale, isLocale, type LocaleCode } from '../i18n/locales';
import { checkRecurrence } from '../calendar/recurrence';
import { arrivalKeyProblems } from '../content/arrival-keys';
import { fileSchemas, type CalendarShared, type RecordKind, type TownShared, type TownText } from '../content/schema';

export { plainMessage };

/** One thing the build would refuse, at a field path written as the build writes it (`locations[0].name`). */
export interface EntryIssue {
  path: string;
  message: string;
  /** Set when the problem is in a translation, not in the default-locale data. */
  locale?: LocaleCode;
}

export interface CheckOptions {
  /** Text fields of other locales, as the CMS holds them (`{ ar: { name: … } }`). */
  translations?: Partial<Record<string, unknown>>;
  /** A town's timezone, for the calendar's recurrence check (the build uses the first town's). */
  timezoneOf?: (town: string) => string | undefined;
  /** The instant the save happens, for fields the admin stamps on save (`updated`). */
  now?: Date;
}

/** A record kind's whole default-locale file, as the reader validates it. */
const recordSchema = (kind: RecordKind): z.ZodType => fileSchemas(kind).file;

function issuesOf(schema: z.ZodType, value: unknown, locale?: LocaleCode): { issues: EntryIssue[]; data?: unknown } {
  const result = schema.safeParse(value);
  if (result.success) return { issues: [], data: result.data };
  const issues: EntryIssue[] = [];
  for (const issue of result.error.issues) {
    const at = (path: PropertyKey[], message: string) => issues.push({ path: formatPath(path), message, ...(locale ? { locale } : {}) });
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) at([...issue.path, key], 'unknown field');
    } else {
      at(issue.path, plainMessage(issue));
    }
  }
  return { issues };
}

/** Decap's untouched translatable fields ("" or []) mean "not translated": left out, as the reader does. */
function translated(raw: unknown): Record<string, unknown> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => !isBlank(v)));
}

/**
 * Everything the build would refuse in one record, default-locale data first, then each
 * translation's text. An empty list means the build accepts the record as far as one record can
 * tell (references to other records are the reference widget's to check: it knows them).
 */
export function entryIssues(kind: RecordKind, data: unknown, options: CheckOptions = {}): EntryIssue[] {
  const schema = recordSchema(kind);
  let value = dropOptionalBlanks(schema, data ?? {});
  // The admin stamps `updated` on every save (cms/admin/main.ts), after this check.
  if (kind === 'calendar' && value && typeof value === 'object' && isBlank((value as Record<string, unknown>).updated)) {
    value = { ...value, updated: stampTime(options.now ?? new Date()) };
  }
  const { issues, data: parsed } = issuesOf(schema, value);
  if (kind === 'calendar' && parsed) {
    const entry = parsed as CalendarShared;
    const zone = entry.timezone ?? options.timezoneOf?.(entry.towns[0]);
    if (zone) for (const p of checkRecurrence(entry, zone)) issues.push({ path: p.field, message: p.message });
  }
  const text = fileSchemas(kind).translation;
  const arrival: Partial<Record<LocaleCode, readonly { step: string }[]>> = {};
  for (const [locale, raw] of Object.entries(options.translations ?? {})) {
    if (locale === defaultLocale || !isLocale(locale)) continue;
    const checked = issuesOf(text, translated(raw), locale);
    issues.push(...checked.issues);
    if (kind === 'towns' && checked.data) arrival[locale] = (checked.data as Partial<TownText>).arrival;
  }
  if (kind === 'towns' && parsed) {
    // Steps and their words meet by key across the entry's languages, as the build checks them.
    const town = parsed as TownShared & TownText;
    arrival[defaultLocale] = town.arrival;
    for (const p of arrivalKeyProblems(town.arrivalSteps, arrival)) {
      issues.push({ path: p.field, message: p.message, ...(p.locale === defaultLocale ? {} : { locale: p.locale }) });
    }
  }
  return issues;
}

/** A change time as the schema wants it: UTC, to the second. */
export function stampTime(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `locations[0].address.town` → `locations[0].address`, `locations[0]`, `locations`. */
function ancestors(path: string): string[] {
  const out: string[] = [];
  let p = path;
  for (;;) {
    const m = /^(.*)(?:\.[^.[\]]+|\[\d+\])$/.exec(p);
    if (!m || !m[1]) break;
    p = m[1];
    out.push(p);
  }
  return out;
}

/**
 * The field path whose control shows an issue at `path`: the field itself when it has a control,
 * else its nearest ancestor that has one (a list's item that is not shown on its own), else
 * `fallback` (the record's first field), so no problem the build would refuse goes unshown.
 */
export function issueOwner(path: string, controlPaths: ReadonlySet<string>, fallback: string): string {
  if (controlPaths.has(path)) return path;
  return ancestors(path).find((p) => controlPaths.has(p)) ?? fallback;
}

/**
 * True when the field at `path` sits inside an optional group the entry leaves blank (a calendar
 * entry's `location` on a deadline): the schema requires its fields only when the group is given,
 * so an empty one is not "missing". A group is blank when the reader drops it or it was never
 * given (Decap leaves an untouched group out of a new entry).
 */
export function inBlankOptionalGroup(kind: RecordKind, path: string, data: unknown): boolean {
  const kept = dropOptionalBlanks(recordSchema(kind), data ?? {});
  const segments = (path.match(/[^.[\]]+|\[\d+\]/g) ?? []).map((s) => (s.startsWith('[') ? Number(s.slice(1, -1)) : s));
  let given: unknown = data;
  let read: unknown = kept;
  for (const segment of segments.slice(0, -1)) {
    const step = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[segment] : undefined);
    given = step(given);
    read = step(read);
    // Dropped by the reader, or never given (a new entry's untouched group): not there, so its
    // fields are not missing. A group the schema requires is reported missing at its own path.
    if (read === undefined) return true;
  }
  return false;
}
