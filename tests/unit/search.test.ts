import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  excerptParts,
  hasSearch,
  isUntranslatedResult,
  pagefindFilters,
  parseSearchState,
  searchQueryString,
  sameSearch,
} from '~/lib/search/search';

const towns = { town: ['valmara', 'aurelia'], category: ['housing', 'health'] };

describe('search state in the URL', () => {
  it('reads the query and the filters a caseworker sent', () => {
    expect(parseSearchState('?q=rent&town=valmara&free=yes', towns)).toEqual({
      q: 'rent',
      filters: { town: 'valmara', free: 'yes' },
    });
  });

  it('reads non-Latin queries as typed', () => {
    expect(parseSearchState('?q=%D8%B3%D9%83%D9%86').q).toBe('سكن');
  });

  it('drops values it does not know, unknown parameters and malformed flags', () => {
    expect(parseSearchState('?town=atlantis&category=health&utm_source=x&nodocs=1', towns)).toEqual({
      q: '',
      filters: { category: 'health' },
    });
  });

  it('writes parameters in a fixed order and leaves out empty ones', () => {
    const state = { q: 'rent', filters: { free: 'yes', town: 'valmara' } };
    expect(searchQueryString(state)).toBe('?q=rent&town=valmara&free=yes');
    expect(searchQueryString({ q: '  ', filters: {} })).toBe('');
  });

  it('round-trips through the URL', () => {
    const state = { q: 'médecin généraliste', filters: { town: 'aurelia', category: 'health', nodocs: 'yes' } };
    expect(parseSearchState(searchQueryString(state), towns)).toEqual(state);
  });

  it('treats states with the same URL as the same search', () => {
    expect(sameSearch({ q: 'a', filters: { town: 'valmara' } }, { q: 'a', filters: { town: 'valmara' } })).toBe(true);
    expect(sameSearch({ q: 'a', filters: {} }, { q: 'a', filters: { town: 'valmara' } })).toBe(false);
  });
});

describe('what is asked of Pagefind', () => {
  it('passes town, category, type and language as they are', () => {
    expect(pagefindFilters({ q: '', filters: { town: 'valmara', type: 'service', language: 'ar' } })).toEqual({
      town: 'valmara',
      type: 'service',
      language: 'ar',
    });
  });

  it('keeps services open to everyone when a status or audience is chosen', () => {
    expect(pagefindFilters({ q: '', filters: { status: 'refugee', audience: 'women' } })).toEqual({
      status: { any: ['refugee', 'any'] },
      audience: { any: ['women', 'everyone'] },
    });
  });

  it('searches on a filter alone, but not on nothing', () => {
    expect(hasSearch({ q: '', filters: { free: 'yes' } })).toBe(true);
    expect(hasSearch({ q: ' ', filters: {} })).toBe(false);
    expect(activeFilterCount({ q: '', filters: { free: 'yes', town: 'valmara' } })).toBe(2);
  });
});

describe('excerpts', () => {
  it('become text parts with the matched words marked', () => {
    expect(excerptParts('Apply for <mark>social</mark> housing &amp; rent')).toEqual([
      { text: 'Apply for ', mark: false },
      { text: 'social', mark: true },
      { text: ' housing & rent', mark: false },
    ]);
  });

  it('never carry markup, even if a page held some', () => {
    const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; <b>bold</b> <mark>x</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> bold x');
  });
});

describe('whether a result is in another language than the page', () => {
  const untranslatedText = 'Council flats for refugees registered in Alpha.\nBring your passport to the town hall.';

  it('is when its title fell back', () => {
    expect(isUntranslatedResult({ titleLang: 'en-GB' }, 'وجبات مدرسية')).toBe(true);
  });

  it('is when its excerpt is taken from an untranslated passage, matches marked', () => {
    expect(isUntranslatedResult({ untranslatedText }, '<mark>Council</mark> flats for refugees registered in Alpha. Bring your')).toBe(
      true,
    );
  });

  it('is when an Arabic heading runs into a longer English passage', () => {
    expect(isUntranslatedResult({ untranslatedText }, 'كيف تتقدم Bring your passport to the town hall.')).toBe(true);
  });

  it('is when an English sentence stands among the page’s own words', () => {
    expect(isUntranslatedResult({ untranslatedText }, 'السكن في ألفا Council flats for refugees من عمر 18 سنة فقط')).toBe(true);
  });

  it('is not for two English words that happen to stand side by side in the page’s text', () => {
    expect(isUntranslatedResult({ untranslatedText }, 'مكتب Town hall في ألفا لكل طفل يعيش هنا')).toBe(false);
  });

  it('is not when the excerpt is the page’s own language, even with a town’s name in it', () => {
    expect(isUntranslatedResult({ untranslatedText }, 'غداء ساخن مجاني في <mark>المدرسة</mark> لكل طفل يعيش في Alpha')).toBe(false);
  });

  it('is not when the page has no untranslated passage, whatever the excerpt', () => {
    expect(isUntranslatedResult({}, 'Council flats for refugees')).toBe(false);
    expect(isUntranslatedResult({ untranslatedText: '' }, 'Council flats for refugees')).toBe(false);
  });

  it('compares a one-word excerpt by its word', () => {
    expect(isUntranslatedResult({ untranslatedText }, '<mark>Council</mark>')).toBe(true);
    expect(isUntranslatedResult({ untranslatedText }, 'ألفا')).toBe(false);
    expect(isUntranslatedResult({ untranslatedText }, '…')).toBe(false);
  });

  it('reads markup in an excerpt as text and never matches on tag names', () => {
    expect(isUntranslatedResult({ untranslatedText: '<img src=x onerror=alert(1)> free' }, '&lt;img src=x onerror=alert(1)&gt; free')).toBe(
      true,
    );
    expect(isUntranslatedResult({ untranslatedText: 'mark mark' }, 'سكن <mark>مجاني</mark>')).toBe(false);
  });
});
