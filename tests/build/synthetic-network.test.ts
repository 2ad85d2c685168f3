/**
 * A generated network (src/lib/synthetic-network.ts) is real content: it builds, and every
 * service gets its page in every locale. Kept small (2 towns × 4 services) so it takes seconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateNetwork } from '../../src/lib/synthetic-network';
import { localeCodes } from '../../src/lib/locales';
import { readCategoryFiles, writeNetwork } from '../../scripts/generate-network';
import { buildSite, readPage, testDist, type BuildResult } from '../helpers/build';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-synthetic-build-'));
const content = path.join(scratch, 'content');
const outDir = path.join(testDist, 'synthetic');
const files = generateNetwork({ towns: 2, services: 4, locales: 2, translated: 1, seed: 3, categoryFiles: readCategoryFiles() });
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

describe('a generated network of 2 towns × 4 services, translated into Arabic', () => {
  it('builds', () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
  });

  it('has a page for every service in every locale, with the service’s name', () => {
    expect(services).toHaveLength(8);
    for (const locale of localeCodes) {
      for (const s of services) {
        const html = readPage(outDir, `/${locale}/services/${s.slug}/`);
        if (locale !== 'ar') expect(html).toContain(s.name);
      }
    }
  });

  it('shows the Arabic translation on the Arabic pages', () => {
    expect(arabic.length).toBe(8);
    for (const s of arabic) expect(readPage(outDir, `/ar/services/${s.slug}/`)).toContain(s.name);
  });
});
