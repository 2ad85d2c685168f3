import { afterEach, describe, expect, it } from 'vitest';
import { networkMetrics, translatedLocales, translationFigures } from '~/lib/metrics/metrics';
import { metricsCsv, metricsRows, parseMetricsCsv } from '~/lib/metrics/metrics-files';
import { directoryOf } from '../helpers/directory';
import { removeVariants, variant, withFields } from '../helpers/content';

afterEach(removeVariants);

const today = '2026-11-23';
const d = directoryOf();
const m = networkMetrics(d, today);
const town = (slug: string) => m.towns.find((t) => t.town === slug)!;

describe('the shared figures of the fixture network', () => {
  it('count the services each town can use, a joint service in each town and once in the network', () => {
    expect(town('alpha').services).toBe(3);
    expect(town('beta').services).toBe(2);
    expect(m.network.services).toBe(4);
  });

  it('count the services checked within the review age, and name the oldest check', () => {
    expect(d.settings.staleAfterDays).toBe(365);
    expect(town('beta')).toMatchObject({ checked: 1, checkedPercent: 50, oldestReviewed: '2024-01-10' });
    expect(m.network).toMatchObject({ checked: 3, checkedPercent: 75, oldestReviewed: '2024-01-10' });
  });

  it('measure translation per language over text fields, leaving out proper names', () => {
    expect(town('alpha').translations.map((t) => t.locale)).toEqual(translatedLocales);
    const ar = town('alpha').translations.find((t) => t.locale === 'ar')!;
    expect(ar.translated).toBeGreaterThan(0);
    expect(ar.percent).toBe(Math.round((ar.translated / ar.fields) * 100));
    // A town's name is a proper name: written as it is, it needs no translation.
    const [profile] = translationFigures([d.town('beta')]);
    expect(profile.fields).toBe(
      Object.keys(d.town('beta').text.en!).filter((f) => f !== 'name' && d.town('beta').text.en![f as 'name'] !== undefined).length,
    );
  });

  it('list the topics a town lacks, and the network’s gaps together', () => {
    expect(town('beta').gaps).toEqual([{ town: 'beta', category: 'housing' }]);
    expect(town('alpha').gaps).toEqual([]);
    expect(m.network.gaps).toEqual([{ town: 'beta', category: 'housing' }]);
  });

  it('name the rules where a town differs from most towns, as the topic comparison marks them', () => {
    expect(town('alpha').differingRules).toContainEqual({ town: 'alpha', category: 'food', rule: 'document:proof-of-address' });
    expect(town('beta').differingRules.every((r) => r.category === 'food')).toBe(true);
    expect(m.network.differingRules).toHaveLength(town('alpha').differingRules.length + town('beta').differingRules.length);
  });

  it('count the dates of the next 90 days, a joint date once in the network', () => {
    expect(m.upcomingDays).toBe(90);
    expect(town('alpha').upcomingDates).toBe(3);
    expect(town('beta').upcomingDates).toBe(1);
    expect(m.network.upcomingDates).toBe(3);
    expect(networkMetrics(d, '2030-01-01').network.upcomingDates).toBeLessThanOrEqual(m.network.upcomingDates);
  });

  it('leave an ended service out of every figure', () => {
    const ended = directoryOf(variant(withFields('towns/beta/services/en/beta-food.yml', { status: 'ended' })));
    const figures = networkMetrics(ended, today);
    expect(figures.towns.find((t) => t.town === 'beta')!.services).toBe(1);
    expect(figures.network.services).toBe(3);
  });

  it('are the same for the same content and day, whatever the clock says', () => {
    expect(JSON.stringify(networkMetrics(directoryOf(), today))).toBe(JSON.stringify(m));
  });
});

describe('the CSV', () => {
  const csv = metricsCsv(m);

  it('has one figure a line, the day and the review age first, with CRLF line ends', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('scope,indicator,key,value');
    expect(lines.slice(1, 4)).toEqual([`network,date,,${today}`, 'network,stale_after_days,,365', 'network,upcoming_days,,90']);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('holds the same numbers as the metrics, and reads back as written', () => {
    const rows = parseMetricsCsv(csv).slice(3);
    expect(rows).toEqual(metricsRows(m));
    expect(rows).toContainEqual({ scope: 'beta', indicator: 'checked_percent', key: '', value: '50' });
    expect(rows).toContainEqual({ scope: 'beta', indicator: 'gap', key: 'housing', value: '1' });
    expect(rows).toContainEqual({
      scope: 'network',
      indicator: 'translated_percent',
      key: 'ar',
      value: String(m.network.translations[0].percent),
    });
  });

  it('holds slugs, codes and numbers only, so no editor text reaches a spreadsheet', () => {
    for (const r of parseMetricsCsv(csv)) {
      expect(`${r.scope},${r.indicator},${r.key}`).toMatch(/^[a-z0-9,_:/-]*$/);
      expect(r.value).toMatch(/^(\d+|\d{4}-\d{2}-\d{2})$/);
    }
  });
});
