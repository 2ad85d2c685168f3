/**
 * The Decap CMS configuration is generated from the content schemas: every schema field has a CMS
 * field and the other way round, widgets store what the schema accepts, each town's collections
 * stay inside its own folder, and the committed cms/config.yml is what the generator writes today.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { codeownersTemplate } from '~/lib/cms/codeowners';
import { cmsConfig, cmsConfigYaml, type CmsCollection, type CmsSetup } from '~/lib/cms/config';
import { fieldFor, markdownButtons, recordFields, type CmsField } from '~/lib/cms/fields';
import { cmsFieldPaths, cmsRequirements, schemaFieldPaths, schemaRequirements } from '../helpers/cms-field-paths';
import { decapFiles, patchDecapBundle } from '~/integrations/decap-cms/decap-bundle';
import { cmsConfigFile, codeownersFile, loadCmsSetup, orgsByTown, readCmsSettings } from '~/integrations/decap-cms/settings';
import { readTowns } from '~/integrations/decap-cms/towns';
import { stylesheetPart } from '~/integrations/decap-cms';
import { defaultLocale, localeCodes } from '~/lib/i18n/locales';
import { recordKinds, type RecordKind } from '~/lib/content/schema';

const labels = JSON.parse(fs.readFileSync('locales/en.json', 'utf8'));
const setup: CmsSetup = {
  towns: [
    { slug: 'alpha', name: 'Alpha' },
    { slug: 'beta', name: 'Beta' },
  ],
  labels,
  backend: { name: 'github', repo: 'example/crossroads', branch: 'main' },
};
const config = cmsConfig(setup) as { collections: CmsCollection[]; [k: string]: any };
const byName = (name: string) => config.collections.find((c) => c.name === name)!;
const kinds = Object.keys(recordKinds) as RecordKind[];

/** A field by requirement path (`locations[].hours[].opens`). */
const fieldAt = (fields: CmsField[], p: string) => field(fields, p.replaceAll('[]', ''));

/** A field by dotted path (`eligibility.documents`, `locations.hours.opens`). */
function field(fields: CmsField[], dotted: string): CmsField {
  const [head, ...rest] = dotted.split('.');
  const f = fields.find((x) => x.name === head);
  if (!f) throw new Error(`no field ${head}`);
  return rest.length ? field(f.fields ?? [], rest.join('.')) : f;
}

describe('fields generated from the schemas', () => {
  it.each(kinds)('cover exactly the %s schema, field for field', (kind) => {
    const fields = recordFields(kind, { towns: ['alpha'], labels });
    expect(cmsFieldPaths(fields)).toEqual(schemaFieldPaths(kind));
  });

  it('fail the test when a field exists in the CMS but not in the schema', () => {
    const fields = recordFields('services', { towns: ['alpha'], labels });
    const extra = [...fields, { name: 'priority', label: 'Priority', widget: 'string' }];
    expect(cmsFieldPaths(extra)).not.toEqual(schemaFieldPaths('services'));
  });

  it('mark text fields translatable and structured fields not', () => {
    const fields = recordFields('services', { towns: ['alpha'], labels });
    const text = Object.keys(recordKinds.services.text.shape);
    for (const f of fields) expect(Boolean(f.i18n), f.name).toBe(text.includes(f.name));
  });

  it('use the fixed lists as selects, with their English labels', () => {
    const fields = recordFields('services', { towns: ['alpha'], labels });
    const statuses = field(fields, 'eligibility.residenceStatuses');
    expect(statuses).toMatchObject({ widget: 'select', multiple: true, default: [] });
    expect(statuses.options).toContainEqual({ value: 'refugee', label: 'Recognised refugees' });
    expect(statuses.options?.map((o) => o.value)).toContain('temporary-protection');
    expect(field(fields, 'status')).toMatchObject({ widget: 'select', default: 'active' });
    // UI strings with placeholders become plain labels.
    expect(JSON.stringify(field(fields, 'eligibility.residence').options)).not.toContain('{{');
  });

  it('give documents as a list of groups, each a choice of one or more documents that must not be empty', () => {
    const documents = field(recordFields('services', { towns: ['alpha'], labels }), 'eligibility.documents');
    expect(documents).toMatchObject({ widget: 'list', default: [], label_singular: 'Group of documents' });
    const [oneOf] = documents.fields ?? [];
    expect(oneOf).toMatchObject({ name: 'oneOf', widget: 'select', multiple: true, required: true, min: 1 });
    expect(oneOf.options).toContainEqual({ value: 'passport', label: 'Passport' });
  });

  it('turn references into selects fed from every collection that can hold them, own town first', () => {
    const fields = recordFields('services', { towns: ['alpha', 'beta'], ownTown: 'beta', labels } as never);
    expect(field(fields, 'provider')).toMatchObject({
      widget: 'crossroads-ref',
      ref: 'providers',
      multiple: false,
      collections: ['beta-providers', 'network-providers', 'alpha-providers'],
    });
    expect(field(fields, 'towns')).toMatchObject({ ref: 'towns', multiple: true, min: 1, default: ['beta'] });
    expect(field(fields, 'categories')).toMatchObject({ collections: ['network-categories'], multiple: true });
  });

  it('put dates and local times on the browser’s own date inputs, with hints that spell no format the field does not show', () => {
    const service = recordFields('services', { towns: [], labels });
    expect(field(service, 'reviewed')).toMatchObject({ widget: 'crossroads-date', today_button: true });
    const entry = recordFields('calendar', { towns: [], labels });
    expect(field(entry, 'timed.start')).toMatchObject({ widget: 'crossroads-datetime' });
    expect(field(entry, 'allDay.start')).toMatchObject({ widget: 'crossroads-date' });
    expect(field(entry, 'allDay.start')).not.toHaveProperty('today_button');
    expect(field(entry, 'recurrence.exdates').field).toMatchObject({ widget: 'crossroads-date' });
    const all = (fields: CmsField[]): CmsField[] => fields.flatMap((f) => [f, ...all(f.fields ?? []), ...(f.field ? [f.field] : [])]);
    const dates = all([...service, ...entry]).filter((f) => f.widget === 'crossroads-date' || f.widget === 'crossroads-datetime');
    expect(dates.length).toBe(7);
    expect(all([...service, ...entry]).filter((f) => f.widget === 'datetime')).toEqual([]);
    for (const f of dates) expect(`${f.label} ${f.hint ?? ''}`, f.name).not.toMatch(/YYYY|HH:MM|MM\/DD|\bDD\b/i);
    expect(field(entry, 'recurrence.rrule')).toMatchObject({ widget: 'crossroads-rrule' });
    // Set on save by the admin; a visible `{{now}}` default would leak into translation files.
    expect(field(entry, 'updated')).toMatchObject({ widget: 'hidden', required: false });
    expect(field(entry, 'updated')).not.toHaveProperty('default');
  });

  it.each(kinds)('say "required" and "optional" of every %s field as the schema does', (kind) => {
    const fields = recordFields(kind, { towns: ['alpha'], labels });
    const cms = cmsRequirements(fields);
    // Decap counts `false` as empty, so a required tick box could never be unticked; the change
    // time is set by the admin on save, never by the editor.
    const exempt = (path: string) => ['boolean', 'hidden'].includes(fieldAt(fields, path).widget);
    const schema = schemaRequirements(kind);
    expect(Object.keys(cms).sort()).toEqual(Object.keys(schema).sort());
    const disagree = Object.keys(schema).filter((p) => !exempt(p) && cms[p] !== schema[p]);
    expect(disagree).toEqual([]);
  });

  it('fail the parity test when a field says optional where the schema requires it', () => {
    const entry = recordFields('calendar', { towns: ['alpha'], labels });
    field(entry, 'location.address.postalCode').required = false;
    expect(cmsRequirements(entry)['location.address.postalCode']).not.toBe(schemaRequirements('calendar')['location.address.postalCode']);
  });

  it('require the fields of an optional group once it is given, without defaults that would create it', () => {
    const entry = recordFields('calendar', { towns: ['alpha'], ownTown: 'alpha', labels } as never);
    expect(field(entry, 'location.address.postalCode').required).toBe(true);
    expect(field(entry, 'location').required).toBe(false);
    expect(field(entry, 'allDay.start').required).toBe(true);
    expect(field(entry, 'location.address.town')).not.toHaveProperty('default');
    expect(field(entry, 'kind').required).toBe(true);
  });

  it('offer language codes by name and store the code', () => {
    const service = recordFields('services', { towns: [], labels });
    const languages = field(service, 'languages');
    expect(languages).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(languages.options).toContainEqual({ label: 'Arabic', value: 'ar' });
    expect(languages.options).toContainEqual({ label: 'Dari', value: 'fa-AF' });
    const town = recordFields('towns', { towns: [], labels });
    expect(field(town, 'officeLanguages')).toMatchObject({ widget: 'select', multiple: true });
  });

  it('name list items in plain words, not by the stored field (no "EXDATE", no "1 dates the series skips")', () => {
    const entry = recordFields('calendar', { towns: [], labels });
    const exdates = field(entry, 'recurrence.exdates');
    expect(exdates.label_singular).toBe('Day without an occurrence');
    expect(exdates.field?.label).toBe('Day without an occurrence');
    expect(JSON.stringify(entry)).not.toMatch(/"label(?:_singular)?":"[^"]*exdate/i);
  });

  it('limit markdown to what the site renders: emphasis, links and lists, no components', () => {
    const fields = recordFields('services', { towns: [], labels });
    expect(field(fields, 'description')).toMatchObject({ widget: 'markdown', buttons: markdownButtons, editor_components: [] });
    expect(markdownButtons).toEqual(['bold', 'italic', 'link', 'bulleted-list', 'numbered-list']);
    expect(field(fields, 'summary').widget).toBe('text');
    expect(field(fields, 'name').widget).toBe('string');
  });

  it('carry the schema’s patterns so Decap rejects what the build would', () => {
    const fields = recordFields('services', { towns: [], labels });
    const phone = field(fields, 'contacts.phone');
    expect(new RegExp(phone.pattern![0]).test('+390612345678')).toBe(true);
    expect(new RegExp(phone.pattern![0]).test('06 1234 5678')).toBe(false);
    expect(field(fields, 'eligibility.ageMin')).toMatchObject({ widget: 'number', value_type: 'int', min: 0, max: 120 });
  });

  it('refuse a schema field it has no widget for, or a reference to a kind it cannot list, naming the field', () => {
    const ctx = { towns: [], labels, translatable: false, parentRequired: true };
    expect(() => fieldFor('partner', z.string().meta({ ref: 'people' }), ctx)).toThrow(/field "partner" refers to "people"/);
    expect(() => fieldFor('when', z.date(), ctx)).toThrow(/no widget for the zod type "date" of field "when"/);
    expect(fieldFor('partner', z.string().meta({ ref: 'providers' }), ctx)).toMatchObject({ widget: 'crossroads-ref', ref: 'providers' });
  });
});

describe('collections', () => {
  it('give each town its profile, services, providers and calendar, inside its own folder', () => {
    for (const town of ['alpha', 'beta']) {
      for (const [name, folder] of [
        [`${town}-profile`, 'profile'],
        [`${town}-services`, 'services'],
        [`${town}-providers`, 'providers'],
        [`${town}-calendar`, 'calendar'],
      ]) {
        expect(byName(name).folder).toBe(`content/towns/${town}/${folder}`);
      }
    }
    expect(byName('alpha-profile')).toMatchObject({ create: false, delete: false });
    expect(byName('alpha-services').slug).toBe('alpha-{{slug}}');
  });

  it('add the network-wide collections', () => {
    for (const kind of ['categories', 'services', 'providers', 'calendar']) {
      expect(byName(`network-${kind}`).folder).toBe(`content/network/${kind}`);
    }
  });

  it('edit every locale side by side in multiple folders, with the editorial workflow', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: localeCodes, default_locale: defaultLocale });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
    expect(config.collections.every((c) => c.i18n === true && c.extension === 'yml')).toBe(true);
    // Saved through the content's own serializer, the format of the kind the folder holds.
    expect(byName('alpha-services').format).toBe('crossroads-services');
    expect(byName('network-calendar').format).toBe('crossroads-calendar');
  });

  it('put a building network’s folders below its own content root', () => {
    const other = cmsConfig({ ...setup, contentRoot: 'tests/fixtures/mini' }) as { collections: CmsCollection[] };
    expect(other.collections[0].folder).toBe('tests/fixtures/mini/network/categories');
  });
});

describe('the committed files', () => {
  it('cms/config.yml is what the generator writes for the repository’s content (run `npm run cms:config`)', () => {
    const expected = cmsConfigYaml(loadCmsSetup({ contentDir: path.resolve('content') }));
    expect(fs.readFileSync(cmsConfigFile, 'utf8')).toBe(expected);
    const orgs = readTowns(path.resolve('content')).flatMap((t) => t.orgs);
    expect(parse(expected).collections.length).toBe(4 + 4 * fs.readdirSync('content/towns').length + 2 * orgs.length);
  });

  it('cms/CODEOWNERS.template gives each town folder to its own editors', () => {
    const towns = fs.readdirSync('content/towns').sort();
    const expected = codeownersTemplate(towns, readCmsSettings().codeownersOrg, 'content', orgsByTown(readTowns(path.resolve('content'))));
    expect(fs.readFileSync(codeownersFile, 'utf8')).toBe(expected);
    for (const town of towns) expect(expected).toMatch(new RegExp(`^/content/towns/${town}/\\s+@\\S+/${town}-editors$`, 'm'));
  });
});

describe('the Decap bundle', () => {
  const source = fs.readFileSync(path.resolve('node_modules/decap-cms/dist/decap-cms.js'), 'utf8');
  const patched = patchDecapBundle(source);

  it('ships the main bundle, its chunks and its WebAssembly, without source maps', () => {
    const files = decapFiles();
    expect(files).toContain('decap-cms.js');
    expect(files.filter((f) => /^\d+\.decap-cms\.js$/.test(f)).length).toBeGreaterThan(10);
    expect(files.some((f) => f.endsWith('.map'))).toBe(false);
  });

  it('is patched so a locale folder goes next to the file even when the slug names the town folder too', () => {
    // Pull the two patched functions out of the bundle and run them.
    const getFilePath = /case (\w+)\.MULTIPLE_FOLDERS:(\{const cr\$i=[^}]*\})/.exec(patched)![2];
    const normalize = /case (\w+)\.MULTIPLE_FOLDERS:(\{const cr\$s=[^}]*\})/.exec(patched)![2];
    const pathFn = new Function('n', 'r', 'i', getFilePath.replace(/^\{|\}$/g, '')) as (p: string, s: string, l: string) => string;
    const vars = /cr\$j=(\w+)\.lastIndexOf/.exec(normalize)!;
    const localeVar = /const cr\$s="\/"\+(\w+)\+/.exec(normalize)![1];
    const normFn = new Function(vars[1], localeVar, normalize.replace(/^\{|\}$/g, '')) as (p: string, l: string) => string;
    expect(pathFn('content/towns/aurelia/profile/aurelia.yml', 'aurelia', 'ar')).toBe('content/towns/aurelia/profile/ar/aurelia.yml');
    expect(pathFn('content/towns/aurelia/services/aurelia-x.yml', 'aurelia-x', 'en')).toBe(
      'content/towns/aurelia/services/en/aurelia-x.yml',
    );
    expect(normFn('content/towns/aurelia/services/es/aurelia-x.yml', 'es')).toBe('content/towns/aurelia/services/aurelia-x.yml');
    expect(normFn('content/towns/arta/profile/ar/arta.yml', 'ar')).toBe('content/towns/arta/profile/arta.yml');
  });

  it('refuses to build with a Decap version whose code it cannot patch', () => {
    expect(() => patchDecapBundle('console.log(1)')).toThrow(/not found/);
  });
});

describe('the admin under astro dev', () => {
  it('serves the stylesheet and the parts it imports for previews, and nothing outside src/styles', () => {
    expect(stylesheetPart('site.css')).toBe(path.resolve('src/styles/site.css'));
    const imported = [...fs.readFileSync('src/styles/site.css', 'utf8').matchAll(/@import '\.\/([^']+)'/g)].map((m) => m[1]);
    expect(imported).toContain('components/calendar.css');
    for (const part of imported) expect(stylesheetPart(part)).toBe(path.resolve('src/styles', part));
    for (const bad of [
      '../../package.json',
      '../pages/index.astro',
      'base.js',
      'components/missing.css',
      '/etc/passwd.css',
      '../../../etc/x.css',
    ]) {
      expect(stylesheetPart(bad)).toBeUndefined();
    }
  });
});
