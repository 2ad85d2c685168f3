import { describe, expect, it } from 'vitest';
import {
  bucketCount,
  bucketOf,
  emptyList,
  has,
  isEmpty,
  listHash,
  merge,
  parseListHash,
  parseStored,
  sameItems,
  serialize,
  toggle,
} from '~/lib/sharing/my-list';

describe('saving and removing', () => {
  it('adds a service at the end and removes it on the second tap', () => {
    const one = toggle(emptyList(), 'services', 'valmara-food-bank');
    const two = toggle(one, 'services', 'aurelia-legal-aid');
    expect(two.services).toEqual(['valmara-food-bank', 'aurelia-legal-aid']);
    expect(has(two, 'services', 'valmara-food-bank')).toBe(true);
    expect(toggle(two, 'services', 'valmara-food-bank').services).toEqual(['aurelia-legal-aid']);
  });

  it('keeps services and dates apart', () => {
    const list = toggle(toggle(emptyList(), 'services', 'x'), 'entries', 'x');
    expect(list).toEqual({ services: ['x'], entries: ['x'] });
    expect(isEmpty(toggle(toggle(list, 'services', 'x'), 'entries', 'x'))).toBe(true);
  });

  it('does not change the list it was given', () => {
    const list = { services: ['a'], entries: [] };
    toggle(list, 'services', 'b');
    expect(list.services).toEqual(['a']);
  });
});

describe('the stored list', () => {
  it('reads back what was written', () => {
    const list = { services: ['a', 'b-2'], entries: ['c'] };
    expect(parseStored(serialize(list))).toEqual(list);
  });

  it('reads nothing, broken JSON or foreign data as an empty list', () => {
    expect(parseStored(null)).toEqual(emptyList());
    expect(parseStored('{oops')).toEqual(emptyList());
    expect(parseStored('"text"')).toEqual(emptyList());
    expect(parseStored(JSON.stringify({ services: 'a' }))).toEqual(emptyList());
  });

  it('drops anything that is not a slug, and repeats', () => {
    const stored = JSON.stringify({ services: ['ok-1', '<script>', 'ok-1', 'UPPER', 7], entries: ['../x', 'fine'] });
    expect(parseStored(stored)).toEqual({ services: ['ok-1'], entries: ['fine'] });
  });
});

describe('the list in a link', () => {
  it('puts services after s= and dates after e= in the fragment', () => {
    expect(listHash({ services: ['a', 'b'], entries: ['c'] })).toBe('#s=a,b&e=c');
    expect(listHash({ services: [], entries: ['c'] })).toBe('#e=c');
    expect(listHash(emptyList())).toBe('');
  });

  it('reads the fragment back into the same list', () => {
    const list = { services: ['valmara-food-bank', 'aurelia-legal-aid'], entries: ['valmara-housing-deadline'] };
    expect(parseListHash(listHash(list))).toEqual(list);
    expect(parseListHash('s=a')).toEqual({ services: ['a'], entries: [] });
  });

  it('ignores fragments that carry no list, such as a plain anchor', () => {
    expect(parseListHash('')).toBeUndefined();
    expect(parseListHash('#main')).toBeUndefined();
  });

  it('drops parts of a tampered link that are not slugs', () => {
    expect(parseListHash('#s=a,%3Cimg%3E,,b&e=javascript:alert(1)')).toEqual({ services: ['a', 'b'], entries: [] });
  });
});

describe('a shared list and the one on the device', () => {
  it('merge without repeats, the device list first', () => {
    expect(merge({ services: ['a', 'b'], entries: [] }, { services: ['b', 'c'], entries: ['d'] })).toEqual({
      services: ['a', 'b', 'c'],
      entries: ['d'],
    });
  });

  it('compare by their items, in any order', () => {
    expect(sameItems({ services: ['a', 'b'], entries: [] }, { services: ['b', 'a'], entries: [] })).toBe(true);
    expect(sameItems({ services: ['a'], entries: [] }, { services: [], entries: ['a'] })).toBe(false);
  });
});

describe('the files that name saved items', () => {
  it('hold about a hundred records each, however large the network', () => {
    expect(bucketCount(0)).toBe(1);
    expect(bucketCount(100)).toBe(1);
    expect(bucketCount(101)).toBe(2);
    expect(bucketCount(10_400)).toBe(104);
  });

  it('put a slug in the same file every time, and spread slugs evenly', () => {
    expect(bucketOf('valmara-food-bank', 7)).toBe(bucketOf('valmara-food-bank', 7));
    expect(bucketOf('anything', 1)).toBe(0);
    const sizes = new Array(10).fill(0);
    for (let i = 0; i < 5000; i++) sizes[bucketOf(`town-${i % 50}-service-${i}`, 10)]++;
    // 500 each if perfectly even; none is far off.
    for (const size of sizes) {
      expect(size).toBeGreaterThan(400);
      expect(size).toBeLessThan(600);
    }
  });
});
