/**
 * Every dynamic route's `getStaticPaths` goes through `shardPaths` (src/lib/routing/static-paths.ts),
 * so a sharded build (CROSSROADS_SHARD) renders each page in exactly one shard, new routes
 * included. A route that listed its paths itself would be built in every shard: the merge would
 * then refuse its files, or worse, a shard would miss nothing and the test would not notice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pagesDir = path.resolve('src/pages');
const helperFile = path.resolve('src/lib/routing/static-paths.ts');
const helper = fs.readFileSync(helperFile, 'utf8');

/** The `getStaticPaths` functions static-paths.ts exports, each with whether it returns through shardPaths. */
function helperFunctions(source: string): Map<string, boolean> {
  const found = new Map<string, boolean>();
  const starts = [...source.matchAll(/^export async function (\w+)\(/gm)];
  starts.forEach((m, i) => {
    const body = source.slice(m.index, starts[i + 1]?.index ?? source.length);
    if (m[1] !== 'shardPaths') found.set(m[1], /\breturn shardPaths\(/.test(body));
  });
  return found;
}

/** Why a dynamic route's source does not go through shardPaths, or undefined when it does. */
function bypass(source: string, helpers: Map<string, boolean>): string | undefined {
  const reexport = /export \{ (\w+) as getStaticPaths \} from '~\/lib\/routing\/static-paths';/.exec(source);
  const assigned = /export const getStaticPaths = (\w+);/.exec(source);
  const name = reexport?.[1] ?? assigned?.[1];
  if (name) {
    if (assigned && !new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from '~/lib/routing/static-paths';`).test(source))
      return `${name} is not imported from ~/lib/routing/static-paths`;
    if (!helpers.has(name)) return `${name} is not a getStaticPaths of static-paths.ts`;
    return helpers.get(name) ? undefined : `${name} does not return through shardPaths`;
  }
  if (!/getStaticPaths/.test(source)) return 'it has no getStaticPaths';
  const own = source.slice(source.indexOf('getStaticPaths'));
  return /\bshardPaths\(/.test(own) && /import \{[^}]*\bshardPaths\b[^}]*\} from '~\/lib\/routing\/static-paths';/.test(source)
    ? undefined
    : 'its own getStaticPaths does not return through shardPaths';
}

const dynamicRoutes = (fs.readdirSync(pagesDir, { recursive: true }) as string[])
  .filter((f) => /\.(astro|ts)$/.test(f) && f.includes('['))
  .sort();
const helpers = helperFunctions(helper);

describe('every route is sharded (src/lib/build/shard.ts)', () => {
  it('finds the routes and the helpers', () => {
    expect(dynamicRoutes.length).toBeGreaterThanOrEqual(35);
    expect(helpers.size).toBeGreaterThanOrEqual(10);
  });

  it.each([...helpers.keys()])('static-paths.ts %s returns through shardPaths', (name) => {
    expect(helpers.get(name)).toBe(true);
  });

  it.each(dynamicRoutes)('%s lists its paths through shardPaths', (file) => {
    // The frontmatter of an .astro route, or the whole endpoint.
    const text = fs.readFileSync(path.join(pagesDir, file), 'utf8');
    const source = file.endsWith('.astro') ? (text.split(/^---$/m)[1] ?? '') : text;
    expect(bypass(source, helpers)).toBeUndefined();
  });

  it('catches a route or helper that lists its paths itself', () => {
    expect(helperFunctions('export async function aPaths() {\n  return [];\n}\n').get('aPaths')).toBe(false);
    expect(bypass('export function getStaticPaths() {\n  return [{ params: { locale: "en" } }];\n}', helpers)).toBe(
      'its own getStaticPaths does not return through shardPaths',
    );
    expect(bypass("import { townStaticPaths } from '~/lib/other';\nexport const getStaticPaths = townStaticPaths;", helpers)).toBe(
      'townStaticPaths is not imported from ~/lib/routing/static-paths',
    );
    expect(bypass("export { nothingPaths as getStaticPaths } from '~/lib/routing/static-paths';", helpers)).toBe(
      'nothingPaths is not a getStaticPaths of static-paths.ts',
    );
    expect(bypass('const x = 1;', helpers)).toBe('it has no getStaticPaths');
  });
});
