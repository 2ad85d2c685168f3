import { describe, expect, it } from 'vitest';
import { getT } from '~/lib/i18n/i18next';
import { locales } from '~/lib/i18n/locales';
import { notFoundJson, notFoundWords, notFoundWordsIn } from '~/lib/i18n/not-found';
import { localeOfPath } from '~/lib/routing/routes';

/** The start of each site language's name in `tag`'s language ("anglais" → "anglai"), to find it inflected. */
function languageStems(tag: string): string[] {
  const names = new Intl.DisplayNames([tag], { type: 'language' });
  return locales.map((l) => (names.of(l.code) ?? l.code).toLocaleLowerCase(tag).slice(0, 6));
}

describe('the 404 page’s words', () => {
  it('exist in every language, with that language’s heading, direction and start page', () => {
    const all = notFoundWords();
    expect(Object.keys(all)).toEqual(locales.map((l) => l.code));
    for (const l of locales) {
      expect(all[l.code]).toMatchObject({
        tag: l.tag,
        dir: l.dir,
        title: getT(l.code)('notFound.title'),
        home: `/${l.code}/`,
        search: `/${l.code}/search/`,
      });
    }
  });

  it('are each written in their own language, not English (the heading used to be English only)', () => {
    const english = notFoundWordsIn('en');
    for (const l of locales.filter((x) => x.code !== 'en')) {
      const words = notFoundWordsIn(l.code);
      expect(words.title, l.code).not.toBe(english.title);
      expect(words.goHome, l.code).not.toBe(english.goHome);
    }
  });

  it('send each reader to their own language’s start page without naming another language', () => {
    // Every language's link used to say "… in English" while it led to that language's home.
    for (const l of locales) {
      const label = notFoundWordsIn(l.code).goHome.toLocaleLowerCase(l.tag);
      const named = languageStems(l.tag).filter((stem) => stem.length >= 4 && label.includes(stem));
      expect({ [l.code]: named }).toEqual({ [l.code]: [] });
    }
  });

  it('go into the page as JSON that no text can close early', () => {
    const json = notFoundJson();
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(notFoundWords());
  });
});

describe('the language a missing address names', () => {
  it('is its first segment when that is a site language', () => {
    expect(localeOfPath('/ar/anything/')).toBe('ar');
    expect(localeOfPath('/fa/services/gone/')).toBe('fa');
    expect(localeOfPath('/ti')).toBe('ti');
  });

  it('is none for the root, another word or a language the site lacks', () => {
    for (const path of ['/', '/nowhere/', '/de/seite/', '/arabic/', '/AR/x/']) expect(localeOfPath(path), path).toBeUndefined();
  });
});
