/**
 * `npm run check`: validates the whole content folder with the build's own reader, without
 * rendering the site, and prints every problem as `file → field: reason` and a one-line summary;
 * exits 1 on any problem, so CI can refuse an editor's pull request before it is merged
 * (docs/ci/, docs/editing.md). `npm run check -- <content folder>` checks another folder; without
 * it, the folder the build reads (`content/`, or CROSSROADS_CONTENT).
 */
import path from 'node:path';
import { checkReport, readOutcome } from '../src/lib/content/check';
import { displayRoot, readNetwork } from '../src/lib/content/read';
import { contentDir } from '../src/lib/content/source';

export function main(args: string[]): number {
  if (args.length > 1) {
    console.error('usage: npm run check [-- <content folder>]');
    return 2;
  }
  // npm runs scripts from the repository root; a folder is meant from where the command was typed.
  const dir = args[0] ? path.resolve(process.env.INIT_CWD ?? '', args[0]) : contentDir();
  const report = checkReport(
    readOutcome(() => readNetwork(dir)),
    displayRoot(dir),
  );
  for (const line of report.lines) console.log(line);
  console.log(report.summary);
  return report.exitCode;
}
