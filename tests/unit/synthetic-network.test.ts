import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateNetwork, mulberry32, type SyntheticOptions } from '../../bench/synthetic-network';
import { readNetwork } from '~/lib/content/read';
import { locales as siteLocales } from '~/lib/i18n/locales';
import { readCategoryFiles, writeNetwork } from '../../scripts/generate-network';

const categoryFiles = readCategoryFiles();
const options: SyntheticOptions = { towns: 3, services: 5, locales: siteLocales.length, translated: 0.5, seed: 7, categoryFiles };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-synthetic-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('the synthetic network generator', () => {
  it('draws the same numbers from the same seed and different ones from another', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const c = mulberry32(2);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });

  it('gives identical files for the same seed, and a different network for another seed', () => {
    const first = generateNetwork(options);
    expect(generateNetwork(options)).toEqual(first);
    expect(generateNetwork({ ...options, seed: 8 })).not.toEqual(first);
  });

  it('writes a network of 3 towns × 5 services that passes the content reader’s validation', () => {
    const dir = path.join(scratch, 'net');
    writeNetwork(dir, generateNetwork(options));
    const network = readNetwork(dir);
    expect(network.towns).toHaveLength(3);
    expect(network.services).toHaveLength(15);
    expect(network.categories).toHaveLength(12);
    expect(network.providers.length).toBeGreaterThanOrEqual(3);
    expect(network.calendar.some((e) => e.shared.recurrence && e.shared.recurrence.exdates.length > 0)).toBe(true);
    // Some records are translated, fully or in part, and some are not.
    const arabic = network.services.filter((s) => s.text.ar);
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.length).toBeLessThan(15);
  });

  it('keeps field sizes realistic', () => {
    const files = generateNetwork({ ...options, towns: 2, services: 20 });
    const services = Object.entries(files)
      .filter(([p]) => /^towns\/[^/]+\/services\/en\//.test(p))
      .map(([, text]) => parse(text));
    expect(services).toHaveLength(40);
    for (const s of services) {
      expect(s.name.length).toBeGreaterThanOrEqual(20);
      expect(s.name.length).toBeLessThanOrEqual(60);
      expect(s.summary.length).toBeGreaterThan(80);
      expect(s.summary.length).toBeLessThan(200);
      expect(s.description.split('\n\n').length).toBeGreaterThanOrEqual(2);
      expect(s.applySteps.length).toBeGreaterThanOrEqual(3);
      expect(s.applySteps.length).toBeLessThanOrEqual(5);
      expect(s.locations.length).toBeGreaterThanOrEqual(1);
      expect(s.locations.length).toBeLessThanOrEqual(2);
      expect(s.locations[0].hours.length).toBeGreaterThan(0);
    }
    const statuses = new Set(services.flatMap((s) => s.eligibility.residenceStatuses));
    expect(statuses.size).toBeGreaterThan(3);
    expect(services.some((s) => s.eligibility.ageMin !== undefined)).toBe(true);
    expect(services.some((s) => s.eligibility.residence !== 'none')).toBe(true);
    // Documents come as groups: some services accept one of several documents.
    expect(
      services.some((s) => s.eligibility.documents.some((g: string | { oneOf: string[] }) => typeof g !== 'string' && g.oneOf.length > 1)),
    ).toBe(true);
  });

  it('writes content only in the first N locales, and caps N at the site’s number of locales', () => {
    const locales = (n: number) =>
      new Set(
        Object.keys(generateNetwork({ ...options, locales: n, translated: 1 }))
          .filter((p) => p.startsWith('towns/'))
          .map((p) => p.split('/').at(-2)),
      );
    expect([...locales(2)].sort()).toEqual(['ar', 'en']);
    expect(locales(siteLocales.length + 2).size).toBe(siteLocales.length);
  });

  it('writes each locale’s text in its own script', () => {
    const files = generateNetwork({ ...options, translated: 1 });
    const name = (locale: string) =>
      Object.entries(files)
        .filter(([p]) => p.startsWith(`towns/`) && p.includes(`/services/${locale}/`))
        .map(([, text]) => parse(text).name as string)
        .join(' ');
    expect(name('ur')).toMatch(/^[\u0600-\u06FF ]+$/);
    expect(name('so')).toMatch(/^[A-Za-z ]+$/);
    expect(name('ti')).toMatch(/^[\u1200-\u139F ]+$/);
  });
});
