import { afterEach, describe, expect, it } from 'vitest';
import { locales } from '~/lib/i18n/locales';
import { sheetPage } from '~/lib/pages/sheet-page';
import { directoryOf } from '../helpers/directory';
import { removeVariants, variant, withField } from '../helpers/content';

const directory = directoryOf();
const site = new URL('https://crossroads.example.org');
const page = (slug: string, locale: 'en' | 'ar', d = directory) =>
  sheetPage({ directory: d, locale, site, today: '2026-11-23', service: d.service(slug) });

afterEach(removeVariants);

describe('the referral sheet’s view model, without a build', () => {
  it('puts the page’s own language first and every other language after it, in the locale table’s order', () => {
    const ar = page('alpha-housing', 'ar');
    expect(ar.own.locale).toBe('ar');
    expect(ar.others.map((c) => c.locale)).toEqual(locales.map((l) => l.code).filter((c) => c !== 'ar'));
  });

  it('names the page’s language in itself and the service’s topic in the page’s language', () => {
    const ar = page('alpha-housing', 'ar');
    expect(ar.ownLanguage).toBe('العربية');
    expect(ar.category.slug).toBe('housing');
    expect(ar.categoryName).toBe('السكن');
    expect(page('alpha-housing', 'en').categoryName).toBe('Housing');
  });

  it('keeps a hostile service name as text in every column, for the page to escape', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const d = directoryOf(variant(withField('towns/beta/services/en/beta-food.yml', 'name', hostile)));
    const sheet = page('beta-food', 'en', d);
    expect(sheet.own.name.text).toBe(hostile);
    expect(sheet.others.every((c) => c.name.text === hostile)).toBe(true);
  });
});
