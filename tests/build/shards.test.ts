/**
 * A site built in shards (CROSSROADS_SHARD=i/n, one after another here, in other timezones than
 * the reference build) and put together with `npm run build:merge` is the site `npm run build`
 * makes: byte for byte with no more shards than locales; with more (the default locale then
 * split over two shards, whose search the merge indexes again), byte for byte outside that
 * locale's search bundle, which holds the same pages with the same text. The merge refuses a
 * missing shard and a file two shards wrote differently; the build refuses a bad CROSSROADS_SHARD.
 * The mini fixture keeps it affordable: each shard is a build of its own (15 to 50 s).
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/i18n/locales';
import { buildSite, miniContent, root, sites, testDist } from '../helpers/build';

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile())
      out.set(file.split(path.sep).join('/'), crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
  }
  return out;
}

/** Files missing from one side or different, leaving out those `skip` names. */
function differences(a: Map<string, string>, b: Map<string, string>, skip: (file: string) => boolean = () => false): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => !skip(f) && a.get(f) !== b.get(f)).sort();
}

/** The pages a Pagefind bundle holds, each as its URL and indexed text (its fragment files). */
function bundlePages(bundle: string): string[] {
  const dir = path.join(bundle, 'fragment');
  return fs
    .readdirSync(dir)
    .map((f) =>
      JSON.parse(
        zlib
          .gunzipSync(fs.readFileSync(path.join(dir, f)))
          .subarray('pagefind_dcd'.length)
          .toString('utf8'),
      ),
    )
    .map((page: { url: string; content: string }) => `${page.url} ${page.content}`)
    .sort();
}

const timezones = ['America/New_York', 'Asia/Tokyo'];

/** Builds every shard of n into testDist/shards-n/<i>; returns their folders. */
function buildShards(n: number): string[] {
  return Array.from({ length: n }, (_, k) => {
    const outDir = path.join(testDist, `shards-${n}`, String(k + 1));
    const result = buildSite({ outDir, content: miniContent, env: { CROSSROADS_SHARD: `${k + 1}/${n}`, TZ: timezones[k % 2] } });
    expect(result.status, result.output.slice(-3000)).toBe(0);
    return outDir;
  });
}

function merge(dirs: string[], out: string) {
  const result = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/build-merge.ts', ...dirs, '--out', out], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a site built in shards and merged', () => {
  const reference = digest(sites.mini);

  it(
    'is byte-identical to the whole build with no more shards than locales, and the merge refuses what does not fit',
    { timeout: 900_000 },
    () => {
      const dirs = buildShards(2);
      const out = path.join(testDist, 'shards-2', 'merged');
      const merged = merge(dirs, out);
      expect(merged.status, merged.output).toBe(0);
      expect(differences(reference, digest(out))).toEqual([]);
      // Each page was built once: no shard has a page of another.
      const [first, second] = dirs.map((d) => new Set(digest(d).keys()));
      expect([...first].filter((f) => second.has(f) && f.endsWith('.html'))).toEqual([]);

      const missing = merge([dirs[1]], path.join(testDist, 'shards-2', 'refused'));
      expect(missing.status).not.toBe(0);
      expect(missing.output).toContain('missing shard 1/2');

      const shared = [...first].find((f) => second.has(f) && f.startsWith('_astro/') && f.endsWith('.css'))!;
      fs.appendFileSync(path.join(dirs[1], shared), '\n/* changed */');
      const differing = merge(dirs, path.join(testDist, 'shards-2', 'refused'));
      expect(differing.status).not.toBe(0);
      expect(differing.output).toContain(`${shared}: ${dirs.join(', ')}`);
      expect(fs.existsSync(path.join(testDist, 'shards-2', 'refused'))).toBe(false);
    },
  );

  it(
    'with more shards than locales, differs at most in the split locale’s search bundle, which holds the same pages',
    { timeout: 1_800_000 },
    () => {
      const n = locales.length + 1;
      const out = path.join(testDist, `shards-${n}`, 'merged');
      const merged = merge(buildShards(n), out);
      expect(merged.status, merged.output).toBe(0);
      expect(merged.output).toContain('Pagefind read en ');
      const split = (f: string) => f.startsWith('pagefind/en/');
      expect(differences(reference, digest(out), split)).toEqual([]);
      expect(bundlePages(path.join(out, 'pagefind/en'))).toEqual(bundlePages(path.join(sites.mini, 'pagefind/en')));
      expect(bundlePages(path.join(out, 'pagefind/en')).length).toBeGreaterThan(0);
    },
  );

  it.each(['0/3', '4/3', 'two/3'])('refuses CROSSROADS_SHARD=%s before building, saying what it expects', (value) => {
    const result = buildSite({ outDir: path.join(testDist, 'shards-bad'), content: miniContent, env: { CROSSROADS_SHARD: value } });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`CROSSROADS_SHARD="${value}"`);
    expect(result.output).toContain('expected i/n with 1 ≤ i ≤ n ≤ 1000');
  });
});
