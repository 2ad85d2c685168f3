/**
 * Decap CMS at /admin/, self-hosted from the `decap-cms` npm package (no CDN), and only there:
 * no public page loads it.
 *
 * - `astro build`: after the site is written, copies Decap's bundle into `dist/admin/`, writes
 *   `config.yml` (generated from the schemas, `lib/cms/config.ts`, for the content folder being
 *   built), bundles the admin's own script (`cms/admin/main.ts`: preview templates and widgets)
 *   and writes `index.html` (`write-admin.ts`).
 * - `astro dev` (`npm run cms`): serves the same files from memory, the config regenerated on
 *   every request so a new town folder shows up without a restart.
 *
 * The admin page is not an Astro page on purpose: Decap needs `eval` and inline styles, which the
 * site's Content Security Policy forbids on every Astro page. This integration must stay after
 * `securityHeaders()` in astro.config.mjs so the CSP check of the built pages never sees it.
 *
 * The parts: `settings.ts` (cms/settings.yml and the generator's input), `towns.ts` (the town
 * folders), `decap-bundle.ts` (Decap's files and their patch), `admin-page.ts` (the HTML page),
 * `admin-script.ts` (the Vite build of the admin script), `write-admin.ts` (the build output).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildShard, inShard } from '../../lib/build/shard';
import { cmsConfigYaml } from '../../lib/cms/config';
import { contentDir as configuredContentDir } from '../../lib/content/source';
import { adminPage } from './admin-page';
import { rruleInBrowser } from './admin-script';
import { decapFile, decapFiles } from './decap-bundle';
import { loadCmsSetup, root } from './settings';
import { readTowns } from './towns';
import { writeAdmin } from './write-admin';

const stylesDir = path.join(root, 'src/styles');

/** The file of `src/styles/` an admin URL names (`site.css`, `components/calendar.css`), if any. */
export function stylesheetPart(name: string): string | undefined {
  const file = path.resolve(stylesDir, name);
  const inside = path.relative(stylesDir, file);
  return name.endsWith('.css') && !inside.startsWith('..') && !path.isAbsolute(inside) && fs.existsSync(file) ? file : undefined;
}

/** The Astro integration. */
export default function decapCms(): AstroIntegration {
  return {
    name: 'crossroads-decap-cms',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // Under `astro dev` Vite serves the admin script itself (cms/admin/main.ts).
        // Pre-bundling the admin's dependencies at start-up spares the first visit a reload.
        if (command === 'dev') {
          updateConfig({
            vite: {
              plugins: [rruleInBrowser()],
              optimizeDeps: {
                entries: ['cms/admin/main.ts'],
                include: ['rrule', 'markdown-it', 'i18next', 'date-fns', 'date-fns/locale', '@date-fns/tz', 'astro/zod'],
              },
            },
          });
        }
      },
      'astro:server:setup': ({ server }) => {
        const decap = new Set(decapFiles());
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith('/admin')) return next();
          const name = url.pathname.replace(/^\/admin\/?/, '') || 'index.html';
          const send = (type: string, body: string | Buffer) => {
            res.setHeader('content-type', type);
            res.setHeader('cache-control', 'no-store');
            res.end(body);
          };
          // A town's own admin: /admin/<town>/ and its config.yml; an organisation's, /admin/<town>/<org>/.
          const towns = readTowns(path.resolve(configuredContentDir()));
          const [first, rest = ''] = name.split(/\/(.*)/s);
          const town = towns.find((t) => t.slug === first);
          const [second, orgRest = ''] = rest.split(/\/(.*)/s);
          const org = town?.orgs.find((o) => o.slug === second);
          if (url.pathname === '/admin' || (town && name === town.slug) || (org && rest === org.slug)) {
            res.statusCode = 301;
            res.setHeader('location', `${url.pathname}/`);
            return res.end();
          }
          const page = org ? orgRest || 'index.html' : town ? rest || 'index.html' : name;
          if (page === 'index.html') {
            return send(
              'text/html; charset=utf-8',
              adminPage({
                previewStyles: ['/admin/site.css'],
                script: '/cms/admin/main.ts',
                module: true,
                towns,
                decapBase: '/admin/',
                town,
                org,
              }),
            );
          }
          if (page === 'config.yml') {
            const setup = loadCmsSetup({
              localBackendUrl: process.env.CROSSROADS_CMS_PROXY_URL,
              branch: process.env.CROSSROADS_CMS_BRANCH,
              town: town?.slug,
              org: org?.slug,
            });
            return send('text/yaml; charset=utf-8', cmsConfigYaml(setup));
          }
          // The stylesheet as written, site.css and the parts it imports (`base.css`,
          // `components/…`); the built site serves Vite's one processed file instead.
          const style = stylesheetPart(name);
          if (style) return send('text/css; charset=utf-8', fs.readFileSync(style));
          if (decap.has(name)) {
            return send(name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8', decapFile(name));
          }
          return next();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // In a sharded build, /admin/ is the first shard's (src/lib/build/shard.ts).
        if (!inShard({}, { locales: [], towns: [] }, buildShard())) return;
        const written = await writeAdmin(fileURLToPath(dir));
        logger.info(`Decap CMS admin written to admin/ (${written.length} files)`);
      },
    },
  };
}
