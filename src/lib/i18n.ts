/**
 * UI strings through i18next, one instance per locale, created once per build and reused by every
 * page (creating an i18next instance per page is measurable at scale).
 */
import i18next, { type TFunction } from 'i18next';
import { defaultLocale, localeCodes, type LocaleCode } from './locales';

// Every locale file is bundled; there are few and they are small.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*.json', { eager: true });

/** The parsed UI strings of every locale, keyed by locale code. */
export const uiStrings: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(files).map(([file, mod]) => [file.replace(/^.*\/(.+)\.json$/, '$1'), mod.default]),
);

const instances = new Map<LocaleCode, TFunction>();

/** The translate function for a locale: `t('service.checkedOn', { date })`. */
export function getT(locale: LocaleCode): TFunction {
  let t = instances.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    instance.init({
      lng: locale,
      fallbackLng: defaultLocale,
      supportedLngs: localeCodes,
      resources: Object.fromEntries(
        Object.entries(uiStrings).map(([code, strings]) => [code, { translation: strings }]),
      ),
      initAsync: false,
      // Astro escapes every expression it renders; escaping here would double-escape.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = instance.t.bind(instance) as TFunction;
    instances.set(locale, t);
  }
  return t;
}
