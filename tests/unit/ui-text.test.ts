import { describe, expect, it } from 'vitest';
import { getT, uiStrings } from '~/lib/i18n/i18next';
import { locales } from '~/lib/i18n/locales';
import { pickStrings, uiText } from '~/lib/i18n/ui-text';

describe('island strings', () => {
  it('are one namespace, flattened', () => {
    const strings = pickStrings(uiStrings.en, 'finder');
    expect(strings['reason.status']).toBe('Only for {{list}}');
    expect(strings['shown_one']).toBeDefined();
    expect(Object.keys(strings).every((k) => !k.startsWith('search.'))).toBe(true);
  });

  // The islands cannot ship i18next; what they show must still match what the server writes.
  it.each(locales.map((l) => l.code))('agree with i18next in %s, plural forms and digits included', (code) => {
    const server = getT(code);
    for (const ns of ['search', 'finder'] as const) {
      const client = uiText(pickStrings(uiStrings[code], ns), code);
      for (const key of ['count', 'englishCount', 'filtersActive', 'shown', 'hidden', 'elsewhere', 'reason.ageFrom'].filter(
        (k) => pickStrings(uiStrings.en, ns)[`${k}_other`],
      )) {
        for (const count of [0, 1, 2, 3, 5, 11, 21, 100, 1000000]) {
          expect(client(key, { count }), `${ns}.${key} ${count}`).toBe(server(`${ns}.${key}`, { count }));
        }
      }
      expect(client('title')).toBe(server(`${ns}.title`));
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    const t = uiText({ hello: 'Hello {{name}}, {{missing}}' }, 'en');
    expect(t('hello', { name: 'Amal' })).toBe('Hello Amal, {{missing}}');
    expect(t('nope')).toBe('nope');
  });
});
