/**
 * The moving sheet's URL (src/lib/moving/sheet.ts): what it keeps, what a crafted value loses,
 * the order of its two language blocks and the moving view's link its QR codes carry.
 */
import { describe, expect, it } from 'vitest';
import { movingSheetQuery, parseMovingSheet, sheetLanguages } from '~/lib/moving/sheet';

const known = { towns: ['aurelia', 'valmara'], statuses: ['asylum-seeker', 'refugee'], locales: ['en', 'ar', 'uk'] };

describe('the moving sheet’s URL', () => {
  it('keeps the two towns, the moving view’s answers and the client’s language', () => {
    const r = parseMovingSheet('?from=aurelia&to=valmara&for=child&status=refugee&age=9&client=ar', 'en', known);
    expect(r).toEqual({ from: 'aurelia', to: 'valmara', profile: { who: 'child', status: 'refugee', age: 9 }, client: 'ar' });
  });

  it('drops an unknown town, status, language and an age that is not one', () => {
    const r = parseMovingSheet('?from=atlantis&to=valmara&status=king&age=-3&client=xx&for=<b>', 'en', known);
    expect(r).toEqual({ to: 'valmara', profile: {} });
    expect(parseMovingSheet('?age=9999&client=../en', 'en', known).profile).toEqual({});
  });

  it('drops the client’s language when it is the page’s own', () => {
    expect(parseMovingSheet('?from=aurelia&to=valmara&client=en', 'en', known).client).toBeUndefined();
  });

  it('ignores the finder’s answers the moving view does not use (town, registration, months)', () => {
    const r = parseMovingSheet('?town=aurelia&registered=yes&months=4&status=refugee', 'en', known);
    expect(r.profile).toEqual({ status: 'refugee' });
  });

  it('reads nothing from an overlong address', () => {
    expect(parseMovingSheet(`?from=aurelia&to=valmara&x=${'a'.repeat(2100)}`, 'en', known)).toEqual({ profile: {} });
  });
});

describe('the moving sheet’s language blocks', () => {
  it('put the caseworker’s language first and the client’s second', () => {
    expect(sheetLanguages('en', 'ar')).toEqual(['en', 'ar']);
    expect(sheetLanguages('uk', 'en')).toEqual(['uk', 'en']);
  });

  it('are one block without a client language, or with the same language twice', () => {
    expect(sheetLanguages('en', undefined)).toEqual(['en']);
    expect(sheetLanguages('ar', 'ar')).toEqual(['ar']);
  });
});

describe('the moving view’s link on the sheet', () => {
  const request = { from: 'aurelia', to: 'valmara', profile: { who: 'child' as const, age: 9 }, client: 'ar' };

  it('carries the towns and answers, without the client’s language', () => {
    expect(movingSheetQuery(request)).toBe('?from=aurelia&to=valmara&for=child&age=9');
  });

  it('carries the client’s language on the sheet’s own links', () => {
    expect(movingSheetQuery(request, true)).toBe('?from=aurelia&to=valmara&for=child&age=9&client=ar');
  });

  it('is empty when nothing is chosen', () => {
    expect(movingSheetQuery({ profile: {} }, true)).toBe('');
  });

  it('round-trips through the parser', () => {
    expect(parseMovingSheet(movingSheetQuery(request, true), 'en', known)).toEqual(request);
  });
});
