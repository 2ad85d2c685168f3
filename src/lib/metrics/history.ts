/**
 * The indicators over time: `content/network/metrics-history.yml`, one snapshot of the day's
 * headline figures (network and per town) per line of history. `npm run metrics:snapshot` (a
 * scheduled CI job, .github/workflows/metrics-snapshot.yml) appends the day's; the same day twice
 * replaces it. The build only reads the file, never the clock, so it stays deterministic.
 *
 * Validated like other content: the reader (content/read.ts) refuses a malformed history naming
 * the file and the field, and so do the dashboard and the snapshot script (`parseHistory`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, isMap, isPair, isScalar, parse, visit } from 'yaml';
import { z } from 'astro/zod';
import { ContentError, formatPath, plainMessage, type ContentProblem } from '../content/errors';
import { localeCodes } from '../i18n/locales';
import type { Figures, NetworkMetrics } from './metrics';

/** Where the history lives, relative to the content folder. */
export const historyFile = 'network/metrics-history.yml';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug (lowercase letters, digits, hyphens)');
const count = z.number().int().min(0);
const share = z.number().int().min(0).max(100);
const date = z.iso.date('must be a date as YYYY-MM-DD');
const localeCode = z.enum(localeCodes as [string, ...string[]]);

/** One scope's headline figures in a snapshot. */
export const snapshotFigures = z.strictObject({
  services: count.describe('Services that count (not ended)'),
  checkedPercent: share.describe('Share of those checked within the review age, in whole percent'),
  translatedPercent: z.partialRecord(localeCode, share).describe('Share of the text translated, per language, in whole percent'),
  gaps: count.describe('Topics with no service (for the network: every town’s together)'),
  differingRules: count.describe('Rules that differ from most towns'),
  upcomingDates: count.describe('Dates in the next 90 days'),
});

export const snapshot = z.strictObject({
  date: date.describe('The day of the snapshot'),
  network: snapshotFigures.describe('The whole network'),
  towns: z.record(slug, snapshotFigures).describe('Each town, by slug'),
});

export const metricsHistory = z
  .strictObject({
    snapshots: z
      .array(snapshot)
      .superRefine((list, ctx) => {
        list.forEach((s, i) => {
          if (i > 0 && s.date <= list[i - 1].date)
            ctx.addIssue({
              code: 'custom',
              path: [i, 'date'],
              message: `must come after ${list[i - 1].date}: one snapshot a day, oldest first`,
            });
        });
      })
      .describe('Snapshots, oldest first, one a day'),
  })
  .describe('The network’s indicators over time (npm run metrics:snapshot)');

export type SnapshotFigures = z.infer<typeof snapshotFigures>;
export type Snapshot = z.infer<typeof snapshot>;
export type MetricsHistory = z.infer<typeof metricsHistory>;

/** The headline figures of one scope. */
function headline(f: Figures): SnapshotFigures {
  return {
    services: f.services,
    checkedPercent: f.checkedPercent,
    translatedPercent: Object.fromEntries(f.translations.map((t) => [t.locale, t.percent])),
    gaps: f.gaps.length,
    differingRules: f.differingRules.length,
    upcomingDates: f.upcomingDates,
  };
}

/** The day's snapshot of a network's metrics. */
export function snapshotOf(m: NetworkMetrics): Snapshot {
  return { date: m.date, network: headline(m.network), towns: Object.fromEntries(m.towns.map((t) => [t.town, headline(t)])) };
}

/** The history with `s` added in date order; a snapshot of the same day is replaced, never doubled. */
export function addSnapshot(history: MetricsHistory, s: Snapshot): MetricsHistory {
  const others = history.snapshots.filter((x) => x.date !== s.date);
  return { snapshots: [...others, s].sort((a, b) => a.date.localeCompare(b.date)) };
}

/** The problems of a history file's text, each with the file and the field; empty when valid. */
export function historyProblems(text: string, relPath: string = historyFile): ContentProblem[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    return [
      { file: relPath, field: '', message: `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` },
    ];
  }
  const result = metricsHistory.safeParse(raw ?? { snapshots: [] });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ file: relPath, field: formatPath([...issue.path, key]), message: 'unknown field' }))
      : [{ file: relPath, field: formatPath(issue.path), message: plainMessage(issue) }],
  );
}

/**
 * A history file's text as a validated history.
 * @throws ContentError naming the file and each bad field
 */
export function parseHistory(text: string, relPath: string = historyFile, root = 'content'): MetricsHistory {
  const problems = historyProblems(text, relPath);
  if (problems.length > 0) throw new ContentError(problems, root);
  return metricsHistory.parse(parse(text) ?? { snapshots: [] });
}

/**
 * The history as the file is written: YAML with each scope's figures on one line (a flow mapping),
 * so a day's snapshot is a few lines and a diff shows which town changed.
 */
export function serializeHistory(history: MetricsHistory): string {
  // Snapshots may share objects (an unchanged town): written out each time, never as YAML aliases.
  const doc = new Document(history, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if ((key === 'network' || key === 'towns') && isMap(pair.value)) {
        if (key === 'network') pair.value.flow = true;
        else for (const town of pair.value.items) if (isPair(town) && isMap(town.value)) town.value.flow = true;
      }
    },
  });
  const header = '# The network’s indicators over time, one snapshot a day (npm run metrics:snapshot; docs/metrics.md).\n';
  return header + doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * The history of a content folder, or none yet when the file does not exist.
 * @throws ContentError naming the file and each bad field
 */
export function readHistory(contentDir: string): MetricsHistory {
  const file = path.join(contentDir, historyFile);
  return fs.existsSync(file) ? parseHistory(fs.readFileSync(file, 'utf8'), historyFile, path.basename(contentDir)) : { snapshots: [] };
}
