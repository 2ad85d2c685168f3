/**
 * What each town's editors should look at, as of a date: services past their review age,
 * translations missing per language, calendar entries that are over but still say "confirmed",
 * references to records that do not exist, and files the build rejects. Pure: `npm run report`
 * prints it and the unlisted page /editors/report/ renders it.
 */
import type { ContentProblem } from '../content/errors';
import type { CalendarEntry, ContentRecord, Network } from '../content/read';
import { defaultLocale, localeCodes, type LocaleCode } from '../i18n/locales';
import { addDays } from '../dates/days';
import { occurrences } from '../calendar/recurrence';
import { recordKinds, type RecordKind } from '../content/schema';
import { daysBetween, isStale } from '../dates/days';
import { elementOf, metaOf, shapeOf, unwrap, type Schema } from '../content/zod-walker';

/** The folder owner of network-wide records. */
const network = 'network';

export interface ReportRecord {
  kind: RecordKind;
  slug: string;
  /** English name or title. */
  name: string;
  /** Content-relative path of the default-locale file. */
  file: string;
}

export interface StaleService extends ReportRecord {
  reviewed: string;
  /** Days since it was last checked. */
  days: number;
}

export interface MissingTranslation extends ReportRecord {
  /** Text fields present in the default locale and missing in this one. */
  fields: string[];
  /** True when the locale has no file for the record at all. */
  noFile: boolean;
}

export interface PastEntry extends ReportRecord {
  /** Local date of the last occurrence (YYYY-MM-DD). */
  lastDate: string;
}

export interface BrokenReference extends ReportRecord {
  field: string;
  target: RecordKind;
  value: string;
}

export interface OwnerReport {
  /** Town slug, or "network". */
  owner: string;
  /** The town's English name, or "Network". */
  name: string;
  stale: StaleService[];
  /** Per non-default locale, the records that lack text in it. */
  translations: { locale: LocaleCode; records: MissingTranslation[] }[];
  pastUpcoming: PastEntry[];
  brokenReferences: BrokenReference[];
  /** Files the build rejects (only when the report runs on invalid content). */
  problems: ContentProblem[];
}

export interface EditorReport {
  /** The day the report is for (YYYY-MM-DD). */
  date: string;
  staleAfterDays: number;
  owners: OwnerReport[];
}

/** A record of any kind: what the report reads of every kind is its text by field name, its files and its owner. */
type AnyRecord = ContentRecord<object, Record<string, unknown>>;
const kinds: RecordKind[] = ['towns', 'categories', 'providers', 'services', 'calendar'];

function describe(r: AnyRecord): ReportRecord {
  const text = r.text[defaultLocale] ?? {};
  return {
    kind: r.kind,
    slug: r.slug,
    name: String(text.name ?? text.title ?? r.slug),
    file: r.files[defaultLocale] ?? r.slug,
  };
}

/** How far ahead an entry counts as still to come; rules without an end are never "past". */
const lookAheadDays = 5 * 366;

/** The entry's last occurrence before `date`, when it has none on or after `date`. */
export function pastLastDate(entry: CalendarEntry, timezone: string, date: string): string | undefined {
  const sh = entry.shared;
  if (sh.status !== 'confirmed') return undefined;
  if (occurrences(sh, timezone, { from: date, to: addDays(date, lookAheadDays) }).length > 0) return undefined;
  const start = (sh.allDay?.start ?? sh.timed?.start ?? date).slice(0, 10);
  if (start >= date) return undefined;
  const before = occurrences(sh, timezone, { from: start, to: addDays(date, -1) });
  return before.at(-1)?.end.slice(0, 10) ?? start;
}

const isRecordKind = (value: unknown): value is RecordKind => typeof value === 'string' && value in recordKinds;
const isFields = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every reference in a record's structured fields: `{ field, target, value }`, via the schema's `meta.ref`. */
export function referencesOf(kind: RecordKind, shared: unknown): { field: string; target: RecordKind; value: string }[] {
  const out: { field: string; target: RecordKind; value: string }[] = [];
  const walk = (schema: Schema, value: unknown, path: string) => {
    if (value === undefined || value === null) return;
    const { schema: s } = unwrap(schema);
    // The reference's kind, set on the field or on one of its wrappers (`meta.ref`).
    const ref = metaOf(schema).ref;
    const shape = shapeOf(s);
    const element = elementOf(s);
    if (isRecordKind(ref) && typeof value === 'string') out.push({ field: path, target: ref, value });
    else if (shape && isFields(value)) {
      for (const [key, sub] of Object.entries(shape)) walk(sub, value[key], path ? `${path}.${key}` : key);
    } else if (element && Array.isArray(value)) {
      value.forEach((item, i) => walk(element, item, `${path}[${i}]`));
    }
  };
  walk(recordKinds[kind].shared, shared, '');
  return out;
}

/** The owner (town slug or "network") of a content-relative file path. */
export function ownerOfFile(file: string): string {
  const m = /^towns\/([^/]+)\//.exec(file);
  return m ? m[1] : network;
}

/**
 * The report for `date`.
 * @param problems files the content reader rejected, when the network is only partly valid
 */
export function editorReport(net: Network, date: string, problems: ContentProblem[] = []): EditorReport {
  const townName = new Map(net.towns.map((t) => [t.slug, String(t.text[defaultLocale]?.name ?? t.slug)]));
  const owners = [
    network,
    ...[...new Set([...net.towns.map((t) => t.owner), ...problems.map((p) => ownerOfFile(p.file))])].filter((o) => o !== network).sort(),
  ];
  const reports = new Map<string, OwnerReport>(
    owners.map((owner) => [
      owner,
      {
        owner,
        name: owner === network ? 'Network' : (townName.get(owner) ?? owner),
        stale: [],
        translations: localeCodes.filter((l) => l !== defaultLocale).map((locale) => ({ locale, records: [] })),
        pastUpcoming: [],
        brokenReferences: [],
        problems: [],
      },
    ]),
  );
  const of = (owner: string) => reports.get(owner) ?? reports.get(network)!;

  for (const s of net.services) {
    if (s.shared.status === 'ended' || !isStale(s.shared.reviewed, date, net.settings.staleAfterDays)) continue;
    of(s.owner).stale.push({ ...describe(s), reviewed: s.shared.reviewed, days: daysBetween(s.shared.reviewed, date) });
  }

  const recordsOf = (kind: RecordKind): AnyRecord[] => net[kind];
  const known = Object.fromEntries(kinds.map((k) => [k, new Set(recordsOf(k).map((r) => r.slug))])) as Record<RecordKind, Set<string>>;
  for (const kind of kinds) {
    for (const r of recordsOf(kind)) {
      const report = of(r.owner);
      const base = r.text[defaultLocale] ?? {};
      const present = Object.keys(base).filter((f) => base[f] !== undefined);
      for (const t of report.translations) {
        const own = r.text[t.locale];
        const fields = present.filter((f) => own?.[f] === undefined);
        if (fields.length) t.records.push({ ...describe(r), fields, noFile: !own });
      }
      for (const ref of referencesOf(kind, r.shared)) {
        if (!known[ref.target].has(ref.value)) report.brokenReferences.push({ ...describe(r), ...ref });
      }
    }
  }

  const zone = new Map(net.towns.map((t) => [t.slug, t.shared.timezone as string]));
  for (const e of net.calendar) {
    const timezone = e.shared.timezone ?? zone.get(e.shared.towns[0]) ?? 'UTC';
    const lastDate = pastLastDate(e, timezone, date);
    if (lastDate) of(e.owner).pastUpcoming.push({ ...describe(e), lastDate });
  }

  for (const p of problems) of(ownerOfFile(p.file)).problems.push(p);

  for (const r of reports.values()) {
    r.stale.sort((a, b) => b.days - a.days || a.slug.localeCompare(b.slug));
    for (const t of r.translations) t.records.sort((a, b) => a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug));
  }
  return { date, staleAfterDays: net.settings.staleAfterDays, owners: [...reports.values()] };
}

/** Counts for a summary line: what needs doing, per owner. */
export function reportCounts(r: OwnerReport): { stale: number; translations: number; past: number; broken: number; problems: number } {
  return {
    stale: r.stale.length,
    translations: r.translations.reduce((n, t) => n + t.records.length, 0),
    past: r.pastUpcoming.length,
    broken: r.brokenReferences.length,
    problems: r.problems.length,
  };
}

/** The report as plain text, for `npm run report`. */
export function formatEditorReport(report: EditorReport): string {
  const lines = [`Editor report for ${report.date} (services count as stale after ${report.staleAfterDays} days)`, ''];
  for (const o of report.owners) {
    const c = reportCounts(o);
    lines.push(
      `## ${o.name} (${o.owner}): ${c.stale} to review, ${c.translations} missing translations, ${c.past} past but confirmed, ${c.broken} broken references${c.problems ? `, ${c.problems} invalid files` : ''}`,
    );
    for (const p of o.problems) lines.push(`  invalid: ${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`);
    for (const s of o.stale) lines.push(`  review: ${s.name} — last checked ${s.reviewed}, ${s.days} days ago (${s.file})`);
    for (const e of o.pastUpcoming) lines.push(`  past: ${e.name} — last date ${e.lastDate}, still "confirmed" (${e.file})`);
    for (const b of o.brokenReferences) lines.push(`  broken: ${b.name} → ${b.field}: no ${b.target} "${b.value}" (${b.file})`);
    for (const t of o.translations) {
      if (t.records.length === 0) continue;
      lines.push(`  ${t.locale}: ${t.records.length} record${t.records.length === 1 ? '' : 's'} to translate`);
      for (const m of t.records) lines.push(`    ${m.kind}/${m.slug}: ${m.noFile ? 'no file' : m.fields.join(', ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
