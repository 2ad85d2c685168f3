/**
 * After the build, gives every page with an island a modulepreload link for each module it will
 * import (src/lib/build/module-preload.ts says why: on a slow link the import chain cost search
 * about a second before its field accepted typing). Runs before the other build steps, so the
 * size report and the service worker see the pages as they are served.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withModulePreloads } from '../lib/build/module-preload';

export function islandPreload(): AstroIntegration {
  return {
    name: 'crossroads-island-preload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const modules = new Map<string, string | undefined>();
        const readModule = (url: string) => {
          if (!modules.has(url)) {
            const file = path.join(out, decodeURIComponent(url));
            modules.set(url, file.startsWith(out) && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
          }
          return modules.get(url);
        };
        let changed = 0;
        for (const file of fs.readdirSync(out, { recursive: true }) as string[]) {
          if (!file.endsWith('.html')) continue;
          const html = fs.readFileSync(path.join(out, file), 'utf8');
          const preloaded = withModulePreloads(html, readModule);
          if (preloaded !== html) {
            fs.writeFileSync(path.join(out, file), preloaded);
            changed++;
          }
        }
        logger.info(`module preloads written into ${changed} pages with an island`);
      },
    },
  };
}
