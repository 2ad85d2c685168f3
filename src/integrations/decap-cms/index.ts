/**
 * Decap CMS at /admin/, self-hosted from the `decap-cms` npm package (no CDN), and only there:
 * no public page loads it.
 *
 * - `astro build`: after the site is written, copies Decap's bundle into `dist/admin/`, writes
 *   `config.yml` (generated from the schemas, `lib/cms/config.ts`, for the content folder being
 *   built), bundles the admin's own script (`cms/admin/main.ts`: preview templates and widgets)
 *   and writes `index.html`.
 * - `astro dev` (`npm run cms`): serves the same files from memory, the config regenerated on
 *   every request so a new town folder shows up without a restart.
 *
 * The admin page is not an Astro page on purpose: Decap needs `eval` and inline styles, which the
 * site's Content Security Policy forbids on every Astro page. This integration must stay after
 * `securityHeaders()` in astro.config.mjs so the CSP check of the built pages never sees it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build as viteBuild, type Plugin } from 'vite';
import { parse as parseYaml } from 'yaml';
import { codeownersTemplate } from '../../lib/cms/codeowners';
import { cmsConfigYaml, defaultLocalBackendUrl, type CmsBackend, type CmsSetup } from '../../lib/cms/config';
import { contentDir as configuredContentDir } from '../../lib/content/source';
import { defaultLocale } from '../../lib/i18n/locales';

const root = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const require = createRequire(import.meta.url);

/** Hand-edited CMS settings: the git host and the CODEOWNERS organisation. */
export const cmsSettingsFile = path.join(root, 'cms/settings.yml');
export const cmsConfigFile = path.join(root, 'cms/config.yml');
export const codeownersFile = path.join(root, 'cms/CODEOWNERS.template');
const adminEntry = path.join(root, 'cms/admin/main.ts');

interface CmsSettings {
  backend: CmsBackend;
  codeownersOrg: string;
  siteUrl?: string;
}

export function readCmsSettings(file = cmsSettingsFile): CmsSettings {
  const raw = (fs.existsSync(file) ? parseYaml(fs.readFileSync(file, 'utf8')) : {}) ?? {};
  return {
    backend: raw.backend ?? { name: 'github', repo: 'crossroads-network/crossroads-directory', branch: 'main' },
    codeownersOrg: raw.codeownersOrg ?? 'crossroads-network',
    siteUrl: raw.siteUrl,
  };
}

/** A town as the admin needs it: its folder, English name and the languages its office speaks. */
export interface AdminTown {
  slug: string;
  name: string;
  officeLanguages: string[];
}

/** Town folders of a content folder, with each town's English name and office languages from its profile. */
export function readTowns(contentDir: string): AdminTown[] {
  const townsDir = path.join(contentDir, 'towns');
  if (!fs.existsSync(townsDir)) return [];
  return fs
    .readdirSync(townsDir)
    .filter((t) => !t.startsWith('.') && fs.statSync(path.join(townsDir, t)).isDirectory())
    .sort()
    .map((slug) => {
      const profile = path.join(townsDir, slug, 'profile', defaultLocale, `${slug}.yml`);
      let name: unknown;
      let languages: unknown;
      try {
        ({ name, officeLanguages: languages } = parseYaml(fs.readFileSync(profile, 'utf8')) ?? {});
      } catch {
        // A missing or broken profile is the build's to report; the CMS can still open the town.
      }
      return {
        slug,
        name: typeof name === 'string' && name.trim() ? name.trim() : slug,
        officeLanguages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : [],
      };
    });
}

/** Everything the config generator needs, read from the repository and a content folder. */
export function loadCmsSetup(
  opts: { contentDir?: string; localBackendUrl?: string; branch?: string; town?: string } = {},
): Omit<CmsSetup, 'towns'> & { towns: AdminTown[] } {
  const contentDir = path.resolve(opts.contentDir ?? configuredContentDir());
  const settings = readCmsSettings();
  const relative = path.relative(root, contentDir).split(path.sep).join('/');
  return {
    towns: readTowns(contentDir),
    labels: JSON.parse(fs.readFileSync(path.join(root, 'locales', `${defaultLocale}.json`), 'utf8')),
    backend: opts.branch ? { ...settings.backend, branch: opts.branch } : settings.backend,
    // Decap paths are relative to the repository root (where decap-server runs).
    contentRoot: relative && !relative.startsWith('..') ? relative : 'content',
    localBackendUrl: opts.localBackendUrl ?? defaultLocalBackendUrl,
    siteUrl: settings.siteUrl,
    ...(opts.town === undefined ? {} : { town: opts.town }),
  };
}

/** Writes cms/config.yml and cms/CODEOWNERS.template for the repository's own content. */
export function writeCmsFiles(contentDir = path.join(root, 'content')): string[] {
  const setup = loadCmsSetup({ contentDir });
  fs.writeFileSync(cmsConfigFile, cmsConfigYaml(setup));
  fs.writeFileSync(
    codeownersFile,
    codeownersTemplate(
      setup.towns.map((t) => t.slug),
      readCmsSettings().codeownersOrg,
      setup.contentRoot,
    ),
  );
  return [cmsConfigFile, codeownersFile];
}

// ---------------------------------------------------------------------------------------------
// Decap's bundle.

/** The folder of decap-cms's prebuilt bundle. */
function decapDist(): string {
  return path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/**
 * Decap's files the admin needs: the main bundle, the chunks it loads on demand and the
 * WebAssembly they fetch (source maps and the `cms.js` duplicate build stay behind).
 */
export function decapFiles(dist = decapDist()): string[] {
  return fs
    .readdirSync(dist)
    .filter((f) => /^(?:\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(f))
    .sort();
}

/**
 * Decap's i18n `multiple_folders` paths put the locale before the FIRST `/<slug>` in a path and
 * drop the FIRST `<locale>/`. A town profile (`towns/aurelia/profile/en/aurelia.yml`) has its slug
 * in the town folder too, so Decap would read and write `towns/en/aurelia/…`. The patch makes
 * both act on the file name's own folder, which is what `multiple_folders` means.
 * @throws when the code to patch is not found (a Decap upgrade must re-check this).
 */
export function patchDecapBundle(source: string): string {
  const fixes: [RegExp, (m: RegExpExecArray) => string][] = [
    [
      // getFilePath: return path.replace(`/${slug}`, `/${locale}/${slug}`)
      /case (\w+)\.MULTIPLE_FOLDERS:return (\w+)\.replace\(`\/\$\{(\w+)\}`,`\/\$\{(\w+)\}\/\$\{\3\}`\);/,
      (m) => {
        const [, en, p, slug, locale] = m;
        return `case ${en}.MULTIPLE_FOLDERS:{const cr$i=${p}.lastIndexOf("/"+${slug});return cr$i<0?${p}:${p}.slice(0,cr$i)+"/"+${locale}+${p}.slice(cr$i);}`;
      },
    ],
    [
      // normalizeFilePath: return path.replace(`${locale}/`, '')
      /case (\w+)\.MULTIPLE_FOLDERS:return (\w+)\.replace\(`\$\{(\w+)\}\/`,""\);/,
      (m) => {
        const [, en, p, locale] = m;
        return `case ${en}.MULTIPLE_FOLDERS:{const cr$s="/"+${locale}+"/",cr$j=${p}.lastIndexOf(cr$s);return cr$j<0?${p}:${p}.slice(0,cr$j)+"/"+${p}.slice(cr$j+cr$s.length);}`;
      },
    ],
    [
      // EditorControlPane: each language's pane says which language it edits (`data-locale`), so
      // the admin can make the text fields of right-to-left languages right to left.
      /(\w+)=(\w+)&&\{currentLocale:(\w+),locales:\2,defaultLocale:(\w+)\};return (\w+)\((\w+),\{children:/,
      (m) => {
        const [whole, , , locale] = m;
        return whole.replace(/\{children:$/, `{"data-locale":${locale},children:`);
      },
    ],
    // "Writing in AR", "Fill in data from AR?": the language's name instead of its code.
    ...['writingInLocale', 'copyFromLocaleConfirm'].map((phrase): [RegExp, (m: RegExpExecArray) => string] => [
      new RegExp(`(i18n\\.${phrase}",)\\{locale:(\\w+)\\.toUpperCase\\(\\)\\}`),
      (m) => `${m[1]}{locale:${localeNameCall(m[2], `${m[2]}.toUpperCase()`)}}`,
    ]),
    [
      // The list of languages to write in or copy from: names instead of codes.
      /(function \w+\(\{locales:\w+,dropdownText:\w+,onLocaleChange:\w+\}\)\{return .{0,200}?)label:(\w+),onClick:/,
      (m) => `${m[1]}label:${localeNameCall(m[2], m[2])},onClick:`,
    ],
  ];
  let out = source;
  for (const [pattern, replace] of fixes) {
    const m = pattern.exec(out);
    if (!m)
      throw new Error(
        `decap-cms bundle: code to patch not found (${pattern.source.slice(0, 60)}…); check patchDecapBundle after upgrading decap-cms`,
      );
    out = out.slice(0, m.index) + replace(m) + out.slice(m.index + m[0].length);
  }
  return out;
}

/**
 * The admin script's `window.crossroadsLocaleName(code)` (a site language's name in the admin's
 * language), or `fallback` before the script has defined it.
 */
function localeNameCall(code: string, fallback: string): string {
  return `("function"==typeof window.crossroadsLocaleName?window.crossroadsLocaleName(${code}):${fallback})`;
}

/** The contents of one of Decap's files for the admin, patched where needed. */
function decapFile(name: string): Buffer | string {
  const file = path.join(decapDist(), name);
  return name === 'decap-cms.js' ? patchDecapBundle(fs.readFileSync(file, 'utf8')) : fs.readFileSync(file);
}

// ---------------------------------------------------------------------------------------------
// The admin page.

export interface AdminPageOptions {
  /** The site's stylesheet(s), for previews that look like the public pages. */
  previewStyles: string[];
  /** URL of the admin's own script. */
  script: string;
  /** Whether `script` is an ES module (dev) or a classic script (build). */
  module: boolean;
  towns: AdminTown[];
  /** Where Decap's bundle is, relative to the page: `../` from a town's own admin. */
  decapBase?: string;
  /** The town whose own admin this page is (`/admin/<town>/`); none for the coordinators' page. */
  town?: AdminTown;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The styles Decap's own bundle does not have. Decap's class names carry its components' names
 * (`css-1x2y3z-ViewControls`), which the selectors rely on; the browser test sees when they change.
 */
const adminStyles = `
      /* Text of every language starts where its script starts; the admin script sets dir="rtl" on
         the fields of right-to-left languages' panes. */
      input, textarea, [contenteditable] { unicode-bidi: plaintext; text-align: start; }
      /* Decap's preview, side-by-side and scroll-sync buttons float over the top right of the
         editor, where right-to-left text starts: they get a column of their own instead. */
      [class*="-ViewControls"] { display: flex; flex-direction: column; gap: 4px; right: 6px; }
      [class*="-ViewControls"] ~ * .Pane2 > [class*="-ControlPaneContainer"],
      [class*="-ViewControls"] ~ [class*="-NoPreviewContainer"] { padding-inline-end: 56px; }
      /* The admin's language and town switcher, bottom left over Decap's sidebar. */
      #crossroads-admin-bar { position: fixed; inset-inline-start: 12px; inset-block-end: 12px; z-index: 400;
        display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; max-inline-size: 250px; padding: 8px 10px;
        border-radius: 5px; background: #fff; box-shadow: 0 2px 6px rgb(68 74 87 / 15%); font: 13px/1.3 system-ui, sans-serif; color: #313d3e; }
      /* Out of the entry editor, where it would cover fields (and switching reloads, losing edits). */
      #crossroads-admin-bar[hidden] { display: none; }
      #crossroads-admin-bar label { display: grid; gap: 2px; }
      #crossroads-admin-bar select { min-block-size: 30px; border: 1px solid #c6cad6; border-radius: 4px; background: #fff; }
`;

/** admin/index.html and admin/<town>/index.html: load Decap, then the admin script, which starts Decap. */
export function adminPage(o: AdminPageOptions): string {
  const base = o.decapBase ?? '';
  const data = JSON.stringify({ towns: o.towns, previewStyles: o.previewStyles, town: o.town?.slug }).replace(/</g, '\\u003c');
  const title = o.town ? `${o.town.name} · content editor` : 'Crossroads · content editor';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="referrer" content="no-referrer" />
    <title>${escapeHtml(title)}</title>
    <link href="config.yml" type="text/yaml" rel="cms-config-url" />
    <script type="application/json" id="crossroads-admin">${data}</script>
    <script>window.CMS_MANUAL_INIT = true;</script>
    <style>${adminStyles}    </style>
  </head>
  <body>
    <noscript>The content editor needs JavaScript.</noscript>
    <script src="${base}decap-cms.js"></script>
    <script ${o.module ? 'type="module" ' : ''}src="${o.script}"></script>
  </body>
</html>
`;
}

/** The site's built stylesheets, as linked from its English home page. */
function builtStylesheets(outDir: string): string[] {
  const home = path.join(outDir, defaultLocale, 'index.html');
  if (!fs.existsSync(home)) return [];
  const html = fs.readFileSync(home, 'utf8');
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
}

/**
 * The site imports rrule the CommonJS way (`import rrulePackage from 'rrule'`), as Node resolves it
 * for the build; in a browser bundle rrule resolves to its ES build, which has no default export.
 * For browser code only (the admin's previews reuse lib/calendar/recurrence.ts), read it as a namespace.
 */
function rruleInBrowser(): Plugin {
  return {
    name: 'crossroads-rrule-in-browser',
    enforce: 'pre',
    transform(code, _id, options) {
      const server =
        options?.ssr ?? (this as { environment?: { config?: { consumer?: string } } }).environment?.config?.consumer === 'server';
      const defaultImport = /import (\w+) from (['"])rrule\2/g;
      if (server || !defaultImport.test(code)) return undefined;
      return { code: code.replace(defaultImport, 'import * as $1 from $2rrule$2'), map: null };
    },
  };
}

/** Bundles cms/admin/main.ts into one classic script. */
async function bundleAdminScript(outFile: string): Promise<void> {
  await viteBuild({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    // cms/admin imports src/ through the `~/` alias of tsconfig.json, as the site does.
    resolve: { tsconfigPaths: true },
    plugins: [rruleInBrowser()],
    build: {
      outDir: path.dirname(outFile),
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      lib: { entry: adminEntry, formats: ['iife'], name: 'CrossroadsAdmin', fileName: () => path.basename(outFile) },
    },
  });
}

/** Writes the whole admin into `<outDir>/admin/`. */
export async function writeAdmin(outDir: string, contentDir?: string): Promise<string[]> {
  const adminDir = path.join(outDir, 'admin');
  fs.mkdirSync(adminDir, { recursive: true });
  const files = decapFiles();
  for (const name of files) fs.writeFileSync(path.join(adminDir, name), decapFile(name));
  const setup = loadCmsSetup({ contentDir });
  fs.writeFileSync(path.join(adminDir, 'config.yml'), cmsConfigYaml(setup));
  await bundleAdminScript(path.join(adminDir, 'crossroads-admin.js'));
  const page = { previewStyles: builtStylesheets(outDir), module: false, towns: setup.towns };
  fs.writeFileSync(path.join(adminDir, 'index.html'), adminPage({ ...page, script: 'crossroads-admin.js' }));
  // Each town's own admin: the same Decap and script, a config with that town's collections first.
  const townPages = setup.towns.flatMap((town) => {
    fs.mkdirSync(path.join(adminDir, town.slug), { recursive: true });
    fs.writeFileSync(path.join(adminDir, town.slug, 'config.yml'), cmsConfigYaml({ ...setup, town: town.slug }));
    fs.writeFileSync(
      path.join(adminDir, town.slug, 'index.html'),
      adminPage({ ...page, script: '../crossroads-admin.js', decapBase: '../', town }),
    );
    return [`${town.slug}/config.yml`, `${town.slug}/index.html`];
  });
  return [...files, 'config.yml', 'crossroads-admin.js', 'index.html', ...townPages];
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
          // A town's own admin: /admin/<town>/ and its config.yml.
          const towns = readTowns(path.resolve(configuredContentDir()));
          const [first, rest = ''] = name.split(/\/(.*)/s);
          const town = towns.find((t) => t.slug === first);
          if (url.pathname === '/admin' || (town && name === town.slug)) {
            res.statusCode = 301;
            res.setHeader('location', `${url.pathname}/`);
            return res.end();
          }
          const page = town ? rest || 'index.html' : name;
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
              }),
            );
          }
          if (page === 'config.yml') {
            const setup = loadCmsSetup({
              localBackendUrl: process.env.CROSSROADS_CMS_PROXY_URL,
              branch: process.env.CROSSROADS_CMS_BRANCH,
              town: town?.slug,
            });
            return send('text/yaml; charset=utf-8', cmsConfigYaml(setup));
          }
          // The stylesheet as written; the built site serves Vite's processed copy instead.
          if (name === 'site.css') return send('text/css; charset=utf-8', fs.readFileSync(path.join(root, 'src/styles/site.css')));
          if (decap.has(name)) {
            return send(name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8', decapFile(name));
          }
          return next();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writeAdmin(fileURLToPath(dir));
        logger.info(`Decap CMS admin written to admin/ (${written.length} files)`);
      },
    },
  };
}
