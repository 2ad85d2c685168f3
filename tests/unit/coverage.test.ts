/**
 * The network overview's logic over the small fixture network: Alpha has housing and (through the
 * joint service) food; Beta has food only, so Beta × housing is a gap.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork, type Network } from '~/lib/content/read';
import {
  compareCategory,
  comparisonOf,
  compareCellText,
  compareRowLabel,
  coverageCsv,
  coverageMatrix,
  csvField,
  differences,
  documentValue,
  gapsByTown,
} from '~/lib/open-data/coverage';
import { getT } from '~/lib/i18n/i18next';
import type { DocumentType } from '~/lib/content/schema';

const mini = readNetwork(path.resolve('tests/fixtures/mini'));
const sample = readNetwork(path.resolve('content'));

/** A copy of the network with one service changed. */
function withService(network: Network, slug: string, change: (shared: any) => void): Network {
  const services = network.services.map((s) => {
    if (s.slug !== slug) return s;
    const copy = structuredClone(s);
    change(copy.shared);
    return copy;
  });
  return { ...network, services };
}

describe('the coverage matrix', () => {
  const matrix = coverageMatrix(mini);
  const cell = (town: string, category: string) => matrix.rows.find((r) => r.category === category)!.cells.find((c) => c.town === town)!;

  it('counts the services each town’s residents can use in each category', () => {
    expect(matrix.towns).toEqual(['alpha', 'beta']);
    expect(matrix.rows.map((r) => r.category)).toEqual(mini.categories.map((c) => c.slug));
    expect(cell('alpha', 'housing')).toEqual({ town: 'alpha', category: 'housing', services: ['alpha-housing'], count: 1 });
    expect(cell('beta', 'food').services).toEqual(['beta-food', 'joint-food']);
    expect(cell('alpha', 'food').services).toEqual(['alpha-school-meals', 'joint-food']);
  });

  it('shows a town with no service in a category as a gap', () => {
    expect(cell('beta', 'housing').count).toBe(0);
    expect(matrix.gaps).toEqual([{ town: 'beta', category: 'housing' }]);
    expect(gapsByTown(matrix)).toEqual([{ town: 'beta', categories: ['housing'] }]);
  });

  it('no longer counts a service that has ended', () => {
    const ended = coverageMatrix(withService(mini, 'alpha-housing', (s) => (s.status = 'ended')));
    expect(ended.gaps).toEqual([
      { town: 'alpha', category: 'housing' },
      { town: 'beta', category: 'housing' },
    ]);
  });

  it('counts a service in every category it lists, not only its main one', () => {
    const both = coverageMatrix(withService(mini, 'beta-food', (s) => s.categories.push('housing')));
    expect(both.gaps).toEqual([]);
  });

  it('puts the towns in the order asked for', () => {
    expect(coverageMatrix(mini, ['beta', 'alpha']).rows[0].cells.map((c) => c.town)).toEqual(['beta', 'alpha']);
  });

  it('matches the sample content cell by cell', () => {
    const m = coverageMatrix(sample);
    for (const row of m.rows) {
      for (const c of row.cells) {
        const expected = sample.services.filter(
          (s) => s.shared.status !== 'ended' && s.shared.towns.includes(c.town) && s.shared.categories.includes(row.category),
        );
        expect(c.count, `${c.town} × ${row.category}`).toBe(expected.length);
      }
    }
  });
});

describe('the coverage CSV', () => {
  it('is the matrix with a header row, CRLF line ends', () => {
    const csv = coverageCsv(coverageMatrix(mini), { corner: 'category', category: (s) => s, town: (s) => s });
    expect(csv).toBe('category,alpha,beta\r\nhousing,1,0\r\nfood,2,2\r\n');
  });

  it('starts with a byte-order mark when asked, for spreadsheet programs', () => {
    const csv = coverageCsv(coverageMatrix(mini), { corner: 'الموضوع', category: (s) => s, town: (s) => s }, { bom: true });
    expect(csv.startsWith('\uFEFFالموضوع,')).toBe(true);
  });

  it('quotes fields with separators and defuses formulas', () => {
    expect(csvField('Housing, rent')).toBe('"Housing, rent"');
    expect(csvField('Say "hi"')).toBe('"Say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-3')).toBe('-3');
    expect(csvField('12')).toBe('12');
  });
});

describe('marking differences', () => {
  it('marks nothing when everyone agrees', () => {
    expect(differences(['a', 'a', undefined, 'a'])).toEqual({ varies: false, differs: [false, false, false, false] });
  });

  it('marks the values that differ from the most common one', () => {
    expect(differences(['a', 'b', 'a', undefined])).toEqual({ varies: true, differs: [false, true, false, false] });
  });

  it('marks every value when no value is the most common', () => {
    expect(differences(['a', 'b', undefined])).toEqual({ varies: true, differs: [true, true, false] });
  });
});

describe('comparing one category across towns', () => {
  const t = getT('en');

  it('has one column per service and one empty column for a town without any', () => {
    const housing = compareCategory(mini, 'housing');
    expect(housing.columns.map((c) => [c.town, c.service?.slug])).toEqual([
      ['alpha', 'alpha-housing'],
      ['beta', undefined],
    ]);
    const food = compareCategory(mini, 'food');
    expect(food.columns.map((c) => [c.town, c.service?.slug])).toEqual([
      ['alpha', 'alpha-school-meals'],
      ['alpha', 'joint-food'],
      ['beta', 'beta-food'],
      ['beta', 'joint-food'],
    ]);
  });

  it('lists the facts, with one row per document some service asks for', () => {
    const rows = compareCategory(mini, 'housing').rows;
    expect(rows.map((r) => (r.kind === 'document' ? `document:${r.document}` : r.kind))).toEqual([
      'status',
      'age',
      'residence',
      'document:passport',
      'document:residence-permit',
      'document:income-proof',
      'cost',
      'appointment',
    ]);
    expect(rows.map((r) => compareRowLabel(r, t))).toEqual([
      'Residence status',
      'Age',
      'Where you must live',
      'Passport',
      'Residence permit',
      'Proof of income',
      'Cost',
      'Appointment',
    ]);
  });

  it('marks the rules that differ between towns', () => {
    const food = compareCategory(mini, 'food');
    const row = (kind: string) => food.rows.find((r) => r.kind === kind)!;
    // joint-food (twice) is only for families, the most common answer; Alpha's school meals are for
    // children and families, beta-food for everyone.
    expect(row('audience')).toMatchObject({ varies: true, differs: [true, false, true, false] });
    expect(row('status')).toMatchObject({ varies: false, differs: [false, false, false, false] });
    // Two free and two reduced: no most common cost, so each is marked.
    expect(row('cost')).toMatchObject({ varies: true, differs: [true, true, true, true] });
  });

  it('keeps the differences of the whole network on a page of some towns only', () => {
    const food = compareCategory(mini, 'food');
    const beta = comparisonOf(food, ['beta']);
    expect(beta.columns.map((c) => c.service?.slug)).toEqual(['beta-food', 'joint-food']);
    expect(beta.rows.find((r) => r.kind === 'audience')).toMatchObject({ varies: true, differs: [true, false] });
    expect(beta.rows.map((r) => r.kind)).toEqual(food.rows.map((r) => r.kind));
  });

  it('says each fact in the reader’s language', () => {
    const housing = compareCategory(mini, 'housing');
    const service = housing.columns[0].service!;
    const text = (kind: string, locale: 'en' | 'ar' = 'en') =>
      compareCellText(
        housing.rows.find((r) => r.kind === kind || r.document === kind)!,
        service,
        getT(locale),
        locale,
      );
    expect(text('status')).toBe('recognised refugees');
    expect(text('age')).toBe('From age 18');
    expect(text('residence')).toBe('Registered as resident in the town for at least 12 months');
    expect(text('income-proof')).toBe('Needed');
    expect(text('cost')).toBe('Free');
    expect(text('income-proof', 'ar')).toBe(getT('ar')('overview.cell.needed'));
  });

  it('says of a document that is one of several which others would do instead', () => {
    const housing = compareCategory(mini, 'housing');
    const service = housing.columns[0].service!;
    const text = (document: string, locale: 'en' | 'ar' = 'en') =>
      compareCellText(
        housing.rows.find((r) => r.document === document)!,
        service,
        getT(locale),
        locale,
      );
    expect(text('passport')).toBe('Needed, or Residence permit instead');
    expect(text('residence-permit')).toBe('Needed, or Passport instead');
    expect(text('residence-permit', 'ar')).toBe('مطلوبة، أو بدلاً منها جواز السفر');
  });

  it('counts two towns as agreeing on a document only when they accept the same alternatives', () => {
    const groups = (...g: DocumentType[][]) => g.map((oneOf) => ({ oneOf }));
    expect(documentValue(groups(['passport']), 'passport')).toBe('needed');
    expect(documentValue(groups(['tax-code']), 'passport')).toBe('not-needed');
    expect(documentValue(groups(['residence-permit', 'passport']), 'passport')).toBe(
      documentValue(groups(['passport', 'residence-permit']), 'passport'),
    );
    expect(documentValue(groups(['passport', 'residence-permit']), 'passport')).not.toBe(
      documentValue(groups(['passport', 'asylum-card']), 'passport'),
    );
    expect(documentValue(groups(['passport', 'residence-permit']), 'passport')).not.toBe('needed');
  });

  it('shows which towns need which documents for housing help in the sample network', () => {
    const housing = compareCategory(sample, 'housing');
    const towns = new Set(housing.columns.map((c) => c.town));
    expect(towns.size).toBe(sample.towns.length);
    const documentRows = housing.rows.filter((r) => r.kind === 'document');
    expect(documentRows.length).toBeGreaterThan(1);
    expect(documentRows.some((r) => r.varies)).toBe(true);
  });
});
