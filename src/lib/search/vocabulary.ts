/**
 * The words search knows, per locale, and what the search page does with them on the phone when a
 * query finds nothing: correct a misspelt word to the nearest known one ("scool" → "school"), keep
 * the most useful words of a query whose words together match nothing ("violence against women" →
 * "violence women"), and send to the English index only the words English has.
 *
 * The vocabulary is written at build time (`/<locale>/search-words.json`, from the words of the
 * indexed pages' names, summaries, categories, towns and providers, most frequent first) and is
 * small enough to fetch on a slow link; nothing typed leaves the phone. Pure functions, no DOM.
 */

/** Letters with their marks, digits; Persian's zero-width non-joiner stays inside a word. */
const wordPattern = /[\p{L}\p{M}\p{N}\u200c]+/gu;

/** The lower-case words of a text, in any script. */
export function wordsOf(text: string): string[] {
  return (text.toLocaleLowerCase().match(wordPattern) ?? []).map((w) => w.replace(/^\u200c+|\u200c+$/g, '')).filter(Boolean);
}

/** A word without accents, vowel marks or joiners, for comparing what people type with what is written. */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\p{M}\u200c]/gu, '')
    .toLocaleLowerCase();
}

/** Words shorter than this are not worth a suggestion and never enter the vocabulary. */
const minWordLength = 3;
/** A typed word this long or longer also counts as known when a vocabulary word starts with it. */
export const minPrefixLength = 4;

/**
 * The vocabulary of a set of texts: every word of three letters or more, most frequent first (ties
 * in code-point order, so builds are byte-identical), at most `limit` words.
 */
export function buildVocabulary(texts: string[], limit = 4000): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of wordsOf(text)) if ([...w].length >= minWordLength) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([w]) => w);
}

/**
 * The number of single-letter edits (insert, delete, replace, swap two neighbours) that turn `a`
 * into `b`, or `max + 1` as soon as it is known to be more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[t.length];
}

/** How many edits a word of this length may need: one up to five letters, two from six. */
const allowedEdits = (length: number) => (length <= 5 ? 1 : 2);

/** A vocabulary prepared for lookups: the words, and their folded forms. */
export interface Vocabulary {
  words: readonly string[];
  folded: readonly string[];
  known: ReadonlySet<string>;
}

export function prepareVocabulary(words: readonly string[]): Vocabulary {
  const folded = words.map(fold);
  return { words, folded, known: new Set([...words, ...folded]) };
}

/**
 * True when search can find a typed word as it is: the vocabulary has it (accents aside), or it
 * has four letters or more and a vocabulary word starts with it.
 */
export function isKnown(word: string, v: Vocabulary): boolean {
  const f = fold(word);
  if (v.known.has(word) || v.known.has(f)) return true;
  return [...f].length >= minPrefixLength && v.folded.some((w) => w.startsWith(f));
}

/**
 * The vocabulary word nearest to a word search does not know, or undefined when the word is known,
 * too short to guess, or nothing is near enough. Nearest means the fewest edits, accents aside;
 * among equals, the more frequent word (earlier in the vocabulary).
 */
export function suggestWord(word: string, v: Vocabulary): string | undefined {
  const f = fold(word);
  const length = [...f].length;
  if (length < minWordLength || isKnown(word, v)) return undefined;
  const max = allowedEdits(length);
  let best: string | undefined;
  let bestDistance = max + 1;
  for (let i = 0; i < v.words.length && bestDistance > 0; i++) {
    const d = editDistance(f, v.folded[i], Math.min(max, bestDistance - 1));
    if (d < bestDistance) {
      bestDistance = d;
      best = v.words[i];
    }
  }
  return best;
}

/** A query with its unknown words replaced by their suggestions. */
export interface Correction {
  /** The corrected query, as words joined by spaces. */
  query: string;
  /** The words replaced, in order. */
  changes: { from: string; to: string }[];
}

/** Corrects every word of a query that the vocabulary suggests a replacement for; undefined when none. */
export function correctQuery(query: string, v: Vocabulary): Correction | undefined {
  const words = query.split(/\s+/).filter(Boolean);
  const changes: Correction['changes'] = [];
  const out = words.map((w) => {
    const to = wordsOf(w).length === 1 ? suggestWord(wordsOf(w)[0], v) : undefined;
    if (to) changes.push({ from: w, to });
    return to ?? w;
  });
  return changes.length ? { query: out.join(' '), changes } : undefined;
}

/**
 * The smaller queries to try, in order, when a query's words together find nothing: first every
 * query that leaves out one word, then two, and so on down to single words; at most `limit`
 * queries. Each keeps the words' order.
 */
export function querySubsets(query: string, limit = 12): string[] {
  const words = query.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let size = words.length - 1; size >= 1 && out.length < limit; size--) {
    for (const picked of combinations(words.length, size)) {
      out.push(picked.map((i) => words[i]).join(' '));
      if (out.length >= limit) break;
    }
  }
  return out;
}

/** Index sets of `size` out of `n`, in lexicographic order. */
function combinations(n: number, size: number): number[][] {
  const out: number[][] = [];
  const walk = (start: number, picked: number[]) => {
    if (picked.length === size) return void out.push(picked);
    for (let i = start; i < n; i++) walk(i + 1, [...picked, i]);
  };
  walk(0, []);
  return out;
}

/** A smaller query tried: how many pages it found, and how many of its words the vocabulary knows. */
export interface TriedSubset {
  query: string;
  count: number;
  known: number;
}

/**
 * Which of the subsets to show: among those that find anything, the one keeping the most words;
 * then the one with the most words the vocabulary knows (a rare word the pages never use, like
 * "against" or "apprendre", is the one to drop); then the one finding the most pages; then the first.
 */
export function bestSubset<T extends TriedSubset>(tried: T[]): T | undefined {
  const size = (q: string) => q.split(/\s+/).length;
  const better = (a: T, b: T) => size(a.query) - size(b.query) || a.known - b.known || a.count - b.count;
  return tried.filter((t) => t.count > 0).reduce<T | undefined>((best, t) => (!best || better(t, best) > 0 ? t : best), undefined);
}

/**
 * The words of a query that another language's vocabulary has, for searching its index: a French
 * reader's "apprendre l'italien PAAYPA" sends only "paaypa" to the English index. Empty when none.
 */
export function sharedWords(query: string, other: Vocabulary): string[] {
  return wordsOf(query).filter((w) => [...w].length >= minWordLength && isKnown(w, other));
}
