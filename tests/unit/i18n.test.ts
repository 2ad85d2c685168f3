import { describe, expect, it } from 'vitest';
import { getT } from '~/lib/i18n/i18next';

describe('plural forms', () => {
  it('uses all six Arabic plural forms for a count of services', () => {
    const t = getT('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((count) => t('common.serviceCount', { count }));
    // Six counts, six different forms (zero, one, two, few, many, other).
    expect(new Set(forms).size).toBe(6);
  });

  it('uses the Ukrainian one/few/many forms', () => {
    const t = getT('uk');
    const forms = [1, 3, 5].map((count) => t('common.serviceCount', { count }));
    expect(new Set(forms).size).toBe(3);
  });

  it('writes English singular and plural', () => {
    const t = getT('en');
    expect(t('common.serviceCount', { count: 1 })).toBe('1 service');
    expect(t('common.serviceCount', { count: 4 })).toBe('4 services');
  });
});

describe('translate functions', () => {
  it('are created once per locale and reused', () => {
    expect(getT('fr')).toBe(getT('fr'));
  });

  it('do not escape text themselves (Astro escapes on output)', () => {
    expect(getT('en')('hours.span', { opens: '<b>', closes: '&' })).toBe('<b>–&');
  });
});

describe('numbers in UI sentences', () => {
  it('are written in Persian digits on Persian pages', () => {
    expect(getT('fa')('hours.span', { opens: '09:30', closes: '12:00' })).toMatch(/۰۹:۳۰/);
  });

  it('stay in the digits Intl uses for Arabic and English', () => {
    expect(getT('en')('common.serviceCount', { count: 12 })).toBe('12 services');
    expect(getT('ar')('hours.span', { opens: '09:30', closes: '12:00' })).toContain('09:30');
  });
});
