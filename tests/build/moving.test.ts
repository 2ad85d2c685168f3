/**
 * The arrival and moving pages as built from the small fixture: the arrival page needs no
 * JavaScript and is linked from its town, the moving view's per-town files exist in every locale
 * and stay small, the service page links the same service elsewhere and the moving view, the
 * sitemap lists the new pages, and the arrival steps' open-data file validates against its schema
 * as an HSDS page.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { locales } from '~/lib/i18n/locales';
import { paths } from '~/lib/routing/routes';
import { readPage, sites } from '../helpers/build';
import { hsdsErrors } from '../helpers/hsds';

const json = (p: string) => JSON.parse(fs.readFileSync(path.join(sites.mini, p), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateStep = ajv.compile(JSON.parse(fs.readFileSync('public/data/hsds/x_arrival_step.schema.json', 'utf8')));

describe('the arrival page', () => {
  it('lists the town’s steps in order with their deadline, service and documents, in the HTML', () => {
    const html = readPage(sites.mini, paths.arriving('en', 'alpha'));
    const steps = [...html.matchAll(/<li class="card" id="step-([a-z-]+)"/g)].map((m) => m[1]);
    expect(steps).toEqual(['housing', 'meals', 'family-meals']);
    expect(html).toContain('Within 3 months of arrival');
    expect(html).toContain('Before the end of your first season in Alpha');
    expect(html).toContain(`href="${paths.service('en', 'alpha-housing')}"`);
    expect(html).toContain('Passport or Residence permit');
    // The coming deadline of the town (15 December, from the build's 23 November).
    expect(html).toContain('Meal voucher renewals');
  });

  it('is linked from its town’s page, and a town without steps links none', () => {
    expect(readPage(sites.mini, paths.town('en', 'alpha'))).toContain(`href="${paths.arriving('en', 'alpha')}"`);
    expect(fs.existsSync(path.join(sites.mini, paths.arriving('en', 'beta'), 'index.html'))).toBe(true);
  });

  it('shows editor markup in a step as text', () => {
    const html = readPage(sites.mini, paths.arriving('en', 'beta'));
    expect(html).toContain('&lt;b&gt;on Thursday&lt;/b&gt;');
    expect(html).not.toContain('<b>on Thursday</b>');
  });
});

describe('the moving view’s files', () => {
  it('exist for every town in every locale, in that locale, and stay small', () => {
    for (const l of locales) {
      for (const town of ['alpha', 'beta']) {
        const file = path.join(sites.mini, paths.movingTown(l.code, town));
        expect(fs.statSync(file).size).toBeLessThan(20_000);
        expect(json(paths.movingTown(l.code, town)).town).toBe(town);
      }
    }
    expect(json(paths.movingTown('ar', 'alpha')).steps.find((s: { step: string }) => s.step === 'meals').todo).toBe(
      'اطلب من المدرسة وجبات مجانية لطفلك.',
    );
  });

  it('are on a page that works as a plain GET form without JavaScript', () => {
    const html = readPage(sites.mini, paths.moving('en'));
    const form = /<form id="moving-form"[^>]*>/.exec(html)?.[0] ?? '';
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/en/moving/"');
    expect(html).toContain('name="from"');
    expect(html).toContain('name="to"');
    expect(html).toContain(`href="${paths.arriving('en', 'alpha')}"`);
  });
});

describe('the links for people moving', () => {
  it('lead from a service to the same service in other towns and to the moving view from its town', () => {
    const html = readPage(sites.mini, paths.service('en', 'alpha-school-meals'));
    expect(html).toContain(`href="${paths.service('en', 'beta-food')}"`);
    expect(html).toContain(`href="${paths.moving('en')}?from=alpha"`);
  });

  it('are in the sitemap: each town’s arrival page and the moving view, in every language', () => {
    const sitemap = readPage(sites.mini, '/sitemaps/en-1.xml');
    expect(sitemap).toContain(`https://crossroads.example.org${paths.arriving('en', 'alpha')}`);
    expect(sitemap).toContain(`https://crossroads.example.org${paths.moving('en')}`);
  });
});

describe('the arrival steps as open data', () => {
  it.each(locales.map((l) => l.code))('validate against their schema in %s, as an HSDS page', (locale) => {
    const file = json(`/data/hsds/${locale}/x_arrival_steps.json`);
    expect(file.extension).toBe('x_arrival_steps');
    const { extension: _e, version: _v, ...page } = file;
    expect(hsdsErrors('page', [page])).toEqual([]);
    const errors = file.contents.flatMap((r: { step: string }) => {
      const step = r.step;
      return validateStep(r) ? [] : validateStep.errors!.map((e) => `${step} ${e.instancePath}: ${e.message}`);
    });
    expect(errors).toEqual([]);
    expect(file.contents).toHaveLength(5);
  });
});
