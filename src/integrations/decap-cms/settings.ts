/**
 * The CMS's hand-edited settings (`cms/settings.yml`: the git host, the CODEOWNERS organisation)
 * and everything the config generator needs, read from the repository and a content folder; and
 * `npm run cms:config`, which writes `cms/config.yml` and `cms/CODEOWNERS.template` from them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { codeownersTemplate } from '../../lib/cms/codeowners';
import type { OrgsByTown } from '../../lib/cms/collection-names';
import { cmsConfigYaml, defaultLocalBackendUrl, type CmsBackend, type CmsSetup } from '../../lib/cms/config';
import { contentDir as configuredContentDir } from '../../lib/content/source';
import { defaultLocale } from '../../lib/i18n/locales';
import { readTowns, type AdminTown } from './towns';

/** The repository root, where decap-server runs and Decap's paths start. */
export const root = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** Hand-edited CMS settings: the git host and the CODEOWNERS organisation. */
export const cmsSettingsFile = path.join(root, 'cms/settings.yml');
export const cmsConfigFile = path.join(root, 'cms/config.yml');
export const codeownersFile = path.join(root, 'cms/CODEOWNERS.template');

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

/** Everything the config generator needs, read from the repository and a content folder. */
export function loadCmsSetup(
  opts: { contentDir?: string; localBackendUrl?: string; branch?: string; town?: string; org?: string } = {},
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
    ...(opts.org === undefined ? {} : { org: opts.org }),
  };
}

/** The organisations with editors of their own in each town, by slug. */
export const orgsByTown = (towns: AdminTown[]): OrgsByTown => Object.fromEntries(towns.map((t) => [t.slug, t.orgs.map((o) => o.slug)]));

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
      orgsByTown(setup.towns),
    ),
  );
  return [cmsConfigFile, codeownersFile];
}
