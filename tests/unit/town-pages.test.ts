import { describe, expect, it } from 'vitest';
import { townPageOf, townPages, townsPerPage } from '~/lib/routing/town-pages';

const towns = (n: number) => Array.from({ length: n }, (_, i) => `town-${String(i).padStart(3, '0')}`);

describe('splitting a comparison into pages of towns', () => {
  it('keeps a regional network on one page', () => {
    expect(townPages(['valmara', 'aurelia', 'nerissa'])).toEqual([['aurelia', 'nerissa', 'valmara']]);
    expect(townPages([])).toEqual([[]]);
  });

  it(`splits a national network into pages of ${townsPerPage} towns, every town once`, () => {
    const pages = townPages(towns(200));
    expect(pages).toHaveLength(Math.ceil(200 / townsPerPage));
    expect(pages.every((p) => p.length <= townsPerPage)).toBe(true);
    expect(pages.flat().sort()).toEqual(towns(200));
  });

  it('puts a town on the same page whatever order the towns come in', () => {
    const list = towns(30);
    expect(townPageOf([...list].reverse(), 'town-013')).toBe(townPageOf(list, 'town-013'));
    expect(townPageOf(list, 'town-000')).toBe(1);
    expect(townPageOf(list, 'town-029')).toBe(Math.ceil(30 / townsPerPage));
    expect(() => townPageOf(list, 'atlantis')).toThrow('atlantis');
  });
});
