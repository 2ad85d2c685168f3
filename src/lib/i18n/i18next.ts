/**
 * UI strings through i18next, one instance per locale, created once per build and reused by every
 * page (creating an i18next instance per page is measurable at scale).
 */
import i18next, { type TFunction } from 'i18next';
import { defaultLocale, localeCodes, type LocaleCode } from './locales';
import { localDigits } from './ui-text';

// Every locale file is bundled; there are few and they are small.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*.json', { eager: true });

/** The parsed UI strings of every locale, keyed by locale code. */
export const uiStrings: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(files).map(([file, mod]) => [file.replace(/^.*\/(.+)\.json$/, '$1'), mod.default]),
);

const instances = new Map<LocaleCode, TFunction>();

const isPrimitive = (v: unknown) => v === undefined || v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * i18next resolves a key through fallbacks, nesting and interpolation on every call, and pages call
 * `t` hundreds of times with the same few keys: string results of calls whose options are plain
 * values are kept, keyed by key and options.
 */
function remember(t: TFunction): TFunction {
  const results = new Map<string, string>();
  const call = t as unknown as (key: unknown, options?: unknown) => unknown;
  return ((key: unknown, options?: unknown) => {
    const plain =
      typeof key === 'string' &&
      (options === undefined || (typeof options === 'object' && options !== null && Object.values(options).every(isPrimitive)));
    if (!plain) return call(key, options);
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let value = results.get(id);
    if (value === undefined) {
      const result = call(key, options);
      if (typeof result !== 'string') return result;
      results.set(id, (value = result));
    }
    return value;
  }) as unknown as TFunction;
}

/** The translate function for a locale: `t('service.checkedOn', { date })`. */
export function getT(locale: LocaleCode): TFunction {
  let t = instances.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    // Digits in the locale's own script where its convention differs (Persian ۰۱۲…), so counts,
    // dates and times in UI sentences match the numbers Intl writes elsewhere.
    const digits = localDigits(locale);
    instance.use({ type: 'postProcessor', name: 'nativeDigits', process: (value: string) => digits(value) });
    instance.init({
      postProcess: ['nativeDigits'],
      lng: locale,
      fallbackLng: defaultLocale,
      supportedLngs: localeCodes,
      resources: Object.fromEntries(Object.entries(uiStrings).map(([code, strings]) => [code, { translation: strings }])),
      initAsync: false,
      // Astro escapes every expression it renders; escaping here would double-escape.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = remember(instance.t.bind(instance) as TFunction);
    instances.set(locale, t);
  }
  return t;
}
