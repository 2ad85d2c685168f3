import { describe, expect, it } from 'vitest';
import { anyFallback, dirAttr, langAttr, localize } from '~/lib/i18n/localize';

const text = {
  en: { name: 'Food bank', summary: 'Free groceries', costNote: 'Free' },
  ar: { name: 'بنك الطعام' },
};

describe('localizing a record', () => {
  it('uses the reader’s language where a field is translated', () => {
    const l = localize(text, 'ar');
    expect(l.value.name).toBe('بنك الطعام');
    expect(l.langOf.name).toBe('ar');
  });

  it('falls back to English field by field, never to blank', () => {
    const l = localize(text, 'ar');
    expect(l.value.summary).toBe('Free groceries');
    expect(l.fallbacks).toEqual(['summary', 'costNote']);
  });

  it('falls back entirely when a locale has no file at all', () => {
    const l = localize(text, 'ti');
    expect(l.value).toEqual(text.en);
    expect(l.fallbacks).toEqual(['name', 'summary', 'costNote']);
  });

  it('reports no fallback in the default language', () => {
    expect(localize(text, 'en').fallbacks).toEqual([]);
    expect(anyFallback([text], 'en', ['summary'])).toBe(false);
  });

  it('marks a fallback passage with the language and direction it is really in', () => {
    const l = localize(text, 'ar');
    expect(langAttr(l, 'summary', 'ar')).toBe('en-GB');
    expect(dirAttr(l, 'summary', 'ar')).toBe('ltr');
    expect(langAttr(l, 'name', 'ar')).toBeUndefined();
  });

  it('tells whether any of a list of records falls back on the fields shown', () => {
    expect(anyFallback([text], 'ar', ['name'])).toBe(false);
    expect(anyFallback([text], 'ar', ['name', 'summary'])).toBe(true);
  });
});
