import { afterEach, describe, expect, it } from 'vitest';
import { homePage } from '~/lib/pages/home-page';
import { directoryOf } from '../helpers/directory';
import { removeVariants, variant, withField } from '../helpers/content';

const directory = directoryOf();

afterEach(removeVariants);

describe('the start page’s view model, without a build', () => {
  it('lists the towns by name in the reader’s language, each with its number of services', () => {
    expect(homePage({ directory, locale: 'en' }).towns.map((x) => [x.text.value.name, x.count])).toEqual([
      ['Alpha', 3],
      ['Beta', 2],
    ]);
    expect(homePage({ directory, locale: 'en' }).townCount).toBe(2);
  });

  it('counts the services still offered, leaving out ended ones', () => {
    expect(homePage({ directory, locale: 'en' }).active).toBe(4);
    const d = directoryOf(variant(withField('towns/beta/services/en/beta-food.yml', 'status', 'ended')));
    expect(homePage({ directory: d, locale: 'en' }).active).toBe(3);
  });

  it('keeps a hostile town name as text, for the page to escape', () => {
    const hostile = '<b onmouseover=alert(1)>Beta</b>';
    const d = directoryOf(variant(withField('towns/beta/profile/en/beta.yml', 'name', hostile)));
    expect(homePage({ directory: d, locale: 'en' }).towns.map((x) => x.text.value.name)).toContain(hostile);
  });
});
