import { afterEach, describe, expect, it } from 'vitest';
import { providerPage } from '~/lib/pages/provider-page';
import { directoryOf } from '../helpers/directory';
import { removeVariants, variant, withField } from '../helpers/content';

const directory = directoryOf();
const page = (slug: string, locale: 'en' | 'ar', d = directory) => providerPage({ directory: d, locale, provider: d.provider(slug) });

afterEach(removeVariants);

describe('the provider page’s view model, without a build', () => {
  it('lists the provider’s services sorted by name in the reader’s language, and the towns it serves', () => {
    const friends = page('friends', 'en');
    expect(friends.services.map((s) => s.slug)).toEqual(['beta-food', 'joint-food']);
    expect(friends.towns).toEqual([
      { slug: 'alpha', name: 'Alpha' },
      { slug: 'beta', name: 'Beta' },
    ]);
    expect(page('alpha-council', 'ar').towns).toEqual([{ slug: 'alpha', name: 'ألفا' }]);
  });

  it('shows the fallback notice when the provider or one of its services is still in English', () => {
    expect(page('friends', 'en').fallback).toBe(false);
    expect(page('friends', 'ar').fallback).toBe(true);
    expect(page('friends', 'ar').passage('name').attrs).toMatchObject({ lang: 'en-GB' });
  });

  it('keeps a hostile provider name as text, for the page to escape', () => {
    const hostile = '"><script>alert(1)</script>';
    const d = directoryOf(variant(withField('network/providers/en/friends.yml', 'name', hostile)));
    expect(page('friends', 'en', d).text.value.name).toBe(hostile);
  });
});
