import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { buildDirectory } from '~/lib/content/directory';
import {
  bestSubset,
  buildVocabulary,
  correctQuery,
  editDistance,
  isKnown,
  prepareVocabulary,
  querySubsets,
  sharedWords,
  suggestWord,
  wordsOf,
} from '~/lib/search/vocabulary';
import { searchVocabulary } from '~/lib/search/vocabulary-data';
import { markQueryWords } from '~/lib/search/search';

const en = prepareVocabulary(['school', 'doctor', 'family', 'housing', 'women', 'violence', 'italian', 'shelter', 'schools']);

describe('the search vocabulary', () => {
  it('lists the words of three letters or more, most frequent first, each once', () => {
    expect(buildVocabulary(['School enrolment', 'school bus', 'A bus to school'])).toEqual(['school', 'bus', 'enrolment']);
  });

  it('keeps the words of every script, Persian words joined by a zero-width non-joiner included', () => {
    expect(wordsOf('ثبت‌نام مدرسه, Запис до школи')).toEqual(['ثبت‌نام', 'مدرسه', 'запис', 'до', 'школи']);
  });

  it('of a locale holds category search words and provider names, in that locale', () => {
    const d = buildDirectory(readNetwork(path.resolve('content')));
    const ar = searchVocabulary(d, 'ar');
    expect(ar).toContain('محامي');
    expect(searchVocabulary(d, 'en')).toEqual(expect.arrayContaining(['clinic', 'dentist', 'caritas']));
  });
});

describe('edit distance', () => {
  it('counts inserts, deletes, replacements and swapped neighbours as one edit each', () => {
    expect(editDistance('scool', 'school', 2)).toBe(1);
    expect(editDistance('docter', 'doctor', 2)).toBe(1);
    expect(editDistance('shcool', 'school', 2)).toBe(1);
    expect(editDistance('mdecin', 'medecin', 2)).toBe(1);
  });

  it('stops at the limit', () => {
    expect(editDistance('house', 'violence', 2)).toBe(3);
  });
});

describe('did you mean', () => {
  it('suggests the nearest known word for a misspelt one', () => {
    expect(suggestWord('scool', en)).toBe('school');
    expect(suggestWord('docter', en)).toBe('doctor');
    expect(suggestWord('acomodation', prepareVocabulary(['accommodation']))).toBe('accommodation');
  });

  it('suggests across accents and Arabic letter forms within one edit', () => {
    expect(suggestWord('medcin', prepareVocabulary(['médecin']))).toBe('médecin');
    expect(suggestWord('مدرسه', prepareVocabulary(['مدرسة']))).toBe('مدرسة');
  });

  it('suggests nothing for a known word, a prefix of four letters or more, or a word too far from any', () => {
    expect(suggestWord('school', en)).toBeUndefined();
    expect(suggestWord('hous', en)).toBeUndefined();
    expect(isKnown('viol', en)).toBe(true);
    expect(isKnown('vio', en)).toBe(false);
    expect(suggestWord('zzzzzz', en)).toBeUndefined();
  });

  it('prefers the more frequent of two equally near words', () => {
    expect(suggestWord('hat', prepareVocabulary(['cat', 'bat']))).toBe('cat');
  });

  it('corrects each misspelt word of a query and says which', () => {
    expect(correctQuery('scool famly', en)).toEqual({
      query: 'school family',
      changes: [
        { from: 'scool', to: 'school' },
        { from: 'famly', to: 'family' },
      ],
    });
    expect(correctQuery('school', en)).toBeUndefined();
  });
});

describe('when all words together find nothing', () => {
  it('tries every query one word shorter first, then shorter ones', () => {
    expect(querySubsets('violence against women')).toEqual([
      'violence against',
      'violence women',
      'against women',
      'violence',
      'against',
      'women',
    ]);
    expect(querySubsets('school')).toEqual([]);
  });

  it('shows the largest subset that finds anything, dropping the word the pages never use', () => {
    const best = bestSubset([
      { query: 'violence against', count: 0, known: 1 },
      { query: 'violence women', count: 2, known: 2 },
      { query: 'against women', count: 3, known: 1 },
      { query: 'women', count: 9, known: 1 },
    ]);
    expect(best?.query).toBe('violence women');
  });

  it('shows nothing when no subset finds anything', () => {
    expect(bestSubset([{ query: 'x', count: 0, known: 0 }])).toBeUndefined();
  });
});

describe('the English fallback', () => {
  it('sends only the words English has', () => {
    expect(sharedWords("apprendre l'italien", en)).toEqual([]);
    expect(sharedWords('Italian courses', en)).toEqual(['italian']);
  });
});

describe('a result’s summary', () => {
  it('marks the words that start with a query word, accents aside, as plain text', () => {
    expect(markQueryWords('Register with a médecin <b>now</b>', 'medecin regist')).toEqual([
      { text: 'Register', mark: true },
      { text: ' with a ', mark: false },
      { text: 'médecin', mark: true },
      { text: ' <b>now</b>', mark: false },
    ]);
  });
});
