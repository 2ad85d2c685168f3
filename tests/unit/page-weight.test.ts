import { describe, expect, it } from 'vitest';
import { pageType } from '~/lib/build/page-weight';

const locales = ['en', 'ar'];

describe('page types for the size report', () => {
  it.each([
    ['en/index.html', '/[locale]/'],
    ['ar/services/valmara-food-bank/index.html', '/[locale]/services/*/'],
    ['en/calendar/index.html', '/[locale]/calendar/'],
    ['en/calendar/towns/valmara/index.html', '/[locale]/calendar/towns/*/'],
    ['en/calendar/subscribe/index.html', '/[locale]/calendar/subscribe/'],
    ['en/calendar/valmara-school-deadline/index.html', '/[locale]/calendar/*/'],
    ['en/overview/housing/index.html', '/[locale]/overview/*/'],
    ['en/search/index.html', '/[locale]/search/'],
    ['sheets/valmara-food-bank/index.html', '/sheets/*/'],
    ['index.html', '/index.html'],
    ['404.html', '/404.html'],
  ])('%s is %s', (file, type) => {
    expect(pageType(file, locales)).toBe(type);
  });
});
