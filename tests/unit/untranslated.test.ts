import { describe, expect, it } from 'vitest';
import { localize, type LocalizedText } from '~/lib/i18n/localize';
import type { ServiceText, TownText } from '~/lib/content/schema';
import { localeCodes } from '~/lib/i18n/locales';
import { townText, providerText, serviceText, calendarText, categoryText } from '~/lib/content/schema';
import { cardLabel, isProperName, labelledText, passages, properNameFields, untranslatedLabel } from '~/lib/i18n/untranslated';

const service: LocalizedText<ServiceText> = {
  en: { name: 'Food bank', summary: 'Free groceries', applySteps: ['Come on Tuesday'] },
  ar: { name: 'بنك الطعام' },
};
const town: LocalizedText<TownText> = { en: { name: 'Alpha', officeName: 'Welcome Office', description: 'A town by the sea.' } };

describe('which text fields are proper names', () => {
  it('treats a town’s and an organisation’s name as names, and nothing else', () => {
    expect(isProperName('towns', 'name')).toBe(true);
    expect(isProperName('providers', 'name')).toBe(true);
    expect(isProperName('towns', 'officeName')).toBe(false);
    expect(isProperName('services', 'name')).toBe(false);
    expect(isProperName('categories', 'name')).toBe(false);
    expect(isProperName('calendar', 'title')).toBe(false);
  });

  it('names only fields the schema has as translatable text', () => {
    const shapes = { towns: townText, providers: providerText, services: serviceText, calendar: calendarText, categories: categoryText };
    for (const [kind, fields] of Object.entries(properNameFields)) {
      for (const field of fields) expect(Object.keys(shapes[kind as keyof typeof shapes].shape)).toContain(field);
    }
  });
});

describe('the label beside an untranslated passage', () => {
  it('names the passage’s language in the reader’s language', () => {
    expect(untranslatedLabel('en', 'ar')).toBe('باللغة الإنجليزية');
    expect(untranslatedLabel('en', 'fa')).toBe('به زبان انگلیسی');
    expect(untranslatedLabel('en', 'fr')).toBe('En anglais');
    expect(untranslatedLabel('en', 'uk')).toBe('Мова: англійська');
    expect(untranslatedLabel('en', 'ti')).toBe('ብእንግሊዝኛ');
  });

  it('exists in every locale, written in that locale rather than copied from English', () => {
    for (const locale of localeCodes.filter((l) => l !== 'en')) {
      const label = untranslatedLabel('en', locale);
      expect(label, locale).toBeTruthy();
      expect(label, locale).not.toMatch(/^In /);
    }
  });

  it('is absent when the passage is in the page’s language', () => {
    expect(untranslatedLabel('ar', 'ar')).toBeUndefined();
  });
});

describe('passages of a localized record', () => {
  it('labels a fallback field and gives it the language and direction it is really in', () => {
    const p = passages('services', localize(service, 'ar'), 'ar');
    expect(p('summary')).toEqual({ attrs: { lang: 'en-GB', dir: 'ltr' }, label: 'باللغة الإنجليزية' });
    expect(p('applySteps').label).toBe('باللغة الإنجليزية');
  });

  it('leaves a translated field unmarked', () => {
    expect(passages('services', localize(service, 'ar'), 'ar')('name')).toEqual({ attrs: {} });
  });

  it('leaves an empty field unmarked', () => {
    expect(passages('services', localize(service, 'ar'), 'ar')('description')).toEqual({ attrs: {} });
  });

  it('gives an untranslated name its language but no label', () => {
    const p = passages('towns', localize(town, 'ar'), 'ar');
    expect(p('name')).toEqual({ attrs: { lang: 'en-GB', dir: 'ltr' } });
    expect(p('officeName').label).toBe('باللغة الإنجليزية');
  });

  it('marks nothing on a page in the default language', () => {
    const p = passages('services', localize(service, 'en'), 'en');
    expect([p('name'), p('summary'), p('applySteps')]).toEqual([{ attrs: {} }, { attrs: {} }, { attrs: {} }]);
  });
});

describe('one label per card', () => {
  it('labels a card once when any of its fields fell back', () => {
    expect(cardLabel('services', localize(service, 'ar'), ['name', 'summary'], 'ar')).toBe('باللغة الإنجليزية');
  });

  it('leaves a fully translated card unlabelled', () => {
    expect(cardLabel('services', localize(service, 'ar'), ['name'], 'ar')).toBeUndefined();
  });
});

describe('the untranslated text a search result is compared with', () => {
  it('holds every fallback passage but the title, one a line, steps included', () => {
    expect(labelledText('services', localize(service, 'ar'), 'ar', ['name'])).toBe('Free groceries\nCome on Tuesday');
  });

  it('is empty when everything is in the page’s language, or on a page in the default language', () => {
    const translated: LocalizedText<ServiceText> = {
      en: service.en,
      ar: { name: 'بنك الطعام', summary: 'بقالة مجانية', applySteps: ['تعال يوم الثلاثاء'] },
    };
    expect(labelledText('services', localize(translated, 'ar'), 'ar')).toBe('');
    expect(labelledText('services', localize(service, 'en'), 'en')).toBe('');
  });

  it('leaves out proper names, which get no label', () => {
    expect(labelledText('towns', localize(town, 'ar'), 'ar')).toBe('Welcome Office\nA town by the sea.');
  });

  it('keeps markup an editor typed as text, for the index to hold as text', () => {
    const hostile: LocalizedText<ServiceText> = { en: { name: 'X', summary: '<img src=x onerror=alert(1)> free' }, ar: { name: 'س' } };
    expect(labelledText('services', localize(hostile, 'ar'), 'ar')).toBe('<img src=x onerror=alert(1)> free');
  });
});
