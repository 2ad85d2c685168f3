/**
 * Documents as groups of alternatives: what the schema accepts and refuses (`documentGroups` in
 * schema.ts), and how a group reads in the reader's language (`eligibility.ts`), "or" being each
 * language's own word from CLDR.
 */
import { describe, expect, it } from 'vitest';
import { documentGroupTexts, documentsSentence } from '~/lib/content/eligibility';
import { getT } from '~/lib/i18n/i18next';
import type { LocaleCode } from '~/lib/i18n/locales';
import { documentGroups, eligibility } from '~/lib/content/schema';

const familyDoctor = [{ oneOf: ['asylum-card', 'residence-permit'] }, 'health-card'];

/** The problems zod reports, as `path: message`. */
const refusals = (input: unknown) => (documentGroups.safeParse(input).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('a list of document groups', () => {
  it('reads a plain document as a group of one, so lists written before groups mean what they meant', () => {
    expect(documentGroups.parse(['passport', 'tax-code'])).toEqual([{ oneOf: ['passport'] }, { oneOf: ['tax-code'] }]);
  });

  it('reads a group of alternatives beside plain documents', () => {
    expect(documentGroups.parse(familyDoctor)).toEqual([{ oneOf: ['asylum-card', 'residence-permit'] }, { oneOf: ['health-card'] }]);
  });

  it('is empty on a service that asks for nothing', () => {
    expect(eligibility.parse({}).documents).toEqual([]);
  });

  it('refuses an empty group, at the group', () => {
    expect(refusals(['passport', { oneOf: [] }])).toEqual([
      '1.oneOf: a group needs at least one document: choose one, or remove the group',
    ]);
  });

  it('refuses the same document twice, in one group or in two, at its second place', () => {
    expect(refusals([{ oneOf: ['passport', 'passport'] }])).toEqual([
      '0.oneOf.1: passport is listed twice: list each document once (a group of several means any one of them)',
    ]);
    expect(refusals([{ oneOf: ['asylum-card', 'residence-permit'] }, 'residence-permit'])).toEqual([
      '1.oneOf.0: residence-permit is listed twice: list each document once (a group of several means any one of them)',
    ]);
  });

  it('refuses a document not on the fixed list, and a group with other keys', () => {
    expect(refusals(['driving-licence'])).toHaveLength(1);
    expect(refusals([{ oneOf: ['passport'], note: 'or a copy' }])).toHaveLength(1);
  });
});

const read = (locale: LocaleCode) => {
  const groups = documentGroups.parse(familyDoctor);
  const t = getT(locale);
  return { lines: documentGroupTexts(groups, t, locale), sentence: documentsSentence(groups, t, locale) };
};

describe('document groups in the reader’s language', () => {
  it('give one line per group, its alternatives joined by "or", in English', () => {
    expect(read('en')).toEqual({
      lines: ["Asylum seeker's card or Residence permit", 'Health card'],
      sentence: "Bring: Health card and either Asylum seeker's card or Residence permit",
    });
  });

  it('use the Arabic "or" (أو) and "either" (إما)', () => {
    const { lines, sentence } = read('ar');
    expect(lines).toEqual(['بطاقة طالب اللجوء أو تصريح الإقامة', 'البطاقة الصحية']);
    expect(sentence).toBe('المطلوب إحضاره: البطاقة الصحية وإما بطاقة طالب اللجوء أو تصريح الإقامة');
  });

  it('use the Persian "or" (یا) and say "one of them" rather than "و یا", which reads as a plain "or"', () => {
    const { lines, sentence } = read('fa');
    expect(lines[0]).toBe('کارت پناه‌جویی یا اجازهٔ اقامت');
    expect(sentence).toBe('همراه داشته باشید: کارت بیمهٔ درمانی و کارت پناه‌جویی یا اجازهٔ اقامت (یکی از آن‌ها)');
    expect(sentence).not.toContain('و یا');
  });

  it('use the Tigrinya "or" (ወይ)', () => {
    expect(read('ti').lines[0]).toBe('ካርድ ሓታቲ ዑቕባ ወይ ፍቓድ መንበሪ');
  });

  it('list three alternatives with the language’s own commas', () => {
    const t = getT('en');
    const groups = documentGroups.parse([{ oneOf: ['asylum-card', 'residence-permit', 'temporary-protection-certificate'] }]);
    expect(documentGroupTexts(groups, t, 'en')).toEqual(["Asylum seeker's card, Residence permit or Temporary protection certificate"]);
    expect(documentGroupTexts(groups, getT('ar'), 'ar')[0]).toBe('بطاقة طالب اللجوء أو تصريح الإقامة أو شهادة الحماية المؤقتة');
  });
});
