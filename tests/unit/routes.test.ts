import { describe, expect, it } from 'vitest';
import { alternates, localeOfPath, localizedPaths, paths, switchLocale } from '~/lib/routing/routes';
import { pickLocale } from '~/lib/i18n/pick-locale';
import { locales } from '~/lib/i18n/locales';
import { siteOf, slugParam } from '~/lib/routing/locale-param';

describe('URLs', () => {
  it('carry the locale first and the record slug last', () => {
    expect(paths.service('ar', 'valmara-food-bank')).toBe('/ar/services/valmara-food-bank/');
    expect(paths.town('fr', 'aurelia')).toBe('/fr/towns/aurelia/');
    expect(paths.category('uk', 'housing')).toBe('/uk/categories/housing/');
    expect(paths.category('uk', 'housing', 1)).toBe('/uk/categories/housing/');
    expect(paths.category('uk', 'housing', 3)).toBe('/uk/categories/housing/3/');
    expect(paths.provider('en', 'crossroads-legal-aid')).toBe('/en/providers/crossroads-legal-aid/');
  });

  it('switch language and keep the reader on the same record', () => {
    expect(switchLocale('/en/services/valmara-food-bank/', 'fa')).toBe('/fa/services/valmara-food-bank/');
    expect(switchLocale('/somewhere/else/', 'fa')).toBe('/fa/');
  });

  it('list the page in every locale for hreflang', () => {
    const alts = alternates('/en/towns/aurelia/');
    expect(alts).toHaveLength(locales.length);
    expect(alts).toContainEqual({ locale: 'ar', hreflang: 'ar', href: '/ar/towns/aurelia/' });
  });

  it('tell which locale a path is in', () => {
    expect(localeOfPath('/uk/towns/x/')).toBe('uk');
    expect(localeOfPath('/admin/')).toBeUndefined();
  });

  it('make one static path per locale and item', () => {
    const out = localizedPaths([{ slug: 'a' }, { slug: 'b' }], 'service', (i) => i.slug);
    expect(out).toHaveLength(2 * locales.length);
    expect(out[0]).toEqual({ params: { locale: 'en', service: 'a' }, props: { item: { slug: 'a' } } });
  });
});

describe('choosing a language from the browser’s preferences', () => {
  it('takes the first preferred language the site has', () => {
    expect(pickLocale(['de-DE', 'fa-AF', 'en'])).toBe('fa');
    expect(pickLocale(['ar-SY'])).toBe('ar');
  });

  it('leaves the choice to the reader when nothing matches', () => {
    expect(pickLocale(['de', 'it'])).toBeUndefined();
  });
});

describe('route parameters', () => {
  it('a missing slug parameter or site stops the build instead of building a page for nothing', () => {
    expect(slugParam({ town: 'alpha' }, 'town')).toBe('alpha');
    expect(() => slugParam<'town'>({}, 'town')).toThrow(/no "town" parameter/);
    expect(siteOf(new URL('https://x.example/'))).toEqual(new URL('https://x.example/'));
    expect(() => siteOf(undefined)).toThrow(/must set `site`/);
  });
});
