/**
 * A generated network (bench/synthetic-network.ts) is real content: it builds, and every
 * service gets its page in every locale. Kept small (14 towns × 1 service) so it takes seconds,
 * yet has more towns than one comparison page holds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateNetwork } from '../../bench/synthetic-network';
import { localeCodes } from '~/lib/i18n/locales';
import { readCategoryFiles, writeNetwork } from '../../scripts/generate-network';
import { paths } from '~/lib/routing/routes';
import { townPageOf, townsPerPage } from '~/lib/routing/town-pages';
import { buildSite, readPage, testDist, type BuildResult } from '../helpers/build';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-synthetic-build-'));
const content = path.join(scratch, 'content');
const outDir = path.join(testDist, 'synthetic');
const files = generateNetwork({ towns: 14, services: 1, locales: 2, translated: 1, seed: 3, categoryFiles: readCategoryFiles() });
const services = Object.entries(files)
  .filter(([p]) => /^towns\/[^/]+\/services\/en\//.test(p))
  .map(([p, text]) => ({ slug: path.basename(p, '.yml'), name: parse(text).name as string }));
const arabic = Object.entries(files)
  .filter(([p]) => /^towns\/[^/]+\/services\/ar\//.test(p))
  .map(([p, text]) => ({ slug: path.basename(p, '.yml'), name: parse(text).name as string }));
let result: BuildResult;

beforeAll(() => {
  writeNetwork(content, files);
  result = buildSite({ content, outDir });
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('a generated network of 14 towns × 1 service, translated into Arabic', () => {
  it('builds', () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
  });

  it('has a page for every service in every locale, with the service’s name', () => {
    expect(services).toHaveLength(14);
    for (const locale of localeCodes) {
      for (const s of services) {
        const html = readPage(outDir, `/${locale}/services/${s.slug}/`);
        if (locale !== 'ar') expect(html).toContain(s.name);
      }
    }
  });

  it('shows the Arabic translation on the Arabic pages', () => {
    expect(arabic.length).toBe(14);
    for (const s of arabic) expect(readPage(outDir, `/ar/services/${s.slug}/`)).toContain(s.name);
  });

  it(`splits each topic's town-by-town comparison into pages of ${townsPerPage} towns, each with an index of every town`, () => {
    const townSlugs = [
      ...new Set(
        Object.keys(files)
          .filter((p) => p.startsWith('towns/'))
          .map((p) => p.split('/')[1]),
      ),
    ];
    expect(townSlugs).toHaveLength(14);
    const categories = [
      ...new Set(
        Object.keys(files)
          .filter((p) => p.startsWith('network/categories/'))
          .map((p) => path.basename(p, '.yml')),
      ),
    ];
    expect(categories.length).toBeGreaterThan(0);
    for (const locale of ['en', 'ar'] as const) {
      for (const category of categories) {
        const columns: string[] = [];
        for (const page of [1, 2]) {
          const html = readPage(outDir, paths.category(locale, category, page));
          const here = [...html.matchAll(/<h2 id="town-([a-z0-9-]+)"/g)].map((m) => m[1]);
          expect(here.length).toBeLessThanOrEqual(townsPerPage);
          columns.push(...here);
          // The index links every town to its column, on this page or the other.
          for (const town of townSlugs) {
            const href = `${townPageOf(townSlugs, town) === page ? '' : paths.category(locale, category, townPageOf(townSlugs, town))}#town-${town}`;
            expect(html, `${locale} ${category} page ${page} → ${town}`).toContain(`href="${href}"`);
          }
        }
        expect(columns.sort()).toEqual([...townSlugs].sort());
        // The coordinators' side-by-side table is split the same way.
        const overview = [1, 2].flatMap((page) =>
          [
            ...readPage(outDir, paths.overviewCategory(locale, category, page)).matchAll(
              /<th scope="colgroup" colspan="\d+" id="town-([a-z0-9-]+)"/g,
            ),
          ].map((m) => m[1]),
        );
        expect(overview.sort()).toEqual([...townSlugs].sort());
        expect(fs.existsSync(path.join(outDir, paths.category(locale, category, 3)))).toBe(false);
      }
      // The coordinators' overview is split the same way, and links a town's services to the page its column is on.
      const overview = [1, 2].map((page) => readPage(outDir, paths.overview(locale, page)));
      const matrixTowns = overview.flatMap((html) => [...html.matchAll(/<th scope="col" id="town-([a-z0-9-]+)"/g)].map((m) => m[1]));
      expect(matrixTowns.sort()).toEqual([...townSlugs].sort());
      expect(overview[1]).toMatch(new RegExp(`href="/${locale}/categories/[a-z-]+/2/#town-`));
      expect(overview[0]).toContain(`href="${paths.overview(locale, 2)}#town-`);
    }
  });

  it('folds the agendas’ town filters, keeping the town being shown in view', () => {
    const townSlugs = [
      ...new Set(
        Object.keys(files)
          .filter((p) => p.startsWith('towns/'))
          .map((p) => p.split('/')[1]),
      ),
    ];
    const all = readPage(outDir, paths.calendar('en'));
    const folded = all.slice(all.indexOf('<details class="fold">'));
    expect(all).toContain('<details class="fold">');
    for (const town of townSlugs) expect(folded).toContain(`href="${paths.calendarTown('en', town)}"`);
    const one = readPage(outDir, paths.calendarTown('en', townSlugs[5]));
    const before = one.slice(0, one.indexOf('<details class="fold">'));
    expect(before).toContain(`href="${paths.calendarTown('en', townSlugs[5])}" aria-current="page"`);
  });
});
