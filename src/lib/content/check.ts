/**
 * `npm run check`: what the build would say about a content folder, in seconds and without
 * rendering a page, so an editor's pull request can be refused before it is merged rather than
 * after it has stopped every town's next update. The checking itself is the build's own reader
 * (`readNetwork` in read.ts, the one the build loads its collections with, see
 * src/content.config.ts); this module only turns its verdict into the lines the person or the CI
 * log reads, and the exit code.
 *
 * Everything printed comes from the content: a file name, a field name (an unknown key is echoed
 * as written) or a value quoted in a message. A terminal obeys escape sequences, so control and
 * bidirectional characters are printed as escapes (`\n`, `\u001b`), never raw: a hostile key
 * cannot recolour, clear or rewrite the log that reviewers trust.
 */
import { ContentError, type ContentProblem } from './errors';
import type { Network } from './read';

/** The reader's verdict: the network it read, or every problem it found. */
export type ReadOutcome = { network: Network } | { problems: readonly ContentProblem[] };

/** Runs the reader and keeps its verdict; anything other than invalid content (a disk error) is thrown on. */
export function readOutcome(read: () => Network): ReadOutcome {
  try {
    return { network: read() };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems };
    throw error;
  }
}

export interface CheckReport {
  /** One line per problem, `file → field: reason`, the file named from the repository. */
  lines: string[];
  /** One line: how many problems in how many files, or what the valid content holds. */
  summary: string;
  /** 1 when anything is wrong, so CI refuses the change; 0 otherwise. */
  exitCode: 0 | 1;
}

/**
 * The report of a check.
 * @param root how to name the content folder in front of each file, such as `content` (the
 *   reader's `displayRoot`).
 */
export function checkReport(outcome: ReadOutcome, root: string): CheckReport {
  if ('network' in outcome) {
    const n = outcome.network;
    const counts = [
      count(n.towns.length, 'town'),
      count(n.categories.length, 'category', 'categories'),
      count(n.providers.length, 'provider'),
      count(n.services.length, 'service'),
      count(n.calendar.length, 'calendar entry', 'calendar entries'),
    ];
    return { lines: [], summary: `content OK: ${counts.join(', ')}`, exitCode: 0 };
  }
  // A file's problems together, in the reader's order within the file (the sort is stable).
  const problems = [...outcome.problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const lines = problems.map((p) => {
    const file = shown(p.file ? `${root}/${p.file}` : root);
    return `${file}${p.field ? ` → ${shown(p.field)}` : ''}: ${inert(p.message)}`;
  });
  const files = new Set(problems.map((p) => p.file)).size;
  return {
    lines,
    summary: `${count(problems.length, 'problem')} in ${count(files, 'file')}`,
    exitCode: problems.length > 0 ? 1 : 0,
  };
}

/** Characters a terminal acts on or reorders text by: C0 and C1 controls, line separators, bidi controls. */
const unsafe = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;
const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every character a terminal would act on written as an escape (`\n`, `\u001b`). */
export function inert(text: string): string {
  return text.replace(unsafe, (c) => named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A file or field name, quoted when it had to be escaped, so the escape reads as part of the name. */
function shown(name: string): string {
  const safe = inert(name);
  return safe === name ? name : `"${safe}"`;
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
