import { afterEach, describe, expect, it } from 'vitest';
import { finderPage } from '~/lib/pages/finder-page';
import { directoryOf } from '../helpers/directory';
import { removeVariants, variant, withField } from '../helpers/content';

const directory = directoryOf();

afterEach(removeVariants);

describe('the finder page’s view model, without a build', () => {
  it('hands the island its words in the reader’s language, with the service statuses it shows', () => {
    const ar = finderPage({ directory, locale: 'ar' });
    expect(ar.strings.closed).toBe(ar.t('serviceStatus.temporarily-closed'));
    expect(ar.strings.ended).toBe(ar.t('serviceStatus.ended'));
    expect(Object.keys(ar.strings).length).toBeGreaterThan(2);
  });

  it('points to every topic page in the taxonomy’s order, named in the reader’s language', () => {
    expect(finderPage({ directory, locale: 'ar' }).topics).toEqual([
      { href: '/ar/categories/housing/', label: 'السكن' },
      { href: '/ar/categories/food/', label: 'Food' },
    ]);
  });

  it('keeps a hostile topic name as text, for the page and island to escape', () => {
    const hostile = '<script>alert(1)</script>';
    const d = directoryOf(variant(withField('network/categories/en/food.yml', 'name', hostile)));
    expect(finderPage({ directory: d, locale: 'en' }).topics.map((x) => x.label)).toContain(hostile);
  });
});
