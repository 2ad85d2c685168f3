/**
 * `npm run metrics:snapshot`: adds today's headline figures (src/lib/metrics/) to the committed
 * history, content/network/metrics-history.yml, which the dashboard draws its trends from. Run
 * daily or weekly by a scheduled CI job (docs/ci/metrics-snapshot.yml) that commits the file; the
 * same day twice replaces that day's snapshot. SOURCE_DATE_EPOCH sets "today";
 * `npm run metrics:snapshot -- <content folder>` works on another folder. A malformed history is
 * refused, naming the file and the field, and left as it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildDirectory } from '../src/lib/content/directory';
import { ContentError } from '../src/lib/content/errors';
import { displayRoot, readNetwork } from '../src/lib/content/read';
import { contentDir } from '../src/lib/content/source';
import { buildDate } from '../src/lib/dates/days';
import { addSnapshot, historyFile, parseHistory, serializeHistory, snapshotOf } from '../src/lib/metrics/history';
import { networkMetrics } from '../src/lib/metrics/metrics';

/** Adds the snapshot of `today` to the history in `dir`; returns the history file's path. */
export function takeSnapshot(dir: string, today: string): string {
  const file = path.join(dir, historyFile);
  const root = displayRoot(dir);
  const history = fs.existsSync(file) ? parseHistory(fs.readFileSync(file, 'utf8'), historyFile, root) : { snapshots: [] };
  const network = readNetwork(dir);
  const snapshot = snapshotOf(networkMetrics(buildDirectory(network), today));
  fs.writeFileSync(file, serializeHistory(addSnapshot(history, snapshot)));
  return file;
}

export function main(args: string[]): number {
  const dir = args[0] ? path.resolve(args[0]) : contentDir();
  const today = buildDate();
  try {
    const file = takeSnapshot(dir, today);
    console.log(`Metrics snapshot of ${today} written to ${path.relative(process.cwd(), file)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    return 1;
  }
}
