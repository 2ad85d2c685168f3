/**
 * The pure part of `npm run build:merge` (scripts/build-merge.ts): checks that the folders given
 * are every shard of one split build, once each, and plans which file comes from which shard. A
 * file two shards both wrote (the shared `_astro/` assets every shard bundles) must be the same
 * bytes in each; the script compares them and refuses, naming the files, when they are not.
 */
import { z } from 'zod';
import { parseShard, shardMarkerFile, splitLocales, type Shard } from './shard';

/** A shard's marker as written by src/integrations/shard-output.ts. */
export const shardMarkerSchema = z
  .object({
    shard: z.string().describe('i/n: this output is shard i of n (1-based)'),
    locales: z.array(z.string()).min(1).describe('The site’s locales in table order, which the split followed'),
  })
  .describe(`${shardMarkerFile}, written at the root of a shard's output`);

/** One shard's output folder and what its marker says. */
export interface ShardOutput {
  dir: string;
  shard: Shard;
  locales: readonly string[];
}

/**
 * Reads a marker's text.
 * @throws naming the folder when the marker is not valid JSON or not a marker.
 */
export function readMarker(dir: string, text: string): ShardOutput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${dir}/${shardMarkerFile} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = shardMarkerSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `${dir}/${shardMarkerFile}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    );
  const shard = parseShard(parsed.data.shard);
  if (!shard) throw new Error(`${dir}/${shardMarkerFile}: shard is empty`);
  return { dir, shard, locales: parsed.data.locales };
}

/** What the shards add up to: n, and the locales split over several shards (their search is indexed again). */
export interface ShardSet {
  count: number;
  locales: readonly string[];
  split: string[];
}

/**
 * Checks the outputs are shards 1…n of the same n and locales, each once.
 * @throws naming the missing, repeated or mismatched shards.
 */
export function checkShardSet(outputs: readonly ShardOutput[]): ShardSet {
  if (!outputs.length)
    throw new Error('build:merge needs the output folders of every shard, e.g. npm run build:merge -- shard-1 shard-2 shard-3');
  const { count, locales } = outputs[0].shard.count
    ? { count: outputs[0].shard.count, locales: outputs[0].locales }
    : { count: 0, locales: [] };
  const problems: string[] = [];
  for (const o of outputs) {
    if (o.shard.count !== count) problems.push(`${o.dir} is a shard of ${o.shard.count}, ${outputs[0].dir} of ${count}`);
    if (o.locales.join(',') !== locales.join(','))
      problems.push(`${o.dir} was built with locales ${o.locales.join(',')}, ${outputs[0].dir} with ${locales.join(',')}`);
  }
  const seen = new Map<number, string>();
  for (const o of outputs) {
    const before = seen.get(o.shard.index);
    if (before) problems.push(`shard ${o.shard.index + 1}/${count} is given twice: ${before} and ${o.dir}`);
    seen.set(o.shard.index, o.dir);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length) problems.push(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i + 1}/${count}`).join(', ')}`);
  if (problems.length) throw new Error(`Cannot merge: ${problems.join('; ')}`);
  return { count, locales, split: splitLocales({ locales }, count) };
}

/** Files the merge writes itself, over every shard's pages, so no shard's copy is taken. */
export function mergeWrites(set: Pick<ShardSet, 'split'>): (file: string) => boolean {
  const bundles = set.split.map((l) => `pagefind/${l}/`);
  return (file) => file === shardMarkerFile || file === 'sw.js' || file === '_headers' || bundles.some((b) => file.startsWith(b));
}

/** Where each file comes from, and the files more than one shard wrote (to compare). */
export interface MergePlan {
  /** Output-relative path (with `/`) → the folder to copy it from. */
  from: Map<string, string>;
  /** Output-relative path → every folder that has it, for files in more than one shard. */
  overlaps: Map<string, string[]>;
}

/** Plans the copy from each shard's list of files (paths relative to its folder, with `/`). */
export function planMerge(listings: readonly { dir: string; files: readonly string[] }[], skip: (file: string) => boolean): MergePlan {
  const from = new Map<string, string>();
  const overlaps = new Map<string, string[]>();
  for (const { dir, files } of listings) {
    for (const file of files) {
      if (skip(file)) continue;
      const first = from.get(file);
      if (first === undefined) from.set(file, dir);
      else overlaps.set(file, [...(overlaps.get(file) ?? [first]), dir]);
    }
  }
  return { from, overlaps };
}
