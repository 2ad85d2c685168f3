/**
 * The town folders of a content folder, as the admin lists them: read straight from the files, so
 * a town added while `npm run cms` runs shows up without a restart, and a broken profile (the
 * build's to report) does not keep its editors out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { defaultLocale } from '../../lib/i18n/locales';

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
