/**
 * `astro build`: the whole admin written into `dist/admin/` after the site, Decap's files, the
 * config generated for the content folder being built, the bundled admin script and the pages,
 * and the same for each town's own admin (`admin/<town>/`) and each organisation's with editors of its
 * own (`admin/<town>/<org>/`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { cmsConfigYaml } from '../../lib/cms/config';
import { defaultLocale } from '../../lib/i18n/locales';
import { adminPage } from './admin-page';
import { bundleAdminScript } from './admin-script';
import { decapFile, decapFiles } from './decap-bundle';
import { loadCmsSetup } from './settings';

/** The site's built stylesheets, as linked from its English home page. */
function builtStylesheets(outDir: string): string[] {
  const home = path.join(outDir, defaultLocale, 'index.html');
  if (!fs.existsSync(home)) return [];
  const html = fs.readFileSync(home, 'utf8');
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
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
  // Each town's own admin: the same Decap and script, a config with that town's collections first;
  // and inside it each of its organisations' own admin, with that organisation's collections alone.
  const write = (folder: string, config: string, html: string) => {
    fs.mkdirSync(path.join(adminDir, folder), { recursive: true });
    fs.writeFileSync(path.join(adminDir, folder, 'config.yml'), config);
    fs.writeFileSync(path.join(adminDir, folder, 'index.html'), html);
    return [`${folder}/config.yml`, `${folder}/index.html`];
  };
  const townPages = setup.towns.flatMap((town) => [
    ...write(
      town.slug,
      cmsConfigYaml({ ...setup, town: town.slug }),
      adminPage({ ...page, script: '../crossroads-admin.js', decapBase: '../', town }),
    ),
    ...town.orgs.flatMap((org) =>
      write(
        `${town.slug}/${org.slug}`,
        cmsConfigYaml({ ...setup, town: town.slug, org: org.slug }),
        adminPage({ ...page, script: '../../crossroads-admin.js', decapBase: '../../', town, org }),
      ),
    ),
  ]);
  return [...files, 'config.yml', 'crossroads-admin.js', 'index.html', ...townPages];
}
