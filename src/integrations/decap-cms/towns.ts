/**
 * The town folders of a content folder, as the admin lists them: read straight from the files, so
 * a town added while `npm run cms` runs shows up without a restart, and a broken profile (the
 * build's to report) does not keep its editors out. With each town, the organisations that have
 * editors of their own there (providers with `editors: true` that work in the town), whose records
 * live in `towns/<town>/orgs/<provider>/` and who get an admin of their own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { defaultLocale } from '../../lib/i18n/locales';

/** An organisation with its own editors in a town: its provider's slug and English name. */
export interface AdminOrg {
  slug: string;
  name: string;
}

/** A town as the admin needs it: its folder, English name, the languages its office speaks and its organisations. */
export interface AdminTown {
  slug: string;
  name: string;
  officeLanguages: string[];
  /** Organisations with editors of their own in the town, by slug. */
  orgs: AdminOrg[];
}

/** A YAML file's top-level mapping, or an empty one when it is missing or broken (the build reports it). */
function readMapping(file: string): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(fs.readFileSync(file, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const folders = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((t) => !t.startsWith('.') && fs.statSync(path.join(dir, t)).isDirectory()) : [];
const yamlFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^[a-z0-9-]+\.yml$/.test(f)) : []);

/** Providers with `editors: true` (network-wide and in every town), with the towns they work in. */
function providersWithEditors(contentDir: string, townSlugs: string[]): (AdminOrg & { towns: string[] })[] {
  const dirs = [
    path.join(contentDir, 'network', 'providers', defaultLocale),
    ...townSlugs.map((t) => path.join(contentDir, 'towns', t, 'providers', defaultLocale)),
  ];
  return dirs.flatMap((dir) =>
    yamlFiles(dir).flatMap((file) => {
      const { editors, name, towns } = readMapping(path.join(dir, file));
      if (editors !== true) return [];
      const slug = file.slice(0, -'.yml'.length);
      return [
        {
          slug,
          name: typeof name === 'string' && name.trim() ? name.trim() : slug,
          towns: Array.isArray(towns) ? towns.filter((t): t is string => typeof t === 'string') : [],
        },
      ];
    }),
  );
}

/** Town folders of a content folder, with each town's English name, office languages and organisations from its files. */
export function readTowns(contentDir: string): AdminTown[] {
  const townsDir = path.join(contentDir, 'towns');
  const slugs = folders(townsDir).sort();
  const orgs = providersWithEditors(contentDir, slugs);
  return slugs.map((slug) => {
    const { name, officeLanguages: languages } = readMapping(path.join(townsDir, slug, 'profile', defaultLocale, `${slug}.yml`));
    return {
      slug,
      name: typeof name === 'string' && name.trim() ? name.trim() : slug,
      officeLanguages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : [],
      orgs: orgs
        .filter((o) => o.towns.includes(slug))
        .map(({ slug: org, name: orgName }) => ({ slug: org, name: orgName }))
        .sort((a, b) => a.slug.localeCompare(b.slug, 'en')),
    };
  });
}
