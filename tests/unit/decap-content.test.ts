/**
 * The files Decap CMS writes are content the build accepts: blanks for untouched optional fields,
 * objects it leaves out, and translation files holding only some fields or empty strings.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropOptionalBlanks, isBlank } from '~/lib/content/blanks';
import { readNetwork } from '~/lib/content/read';
import { ContentError } from '~/lib/content/errors';
import { calendarShared, serviceShared } from '~/lib/content/schema';
import { previewRecord } from '~/lib/cms/preview';

const mini = path.resolve('tests/fixtures/mini');
const scratch: string[] = [];
function variant(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-decap-'));
  scratch.push(dir);
  fs.cpSync(mini, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// What Decap 3 wrote for a new service in the browser test, and for the locales left untouched.
const decapService = `name: Winter coats
summary: Free warm coats for children and adults every Saturday in winter.
description: ""
applySteps: []
provider: alpha-council
towns:
  - alpha
categories:
  - food
status: active
eligibility:
  residenceStatuses: []
  audiences: []
  ageMin: ""
  residence: none
  residenceMonths: 0
  documents: []
cost:
  type: free
  amountEUR: ""
appointment: walk-in
languages:
  - en
interpretation: false
locations: []
reviewed: 2026-11-20
`;

describe('a service as Decap CMS writes it', () => {
  it('is accepted, with its blanks read as "not given" and its left-out contacts as none', () => {
    const dir = variant({
      'towns/alpha/services/en/alpha-winter-coats.yml': decapService,
      'towns/alpha/services/ar/alpha-winter-coats.yml': 'name: معاطف الشتاء\nsummary: ""\napplySteps: []\n',
      'towns/alpha/services/fr/alpha-winter-coats.yml': 'applySteps: []\n',
      'towns/alpha/services/es/alpha-winter-coats.yml': '{}\n',
    });
    const service = readNetwork(dir).services.find((s) => s.slug === 'alpha-winter-coats')!;
    expect(service.shared.contacts).toEqual({});
    expect(service.shared.eligibility.ageMin).toBeUndefined();
    expect(service.shared.cost).toEqual({ type: 'free' });
    expect(service.shared.reviewed).toBe('2026-11-20');
    expect(service.text.en).not.toHaveProperty('description');
    // Partly translated: the Arabic name only; the summary falls back to English.
    expect(service.text.ar).toEqual({ name: 'معاطف الشتاء' });
    expect(service.text.fr).toEqual({});
    expect(service.text.es).toEqual({});
  });

  it('still fails on a blank required field, naming the field', () => {
    const dir = variant({ 'towns/alpha/services/en/alpha-winter-coats.yml': decapService.replace('reviewed: 2026-11-20', 'reviewed: ""') });
    try {
      readNetwork(dir);
      throw new Error('expected a problem');
    } catch (error) {
      expect((error as ContentError).problems).toContainEqual(expect.objectContaining({ field: 'reviewed' }));
    }
  });
});

describe('blanks of optional fields', () => {
  it('are dropped, groups of blanks included, following the schema', () => {
    const entry = {
      kind: 'deadline',
      allDay: { start: '2027-01-10', end: '' },
      timed: { start: '', end: '' },
      recurrence: { rrule: '', exdates: [], cancelled: [] },
      location: { name: '', address: { street: '', postalCode: '', town: '' }, geo: { lat: '', lon: '' } },
      timezone: '',
    };
    expect(dropOptionalBlanks(calendarShared, entry)).toEqual({ kind: 'deadline', allDay: { start: '2027-01-10' } });
  });

  it('are kept in required fields, so the schema reports them', () => {
    expect(dropOptionalBlanks(serviceShared, { provider: '', cost: { type: '' } })).toMatchObject({ provider: '', cost: { type: '' } });
  });

  it('leave unknown fields alone for the strict schema to report', () => {
    expect(dropOptionalBlanks(serviceShared, { colour: '' })).toHaveProperty('colour', '');
  });

  it('are what Decap writes for untouched widgets', () => {
    expect([undefined, null, '', [], {}, { a: '', b: [] }].every(isBlank)).toBe(true);
    expect([0, false, 'x', ['x'], { a: 0 }].some(isBlank)).toBe(false);
  });
});

describe('the CMS preview of a translation', () => {
  it('shows the locale’s text, falls back to English field by field, and keeps the structured fields', () => {
    const r = previewRecord('ar', { name: 'Coats', summary: 'Warm coats', cost: { type: 'free' } }, { name: 'معاطف', summary: '' }, [
      'name',
      'summary',
    ]);
    expect(r.text.value).toEqual({ name: 'معاطف', summary: 'Warm coats' });
    expect(r.text.fallbacks).toEqual(['summary']);
    expect(r.shared).toEqual({ cost: { type: 'free' } });
  });
});
