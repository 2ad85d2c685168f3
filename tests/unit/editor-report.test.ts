/**
 * The editor report on the small fixture network, on chosen days: what is stale, untranslated,
 * over but still confirmed, or pointing nowhere, each listed under the town that owns it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '~/lib/content/errors';
import { readNetwork, type Network } from '~/lib/content/read';
import { editorReport, formatEditorReport, ownerOfFile, referencesOf, reportCounts } from '~/lib/cms/editor-report';
import { defaultLocale, localeCodes } from '~/lib/i18n/locales';

const mini = path.resolve('tests/fixtures/mini');
const network = readNetwork(mini);
const owner = (report: ReturnType<typeof editorReport>, o: string) => report.owners.find((x) => x.owner === o)!;

describe('services past their review age', () => {
  it('are listed under their town, oldest first, with the days since their check', () => {
    const report = editorReport(network, '2026-11-23');
    expect(owner(report, 'beta').stale.map((s) => [s.slug, s.days])).toEqual([['beta-food', 1048]]);
    expect(owner(report, 'alpha').stale).toEqual([]);
  });

  it('become due the day after staleAfterDays', () => {
    expect(owner(editorReport(network, '2027-06-01'), 'alpha').stale).toEqual([]);
    expect(owner(editorReport(network, '2027-06-02'), 'alpha').stale.map((s) => s.slug)).toEqual(['alpha-housing']);
  });
});

describe('missing translations', () => {
  it('are listed per locale with the fields to translate, or "no file"', () => {
    const report = editorReport(network, '2026-11-23');
    const alpha = owner(report, 'alpha');
    const ar = alpha.translations.find((t) => t.locale === 'ar')!;
    const fr = alpha.translations.find((t) => t.locale === 'fr')!;
    expect(fr.records.find((r) => r.slug === 'alpha-housing')).toMatchObject({ noFile: true });
    expect(ar.records.find((r) => r.slug === 'alpha-council')).toMatchObject({ noFile: true, fields: expect.arrayContaining(['name']) });
    expect(alpha.translations.map((t) => t.locale)).toEqual(localeCodes.filter((c) => c !== defaultLocale));
  });
});

describe('past entries still marked upcoming', () => {
  it('are confirmed entries whose last occurrence is before the day', () => {
    // alpha-clinic: first Tuesday monthly from 2026-10-06, 8 times (last 2027-05-04).
    const slugs = (day: string) => owner(editorReport(network, day), 'alpha').pastUpcoming.map((e) => e.slug);
    expect(slugs('2027-05-04')).not.toContain('alpha-clinic');
    // The housing window ran to 2027-03-31.
    expect(slugs('2027-03-31')).not.toContain('alpha-housing-window');
    expect(slugs('2027-04-01')).toContain('alpha-housing-window');
    const after = owner(editorReport(network, '2027-05-05'), 'alpha').pastUpcoming;
    expect(after.map((e) => [e.slug, e.lastDate])).toContainEqual(['alpha-clinic', '2027-05-04']);
  });

  it('leave out entries already marked moved or cancelled', () => {
    const past = editorReport(network, '2030-01-01').owners.flatMap((o) => o.pastUpcoming.map((e) => e.slug));
    expect(past).not.toContain('joint-deadline');
  });
});

describe('broken references', () => {
  it('are found through the schema’s references, nested ones included', () => {
    const service = network.services.find((s) => s.slug === 'alpha-housing')!;
    const refs = referencesOf('services', service.shared).map((r) => `${r.field}→${r.target}`);
    expect(refs).toEqual(
      expect.arrayContaining(['provider→providers', 'towns[0]→towns', 'categories[0]→categories', 'locations[0].address.town→towns']),
    );
  });

  it('are reported for records the reader could not cross-check, with the files the build rejects', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-report-'));
    try {
      fs.cpSync(mini, dir, { recursive: true });
      const file = path.join(dir, 'towns/alpha/services/en/alpha-housing.yml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^provider: .*$/m, 'provider: nobody'));
      let partial: Network | undefined;
      let problems: ContentError['problems'] = [];
      try {
        readNetwork(dir);
      } catch (error) {
        partial = (error as ContentError).partial as Network;
        problems = (error as ContentError).problems;
      }
      const alpha = owner(editorReport(partial!, '2026-11-23', problems), 'alpha');
      expect(alpha.brokenReferences).toContainEqual(expect.objectContaining({ slug: 'alpha-housing', field: 'provider', value: 'nobody' }));
      expect(alpha.problems.length).toBeGreaterThan(0);
      expect(reportCounts(alpha).broken).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the report', () => {
  it('puts network-wide records first, then each town', () => {
    expect(editorReport(network, '2026-11-23').owners.map((o) => [o.owner, o.name])).toEqual([
      ['network', 'Network'],
      ['alpha', 'Alpha'],
      ['beta', 'Beta'],
    ]);
    expect(ownerOfFile('towns/beta/services/en/x.yml')).toBe('beta');
    expect(ownerOfFile('network/services/en/x.yml')).toBe('network');
  });

  it('prints as text for `npm run report`', () => {
    const text = formatEditorReport(editorReport(network, '2026-11-23'));
    expect(text).toMatch(/^## Beta \(beta\): 1 to review/m);
    expect(text).toContain('review: ');
  });
});
