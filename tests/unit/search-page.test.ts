import { afterEach, describe, expect, it } from 'vitest';
import { searchPage } from '~/lib/pages/search-page';
import { directoryOf } from '../helpers/directory';
import { removeVariants, variant, withField } from '../helpers/content';

const directory = directoryOf();

afterEach(removeVariants);

describe('the search page’s view model, without a build', () => {
  it('labels every filter the island offers in the reader’s language', () => {
    const ar = searchPage({ directory, locale: 'ar' });
    expect(Object.keys(ar.labels)).toEqual(Object.keys(ar.options));
    expect(ar.labels.town).toBe(ar.t('search.filter.town'));
    expect(ar.flags.map((f) => f.key)).toEqual(['nodocs', 'free']);
    expect(ar.options.town.map((o) => o.label)).toEqual(['ألفا', 'Beta']);
  });

  it('also searches the default language’s index off the default locale, and only there', () => {
    expect(searchPage({ directory, locale: 'en' }).fallback).toBeUndefined();
    expect(searchPage({ directory, locale: 'ar' }).fallback).toEqual({
      bundle: '/pagefind/en/',
      vocabulary: '/en/search-words.json',
      tag: 'en-GB',
      dir: 'ltr',
    });
  });

  it('lists the towns to browse by name in the reader’s language', () => {
    expect(searchPage({ directory, locale: 'en' }).towns.map((x) => x.text.value.name)).toEqual(['Alpha', 'Beta']);
  });

  it('keeps a hostile town name as text in the browse list and the town filter, for the page and island to escape', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const d = directoryOf(variant(withField('towns/beta/profile/en/beta.yml', 'name', hostile)));
    const page = searchPage({ directory: d, locale: 'en' });
    expect(page.towns.map((x) => x.text.value.name)).toContain(hostile);
    expect(page.options.town.map((o) => o.label)).toContain(hostile);
  });
});
