/**
 * The arrival steps as open data (src/lib/open-data/arrival-export.ts): every record of the sample
 * network validates against the published schema, in every locale, and links to the HSDS export
 * by its ids. The built file is checked on the fixture in tests/build/open-data.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildDirectory } from '~/lib/content/directory';
import { readNetwork } from '~/lib/content/read';
import { locales } from '~/lib/i18n/locales';
import { arrivalExtension } from '~/lib/open-data/arrival-export';

const d = buildDirectory(readNetwork(path.resolve('content')));
const site = new URL('https://crossroads.example.org');
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync('public/data/hsds/x_arrival_step.schema.json', 'utf8')));
type Record = { step: string; town_id: string; service_id: string; position: number; text_language: string | null; within: unknown };
const contents = (locale: (typeof locales)[number]['code']) => (arrivalExtension(d, locale, site) as { contents: Record[] }).contents;

describe('the HSDS arrival steps extension', () => {
  it.each(locales.map((l) => l.code))('validates against its published schema in %s', (locale) => {
    const records = contents(locale);
    // The step's key is read before validating: the validator narrows a record it refuses to `never`.
    const errors = records.flatMap((r) => {
      const step = r.step;
      return validate(r) ? [] : validate.errors!.map((e) => `${step} ${e.instancePath}: ${e.message}`);
    });
    expect(errors).toEqual([]);
    expect(records).toHaveLength(d.towns.reduce((n, town) => n + town.shared.arrivalSteps.length, 0));
  });

  it('links each step to its town and service by the ids the HSDS export uses, in the town’s order', () => {
    const records = contents('en');
    const ids = new Set(d.services.map((s) => s.id));
    expect(records.every((r) => ids.has(r.service_id))).toBe(true);
    const aurelia = records.filter((r) => r.town_id === d.town('aurelia').id);
    expect(aurelia.map((r) => [r.position, r.step])).toEqual([
      [1, 'register'],
      [2, 'health'],
      [3, 'school'],
    ]);
    expect(aurelia[0].within).toEqual({ amount: 20, unit: 'days' });
  });

  it('says which steps fell back to English in a language that lacks them', () => {
    expect(contents('uk').every((r) => r.text_language === null)).toBe(true);
    expect(contents('ti').every((r) => r.text_language === 'en-GB')).toBe(true);
  });

  it('refuses a record with a field the schema does not define', () => {
    expect(validate({ ...contents('en')[0], extra: 1 })).toBe(false);
  });
});
