import type { z } from 'astro/zod';

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

/**
 * The message an editor reads for a zod issue, in the build, `npm run check` and the CMS alike. The schema's own messages ("ageMin must not be
 * greater than ageMax") are kept; zod's generic ones ("Too small: expected string to have >=1
 * characters") become a short sentence, each a stable English phrase the admin can translate.
 */
export function plainMessage(issue: z.core.$ZodIssue): string {
  const own = issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return own.endsWith('received undefined') ? 'required field is missing' : own.startsWith('Invalid input') ? `must be a ${issue.expected}` : own;
    case 'too_small': {
      if (!own.startsWith('Too small')) return own;
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? 'choose at least one' : `choose at least ${min}`;
      return `must be at least ${min}`;
    }
    case 'too_big': {
      if (!own.startsWith('Too big')) return own;
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `choose at most ${max}`;
      return `must be at most ${max}`;
    }
    case 'invalid_value':
      if (!own.startsWith('Invalid option')) return own;
      // A file's editor needs the allowed words; a long list is the CMS's select to show.
      return issue.values.length <= 12 ? `must be one of: ${issue.values.map(String).join(', ')}` : 'choose one of the options';
    case 'not_multiple_of':
      return own.startsWith('Invalid number') ? 'must be a whole number' : own;
    default:
      return own;
  }
}
