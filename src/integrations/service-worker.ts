import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { buildShard } from '../lib/build/shard';
import { assetsOfPage } from '../lib/offline/cache';

/** Pages whose scripts are too big to keep on every visit (React islands); kept when visited. */
const heavyPages = /^(?:search|finder)\//;

/**
 * Writes `<out>/sw.js`; `root` is the project's root, which holds src/service-worker/sw.ts.
 * Returns how many shell assets it lists. Used after a whole build and after a merge of shards
 * (scripts/build-merge.ts), since the list comes from the default locale's pages, which a shard
 * may have only part of.
 */
export async function writeServiceWorker(out: string, root: URL): Promise<number> {
  const pagesDir = path.join(out, 'en');
  const shell = new Set<string>();
  if (fs.existsSync(pagesDir)) {
    for (const file of (fs.readdirSync(pagesDir, { recursive: true }) as string[]).sort()) {
      const rel = file.split(path.sep).join('/');
      if (!rel.endsWith('.html') || heavyPages.test(rel)) continue;
      for (const asset of assetsOfPage(fs.readFileSync(path.join(pagesDir, file), 'utf8'))) {
        if (asset.startsWith('/_astro/') && fs.existsSync(path.join(out, asset))) shell.add(asset);
      }
    }
  }
  const result = await build({
    entryPoints: [fileURLToPath(new URL('src/service-worker/sw.ts', root))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    define: { __SHELL_ASSETS__: JSON.stringify([...shell].sort()) },
  });
  fs.writeFileSync(path.join(out, 'sw.js'), result.outputFiles[0].text);
  return shell.size;
}

/**
 * After the build, bundles src/service-worker/sw.ts into dist/sw.js with the build's shell assets
 * (the stylesheets and small scripts of the default locale's pages, the same files in every
 * locale), so the worker can keep them on install. Output is deterministic: same site, same bytes.
 */
export function serviceWorker(): AstroIntegration {
  let root: URL;
  return {
    name: 'crossroads-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (buildShard()) {
          logger.info('sw.js is written by npm run build:merge, over every shard’s pages');
          return;
        }
        const size = await writeServiceWorker(fileURLToPath(dir), root);
        logger.info(`wrote sw.js (${size} shell assets)`);
      },
    },
  };
}
