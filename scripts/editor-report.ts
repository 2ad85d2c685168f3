/**
 * `npm run report`: what each town's editors should look at today (src/lib/cms/editor-report.ts).
 * Works on invalid content too: the files the build rejects are listed with the rest.
 * `npm run report -- <content folder>` reports on another folder; SOURCE_DATE_EPOCH sets "today".
 */
import path from 'node:path';
import { ContentError } from '../src/lib/content/errors';
import { readNetwork, type Network } from '../src/lib/content/read';
import { contentDir } from '../src/lib/content/source';
import { editorReport, formatEditorReport } from '../src/lib/cms/editor-report';
import { buildDate } from '../src/lib/dates/days';

export function main(args: string[]): number {
  const dir = args[0] ? path.resolve(args[0]) : contentDir();
  let network: Network;
  let problems: ContentError['problems'] = [];
  try {
    network = readNetwork(dir);
  } catch (error) {
    if (!(error instanceof ContentError) || !error.partial) throw error;
    network = error.partial as Network;
    problems = error.problems;
  }
  console.log(formatEditorReport(editorReport(network, buildDate(), problems)));
  return 0;
}
