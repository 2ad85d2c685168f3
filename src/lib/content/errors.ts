/** One thing wrong with the content, located precisely enough for an editor to fix it. */
export interface ContentProblem {
  /** Path relative to the content folder, such as towns/valmara/services/en/food-bank.yml. */
  file: string;
  /** Dotted field path, such as eligibility.ageMin or locations[0].hours[1].closes. */
  field: string;
  message: string;
}

/** Thrown when the content is invalid; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  /**
   * The records that did validate, when the reader got that far (the editor report lists what is
   * wrong with the rest without stopping at the first broken file).
   */
  readonly partial?: unknown;
  /** @param root how to name the content folder in the message, such as "content". */
  constructor(problems: ContentProblem[], root = 'content', partial?: unknown) {
    const lines = problems.map((p) => `  ${root}/${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`);
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
    this.partial = partial;
  }
}

/** Formats a validation path as editors read it: `locations[0].hours[1].closes`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out;
}
