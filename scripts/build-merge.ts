/**
 * `npm run build:merge -- <shard dir> … [--out dist]`: puts the outputs of a sharded build
 * (CROSSROADS_SHARD=i/n npm run build -- --outDir <dir>, one per shard, on one machine or many)
 * together into one site, then writes what needs every shard's pages: the search bundles of the
 * locales split over shards (Pagefind's Node API over the merged pages, as a whole build does),
 * the service worker's list of shell assets, `_headers`, and the size report. With n up to the
 * number of locales the result is byte-identical to `npm run build`. Refuses, before writing
 * anything, when a shard is missing or repeated, or two shards wrote different bytes to one file.
 * docs/scale.md, "Shards", says how to choose n and why the search is indexed again.
 */
import fs from 'node:fs';
import path from 'node:path';

import { headersOfSite } from '../src/integrations/security-headers';
import { indexSearch } from '../src/integrations/search-index';
import { writeServiceWorker } from '../src/integrations/service-worker';
import { checkShardSet, mergeWrites, planMerge, readMarker, type ShardOutput } from '../src/lib/build/merge';
import { formatReport, weighSite } from '../src/lib/build/page-weight';
import { shardMarkerFile } from '../src/lib/build/shard';
import { isLocale, localeCodes } from '../src/lib/i18n/locales';

const projectRoot = new URL('../', import.meta.url);

/** Every file below `dir`, relative, with `/`. */
function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

function sameBytes(a: string, b: string): boolean {
  return fs.statSync(a).size === fs.statSync(b).size && fs.readFileSync(a).equals(fs.readFileSync(b));
}

export async function main(args: string[]): Promise<number> {
  try {
    return await merge(args);
  } catch (error) {
    // A refusal (a missing shard, a bad marker) is a message for the person running it, not a crash.
    console.error(`build:merge: ${(error as Error).message}`);
    return 1;
  }
}

async function merge(args: string[]): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const dirs: string[] = [];
  let out = path.resolve(cwd, 'dist');
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = path.resolve(cwd, args[++i] ?? '');
    else if (args[i].startsWith('-')) {
      console.error(`build:merge: unknown option ${args[i]}; usage: npm run build:merge -- <shard dir> … [--out dist]`);
      return 2;
    } else dirs.push(path.resolve(cwd, args[i]));
  }
  const started = performance.now();
  const outputs: ShardOutput[] = [];
  for (const dir of dirs) {
    const marker = path.join(dir, shardMarkerFile);
    if (!fs.existsSync(marker)) {
      console.error(`build:merge: ${dir} has no ${shardMarkerFile}: not the output of a CROSSROADS_SHARD=i/n build`);
      return 1;
    }
    outputs.push(readMarker(dir, fs.readFileSync(marker, 'utf8')));
  }
  const set = checkShardSet(outputs);
  if (set.locales.join(',') !== localeCodes.join(','))
    throw new Error(`The shards were built with locales ${set.locales.join(',')}; this checkout has ${localeCodes.join(',')}`);
  if (dirs.some((d) => path.relative(d, out) === '' || !path.relative(d, out).startsWith('..')))
    throw new Error(`--out ${out} must not be a shard's folder or inside one`);

  const plan = planMerge(
    outputs.map((o) => ({ dir: o.dir, files: listFiles(o.dir) })),
    mergeWrites(set),
  );
  const differing = [...plan.overlaps].filter(([file, from]) =>
    from.slice(1).some((d) => !sameBytes(path.join(from[0], file), path.join(d, file))),
  );
  if (differing.length) {
    console.error(
      `build:merge: ${differing.length} file(s) differ between shards (built from different content or code?):\n` +
        differing
          .slice(0, 20)
          .map(([file, from]) => `  ${file}: ${from.join(', ')}`)
          .join('\n'),
    );
    return 1;
  }

  fs.rmSync(out, { recursive: true, force: true });
  for (const [file, dir] of plan.from) {
    const target = path.join(out, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(dir, file), target);
  }
  console.log(
    `build:merge: ${plan.from.size} files from ${outputs.length} shards into ${out} (${plan.overlaps.size} written by several, all identical)`,
  );

  const split = set.split.filter(isLocale);
  if (split.length) {
    const indexed = await indexSearch(out, split);
    console.log(`build:merge: Pagefind read ${indexed.map((i) => `${i.locale} ${i.pages}`).join(', ')} pages (locales split over shards)`);
  }
  fs.writeFileSync(path.join(out, '_headers'), headersOfSite(out));
  const shell = await writeServiceWorker(out, projectRoot);
  console.log(`build:merge: wrote _headers and sw.js (${shell} shell assets)`);
  console.log(`page weight (gzip):\n${formatReport(await weighSite(out, localeCodes))}`);
  console.log(`build:merge: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}
