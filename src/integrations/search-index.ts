/**
 * Indexes the built site with Pagefind, one bundle per locale (`/pagefind/<locale>/`), as the
 * last step of `astro build`. Separate bundles keep what a phone downloads to the reader's own
 * language (index and stemmer), and let the English bundle load as a second, independent
 * instance for the cross-language fallback. Only elements marked `data-pagefind-body` (service
 * and calendar entry pages) are indexed; header, footer and crumbs are ignored.
 *
 * The bundles are made byte-identical from run to run (pagefind-stable.ts), as the rest of the
 * build is. Used by the Astro integration below, so `npm run build`, `npm start` and the test builds all run
 * the same step, and a failure fails the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildShard, shardLabel, wholeLocales } from '../lib/build/shard';
import { localeCodes, type LocaleCode } from '../lib/i18n/locales';
import { paths } from '../lib/routing/routes';
import { bundleWritten, stabilisePagefindBundle } from './pagefind-stable';
import { searchBundlePreloads, withHeadLinks, type PagefindEntry } from '../lib/build/module-preload';

// Pagefind writes its ready-made UIs too; the site has its own island, so they would only be
// dead weight on the host.
const unusedFiles = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

// Only service and calendar entry pages carry `data-pagefind-body`; Pagefind is pointed at just
// those folders, since reading every other page (sheets, lists, agendas) only to skip it doubles
// the indexing time. A new indexed page type must be added here.
const indexedGlob = (locale: string) => `${locale}/{services,calendar}/*/index.html`;

export interface IndexedLocale {
  locale: LocaleCode;
  pages: number;
}

/**
 * Writes `<siteDir>/pagefind/<locale>/` for every locale (or those given: a shard's whole
 * locales, or the split ones after a merge, scripts/build-merge.ts), then points each of their
 * search pages at its bundle's first files (preloadSearchBundles).
 * @throws when Pagefind reports an error or a locale has no indexable page.
 */
export async function indexSearch(siteDir: string, only: readonly LocaleCode[] = localeCodes): Promise<IndexedLocale[]> {
  const done: IndexedLocale[] = [];
  try {
    for (const locale of only) {
      const created = await pagefind.createIndex({});
      if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
      const { index } = created;
      const added = await index.addDirectory({ path: siteDir, glob: indexedGlob(locale) });
      if (added.errors.length) throw new Error(`Pagefind failed on ${locale}: ${added.errors.join('; ')}`);
      if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${locale}/`);
      const outputPath = path.join(siteDir, paths.searchBundle(locale));
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
      await bundleWritten(outputPath);
      for (const file of fs.readdirSync(outputPath)) {
        if (unusedFiles.test(file)) fs.rmSync(path.join(outputPath, file));
      }
      stabilisePagefindBundle(outputPath);
      await index.deleteIndex();
      done.push({ locale, pages: added.page_count });
    }
  } finally {
    await pagefind.close();
  }
  preloadSearchBundles(
    siteDir,
    done.map((d) => d.locale),
  );
  return done;
}

/**
 * Gives each locale's search page preload links for its bundle's first files and its vocabulary
 * (searchBundlePreloads says why), once the bundle exists: the metadata's name carries a hash of
 * the index. A locale without a search page or a bundle is left alone.
 */
export function preloadSearchBundles(siteDir: string, locales: readonly LocaleCode[] = localeCodes): number {
  let changed = 0;
  for (const locale of locales) {
    const page = path.join(siteDir, paths.search(locale), 'index.html');
    const entryFile = path.join(siteDir, paths.searchBundle(locale), 'pagefind-entry.json');
    if (!fs.existsSync(page) || !fs.existsSync(entryFile)) continue;
    const html = fs.readFileSync(page, 'utf8');
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? locale;
    const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as PagefindEntry;
    const links = searchBundlePreloads(paths.searchBundle(locale), entry, lang, paths.searchWords(locale));
    const preloaded = withHeadLinks(html, links);
    if (preloaded !== html) {
      fs.writeFileSync(page, preloaded);
      changed++;
    }
  }
  return changed;
}

/** The Astro integration: indexes the output once the build is written. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'crossroads-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // A shard indexes the locales it has whole; the merge indexes those split over shards.
        const shard = buildShard();
        const only = wholeLocales({ locales: localeCodes }, shard);
        if (shard && !only.length) {
          logger.info(`shard ${shardLabel(shard)} has no whole locale: the merge indexes its pages`);
          return;
        }
        const started = performance.now();
        const indexed = await indexSearch(fileURLToPath(dir), only);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        // bench/build.ts reads the time from this line.
        logger.info(`Pagefind read ${indexed.map((i) => `${i.locale} ${i.pages}`).join(', ')} pages in ${seconds} s`);
      },
    },
  };
}
