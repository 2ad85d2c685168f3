import { afterEach, describe, expect, it } from 'vitest';
import { townPage } from '~/lib/pages/town-page';
import { directoryOf } from '../helpers/directory';
import { removeVariants, variant, withField } from '../helpers/content';

const directory = directoryOf();
const site = new URL('https://crossroads.example.org');
const page = (slug: string, locale: 'en' | 'ar', d = directory) => townPage({ directory: d, locale, town: d.town(slug), site });

afterEach(removeVariants);

describe('the town page’s view model, without a build', () => {
  it('groups the town’s services by topic, in the taxonomy’s order and by name, leaving out empty topics', () => {
    expect(page('alpha', 'en').sections.map((s) => [s.category.slug, s.services.map((x) => x.slug)])).toEqual([
      ['housing', ['alpha-housing']],
      ['food', ['joint-food', 'alpha-school-meals']],
    ]);
    expect(page('beta', 'en').sections.map((s) => s.category.slug)).toEqual(['food']);
  });

  it('counts every service of the town, network-wide ones included', () => {
    expect(
      page('beta', 'en')
        .services.map((s) => s.slug)
        .sort(),
    ).toEqual(['beta-food', 'joint-food']);
  });

  it('names the town and its topics in the reader’s language, marking a topic that fell back', () => {
    const ar = page('alpha', 'ar');
    expect(ar.text.value.name).toBe('ألفا');
    expect(ar.sections.map((s) => [s.text.value.name, s.name.label === undefined])).toEqual([
      ['السكن', true],
      ['Food', false],
    ]);
    expect(ar.fallback).toBe(true);
    expect(page('alpha', 'en').fallback).toBe(false);
  });

  it('places each service at its locations, else at the offices of the towns it serves, for the phone’s sort', () => {
    const alpha = page('alpha', 'en');
    const geo = Object.fromEntries(alpha.services.map((s) => [s.slug, alpha.geo(s)]));
    // Alpha's housing is at the town hall; the joint meals have no place, so Alpha's and Beta's offices.
    expect(geo['alpha-housing']).toBe('42.0000,12.0000');
    expect(geo['joint-food']).toBe('42.0000,12.0000;37.0000,22.0000');
  });

  it('keeps a hostile office name as text, for the page to escape', () => {
    const hostile = '</h2><script>alert(1)</script>';
    const d = directoryOf(variant(withField('towns/beta/profile/en/beta.yml', 'officeName', hostile)));
    expect(page('beta', 'en', d).text.value.officeName).toBe(hostile);
  });
});
