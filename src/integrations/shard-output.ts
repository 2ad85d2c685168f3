/**
 * A sharded build's own steps (CROSSROADS_SHARD=i/n; src/lib/build/shard.ts): refuses a bad value
 * before anything is built, and after the build removes what belongs to another shard but Astro
 * renders in every one (routes without parameters, which no getStaticPaths can leave out: the
 * root page, 404, robots.txt, the sitemap index, the editors' report), then writes the shard's
 * marker, `crossroads-shard.json`, which `npm run build:merge` reads to check that it has every
 * shard once and which locales were split. A whole build is left untouched. Last in astro.config.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildShard, shardLabel, shardMarkerFile, splitLocales, type ShardMarker } from '../lib/build/shard';
import { localeCodes } from '../lib/i18n/locales';

export function shardOutput(): AstroIntegration {
  return {
    name: 'crossroads-shard-output',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const shard = buildShard();
        if (shard)
          logger.info(
            `building shard ${shardLabel(shard)} (split locales: ${splitLocales({ locales: localeCodes }, shard.count).join(', ') || 'none'})`,
          );
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const shard = buildShard();
        if (!shard) return;
        const out = fileURLToPath(dir);
        if (shard.index !== 0) {
          let removed = 0;
          for (const [route, files] of assets) {
            if (route.includes('[')) continue;
            for (const file of files) {
              const name = fileURLToPath(file);
              fs.rmSync(name, { force: true });
              // A page's own folder (editors/report/) goes with it.
              for (
                let folder = path.dirname(name);
                folder.startsWith(out) && folder !== path.resolve(out) && !fs.readdirSync(folder).length;
                folder = path.dirname(folder)
              )
                fs.rmdirSync(folder);
              removed++;
            }
          }
          logger.info(`left ${removed} files of routes without parameters to shard 1`);
        }
        const marker: ShardMarker = { shard: shardLabel(shard), locales: localeCodes };
        fs.writeFileSync(path.join(out, shardMarkerFile), `${JSON.stringify(marker, null, 2)}\n`);
      },
    },
  };
}
