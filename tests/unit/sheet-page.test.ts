import { afterEach, describe, expect, it } from 'vitest';
import { locales } from '~/lib/i18n/locales';
import { sheetPage } from '~/lib/pages/sheet-page';
import { directoryOf } from '../helpers/directory';
import { removeVariants, variant, withField } from '../helpers/content';

const directory = directoryOf();
const site = new URL('https://crossroads.example.org');
const page = (slug: string, d = directory) => sheetPage({ directory: d, site, today: '2026-11-23', service: d.service(slug) });

afterEach(removeVariants);

describe('the referral sheet’s view model, without a build', () => {
  it('holds one column per language, the default language’s first, then the locale table’s order', () => {
    const sheet = page('alpha-housing');
    expect(sheet.own).toBe('en');
    expect(sheet.columns.map((c) => c.locale)).toEqual(['en', ...locales.map((l) => l.code).filter((c) => c !== 'en')]);
  });

  it('has the heading and controls in every language, each naming its language in itself and the topic in it', () => {
    const sheet = page('alpha-housing');
    expect(sheet.frames.map((f) => f.locale)).toEqual(locales.map((l) => l.code));
    const ar = sheet.frames.find((f) => f.locale === 'ar')!;
    expect(ar).toMatchObject({ tag: 'ar', dir: 'rtl', ownLanguage: 'العربية', categoryName: 'السكن' });
    expect(ar.back).toBe('/ar/services/alpha-housing/');
    expect(ar.category).toBe('/ar/categories/housing/');
    expect(sheet.frames.find((f) => f.locale === 'en')!.categoryName).toBe('Housing');
  });

  it('starts in the default language: its tag, direction and title', () => {
    const sheet = page('alpha-housing');
    expect(sheet).toMatchObject({ tag: 'en-GB', dir: 'ltr' });
    expect(sheet.title).toBe(sheet.frames[0].title);
    expect(sheet.title).toContain(sheet.columns[0].name.text);
  });

  it('keeps a hostile service name as text in every column and title, for the page to escape', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const d = directoryOf(variant(withField('towns/beta/services/en/beta-food.yml', 'name', hostile)));
    const sheet = page('beta-food', d);
    expect(sheet.columns.every((c) => c.name.text === hostile)).toBe(true);
    expect(sheet.frames.every((f) => f.title.includes(hostile) && f.name === hostile)).toBe(true);
  });
});
