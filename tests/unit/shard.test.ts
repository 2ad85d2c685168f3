import { describe, expect, it } from 'vitest';
import { checkShardSet, mergeWrites, planMerge, readMarker, type ShardOutput } from '../../src/lib/build/merge';
import {
  inShard,
  parseShard,
  shardOf,
  shardsOfLocale,
  splitLocales,
  wholeLocales,
  type ShardKey,
  type ShardPlan,
} from '../../src/lib/build/shard';

const plan: ShardPlan = { locales: ['en', 'ar', 'fa'], towns: ['delta', 'alpha', 'charlie', 'bravo'] };

/** Every page a small site has: site-wide files, and per locale pages with no town, each town's, and a joint record's. */
const pages: ShardKey[] = [
  {},
  ...plan.locales.flatMap((locale) => [
    { locale },
    { locale, towns: [] },
    ...plan.towns.map((t) => ({ locale, towns: [t] })),
    { locale, towns: ['delta', 'bravo'] },
  ]),
];

describe('CROSSROADS_SHARD', () => {
  it('reads i/n counting from 1, and unset or empty as the whole site', () => {
    expect(parseShard('2/3')).toEqual({ index: 1, count: 3 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 0, count: 1 });
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('')).toBeUndefined();
  });

  it.each([
    ['0/3', /i = 0 outside 1…3/],
    ['4/3', /i = 4 outside 1…3/],
    ['1/0', /n = 0/],
    ['1/1001', /n = 1001/],
    ['2', /is not i\/n/],
    ['1/3/5', /is not i\/n/],
    ['a/b', /is not i\/n/],
    ['-1/3', /is not i\/n/],
    ['1.5/3', /is not i\/n/],
  ])('refuses %s, naming the variable and what it expects', (value, why) => {
    expect(() => parseShard(value)).toThrow(why);
    expect(() => parseShard(value)).toThrow(/CROSSROADS_SHARD=.*expected i\/n with 1 ≤ i ≤ n ≤ 1000/);
  });
});

describe('the shard of a page', () => {
  it.each([1, 2, 3, 4, 5, 7, 12, 30])('puts every page in exactly one of %i shards, each of them a real one', (n) => {
    for (const page of pages) {
      const owners = Array.from({ length: n }, (_, index) => index).filter((index) => inShard(page, plan, { index, count: n }));
      expect(owners).toHaveLength(1);
      expect(owners[0]).toBe(shardOf(page, plan, n));
    }
  });

  it('keeps every page in a build that is not sharded', () => {
    expect(pages.every((p) => inShard(p, plan, undefined))).toBe(true);
  });

  it('splits by whole locales when there are no more shards than locales', () => {
    expect(shardOf({ locale: 'en', towns: ['alpha'] }, plan, 2)).toBe(0);
    expect(shardOf({ locale: 'ar', towns: ['alpha'] }, plan, 2)).toBe(1);
    expect(shardOf({ locale: 'fa', towns: ['delta'] }, plan, 2)).toBe(0);
    expect(splitLocales(plan, 3)).toEqual([]);
    expect(wholeLocales(plan, { index: 0, count: 2 })).toEqual(['en', 'fa']);
    expect(wholeLocales(plan, undefined)).toEqual(['en', 'ar', 'fa']);
  });

  it('gives the first locales one shard more when the shards do not divide evenly', () => {
    expect([0, 1, 2].map((j) => shardsOfLocale(j, 3, 7))).toEqual([
      [0, 1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(splitLocales(plan, 4)).toEqual(['en']);
    expect(wholeLocales(plan, { index: 0, count: 4 })).toEqual([]);
    expect(wholeLocales(plan, { index: 2, count: 4 })).toEqual(['ar']);
  });

  it('deals a split locale’s towns over its shards in slug order, and its pages about no town to its first', () => {
    // en has shards 0 and 1 of 4; towns in slug order: alpha, bravo, charlie, delta.
    expect(['alpha', 'bravo', 'charlie', 'delta'].map((t) => shardOf({ locale: 'en', towns: [t] }, plan, 4))).toEqual([0, 1, 0, 1]);
    expect(shardOf({ locale: 'en' }, plan, 4)).toBe(0);
    expect(shardOf({ locale: 'en', towns: [] }, plan, 4)).toBe(0);
  });

  it('puts a record of several towns with the first of them in slug order, whatever their order in the record', () => {
    expect(shardOf({ locale: 'en', towns: ['delta', 'bravo'] }, plan, 4)).toBe(shardOf({ locale: 'en', towns: ['bravo'] }, plan, 4));
    expect(shardOf({ locale: 'en', towns: ['bravo', 'delta'] }, plan, 4)).toBe(1);
  });

  it('puts site-wide files in the first shard', () => {
    expect(shardOf({}, plan, 5)).toBe(0);
    expect(shardOf({ towns: ['delta'] }, plan, 30)).toBe(0);
  });

  it('throws on a locale or town the network does not have, instead of dropping the page', () => {
    expect(() => shardOf({ locale: 'xx' }, plan, 2)).toThrow('unknown locale "xx"');
    expect(() => shardOf({ locale: 'en', towns: ['nowhere'] }, plan, 4)).toThrow('unknown town "nowhere"');
  });
});

const outputs = (labels: string[], locales = ['en', 'ar', 'fa']): ShardOutput[] =>
  labels.map((label, i) => ({ dir: `d${i}`, shard: parseShard(label)!, locales }));

describe('merging shards', () => {
  it('accepts every shard once, in any order, and names the split locales', () => {
    expect(checkShardSet(outputs(['2/4', '1/4', '4/4', '3/4']))).toEqual({ count: 4, locales: ['en', 'ar', 'fa'], split: ['en'] });
  });

  it('refuses a missing shard, naming it', () => {
    expect(() => checkShardSet(outputs(['1/3', '3/3']))).toThrow('missing shard 2/3');
  });

  it('refuses a shard given twice, naming both folders', () => {
    expect(() => checkShardSet(outputs(['1/2', '2/2', '2/2']))).toThrow('shard 2/2 is given twice: d1 and d2');
  });

  it('refuses shards of different splits or locales', () => {
    expect(() => checkShardSet(outputs(['1/2', '2/3']))).toThrow('d1 is a shard of 3, d0 of 2');
    expect(() => checkShardSet([...outputs(['1/2']), { dir: 'x', shard: { index: 1, count: 2 }, locales: ['en'] }])).toThrow(
      'x was built with locales en',
    );
  });

  it('refuses no folder at all, saying what it needs', () => {
    expect(() => checkShardSet([])).toThrow('needs the output folders of every shard');
  });

  it('reads a marker, and refuses a broken or hostile one naming the folder and field', () => {
    expect(readMarker('d', '{"shard":"2/3","locales":["en"]}')).toEqual({ dir: 'd', shard: { index: 1, count: 3 }, locales: ['en'] });
    expect(() => readMarker('d', 'not json')).toThrow('d/crossroads-shard.json is not JSON');
    expect(() => readMarker('d', '{"shard":3,"locales":["en"]}')).toThrow('d/crossroads-shard.json: shard:');
    expect(() => readMarker('d', '{"shard":"1/2","locales":[]}')).toThrow('d/crossroads-shard.json: locales:');
    expect(() => readMarker('d', '{"shard":"9/2","locales":["en"]}')).toThrow('i = 9 outside 1…2');
    expect(() => readMarker('d', '{"shard":"","locales":["en"]}')).toThrow('shard is empty');
  });

  it('takes each file from its shard, lists the ones several shards wrote, and leaves what the merge writes', () => {
    const skip = mergeWrites({ split: ['en'] });
    const plan = planMerge(
      [
        { dir: 'a', files: ['_astro/x.css', 'en/index.html', 'pagefind/en/p.pf_meta', 'pagefind/ar/p.pf_meta', 'crossroads-shard.json'] },
        {
          dir: 'b',
          files: ['_astro/x.css', 'en/towns/b/index.html', 'pagefind/en/q.pf_meta', 'sw.js', '_headers', 'crossroads-shard.json'],
        },
      ],
      skip,
    );
    expect([...plan.from]).toEqual([
      ['_astro/x.css', 'a'],
      ['en/index.html', 'a'],
      ['pagefind/ar/p.pf_meta', 'a'],
      ['en/towns/b/index.html', 'b'],
    ]);
    expect([...plan.overlaps]).toEqual([['_astro/x.css', ['a', 'b']]]);
  });
});
