import { describe, expect, it } from 'vitest';
import { overviewPage } from '~/lib/pages/overview-page';
import { directoryOf } from '../helpers/directory';

const directory = directoryOf();
const page = (towns: string[], locale: 'en' | 'ar' = 'en') => overviewPage({ directory, locale, towns, page: 1, pages: 1 });

describe('the network overview’s view model, without a build', () => {
  it('counts each topic’s services town by town, for the page’s towns only', () => {
    const all = page(['beta', 'alpha']);
    expect(all.matrix.towns).toEqual(['alpha', 'beta']);
    expect(all.matrix.rows.map((r) => [r.category, r.cells.map((c) => c.count)])).toEqual([
      ['housing', [1, 0]],
      ['food', [2, 2]],
    ]);
    expect(page(['beta']).matrix.towns).toEqual(['beta']);
  });

  it('lists the gaps town by town', () => {
    expect(page(['alpha', 'beta']).gaps).toEqual([{ town: 'beta', categories: ['housing'] }]);
    expect(page(['alpha']).gaps).toEqual([]);
  });

  it('names towns and topics in the reader’s language, labelling a topic shown in English', () => {
    const ar = page(['alpha', 'beta'], 'ar');
    expect(ar.town('alpha').value.name).toBe('ألفا');
    expect(ar.categoryName('housing').label).toBeUndefined();
    expect(ar.categoryName('food').label).toBeDefined();
    expect(ar.townName('beta').label).toBeUndefined();
    expect(ar.townSlugs).toEqual(['alpha', 'beta']);
  });
});
