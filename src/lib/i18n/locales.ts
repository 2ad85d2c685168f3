/**
 * The one locale table. Config, routes, the CMS generator and the tests all import it, so adding
 * a language is one line here plus `locales/<code>.json`.
 */
export interface Locale {
  /** URL segment, i18next language and content folder name (as Decap CMS writes it). */
  code: string;
  /** BCP-47 tag used for `lang`, `Intl` formatters and `hreflang`. */
  tag: string;
  /** Text direction of the script. */
  dir: 'ltr' | 'rtl';
  /** The language's name in its own script, shown in the language switcher. */
  label: string;
  /** English name, for editors and coordinators. */
  englishLabel: string;
}

export const locales = [
  { code: 'en', tag: 'en-GB', dir: 'ltr', label: 'English', englishLabel: 'English' },
  { code: 'ar', tag: 'ar', dir: 'rtl', label: 'العربية', englishLabel: 'Arabic' },
  { code: 'fa', tag: 'fa-IR', dir: 'rtl', label: 'فارسی', englishLabel: 'Persian' },
  { code: 'fr', tag: 'fr-FR', dir: 'ltr', label: 'Français', englishLabel: 'French' },
  { code: 'es', tag: 'es-ES', dir: 'ltr', label: 'Español', englishLabel: 'Spanish' },
  { code: 'uk', tag: 'uk-UA', dir: 'ltr', label: 'Українська', englishLabel: 'Ukrainian' },
  { code: 'tr', tag: 'tr-TR', dir: 'ltr', label: 'Türkçe', englishLabel: 'Turkish' },
  { code: 'ti', tag: 'ti-ER', dir: 'ltr', label: 'ትግርኛ', englishLabel: 'Tigrinya' },
  { code: 'ur', tag: 'ur-PK', dir: 'rtl', label: 'اردو', englishLabel: 'Urdu' },
  { code: 'so', tag: 'so-SO', dir: 'ltr', label: 'Soomaali', englishLabel: 'Somali' },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof locales)[number]['code'];

/** The language every record must be complete in; other languages fall back to it. */
export const defaultLocale: LocaleCode = 'en';

export const localeCodes: LocaleCode[] = locales.map((l) => l.code);

/** True when `code` is one of the site's locales. */
export function isLocale(code: string): code is LocaleCode {
  return (localeCodes as string[]).includes(code);
}

/** The table row for a locale code; throws on an unknown code so typos fail loudly. */
export function getLocale(code: string): Locale {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}"`);
  return found;
}
