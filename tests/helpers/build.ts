/**
 * Runs a real `astro build` in a child process, as the README's command does, with its own
 * content folder and output folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
/** Build output of the tests; CROSSROADS_TEST_DIST lets parallel runs use separate folders. */
export const testDist = path.resolve(root, process.env.CROSSROADS_TEST_DIST || '.test-dist');

/** Where each built site lives, shared by the global setup and the tests. */
export const sites = {
  sample: path.join(testDist, 'sample'),
  mini: path.join(testDist, 'mini'),
};
export const miniContent = path.join(root, 'tests/fixtures/mini');

/** A fixed "today" for test builds (2026-11-23T00:00:00Z), so staleness is stable. */
export const testEpoch = '1795392000';

export interface BuildResult {
  status: number | null;
  output: string;
}

export function buildSite(opts: { content?: string; outDir: string; env?: Record<string, string> }): BuildResult {
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', opts.outDir], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      SOURCE_DATE_EPOCH: testEpoch,
      // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      NODE_ENV: 'production',
      ...(opts.content ? { CROSSROADS_CONTENT: opts.content } : {}),
      // Each output folder gets its own Astro cache, so builds never share a data store.
      ASTRO_CACHE_DIR: `${opts.outDir}.cache`,
      ...opts.env,
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Reads a built page; `page` is a URL path such as /ar/services/x/. */
export function readPage(site: string, page: string): string {
  // A page's address may carry a query or fragment (a sheet's `?lang=ar#uk`): the file is the path's.
  const at = page.replace(/[?#].*$/, '');
  const file = at.endsWith('/') ? path.join(site, at, 'index.html') : path.join(site, at);
  return fs.readFileSync(file, 'utf8');
}

/** Pages for editors, not readers (the CMS and the editor report): unlisted, noindex, English only. */
export const editorPages = /^\/(?:admin|editors)\//;

/** Every built HTML file below `site` a reader can reach, as URL paths (editor pages left out). */
export function listPages(site: string): string[] {
  return (fs.readdirSync(site, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map(
      (f) =>
        '/' +
        f
          .split(path.sep)
          .join('/')
          .replace(/index\.html$/, ''),
    )
    .filter((p) => !editorPages.test(p))
    .sort();
}
