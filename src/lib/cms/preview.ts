/**
 * What the CMS preview shows in a language: Decap hands a non-default-locale preview only that
 * locale's text fields, so the structured fields and the fallback text come from the
 * default-locale data, merged field by field exactly as the site does (`localize`).
 */
import { isBlank } from '../content/blanks';
import { defaultLocale, isLocale, type LocaleCode } from '../i18n/locales';
import { localize, type Localized } from '../i18n/localize';

export interface PreviewRecord<T extends object = Record<string, unknown>> {
  locale: LocaleCode;
  /** Structured fields, from the default-locale data. */
  shared: Record<string, unknown>;
  /** Text in `locale`, falling back to the default locale per field, with the fallbacks listed. */
  text: Localized<T>;
}

function pick(data: Record<string, unknown> | undefined, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (data && !isBlank(data[f])) out[f] = data[f];
  return out;
}

/**
 * @param defaultData the record's data in the default locale (everything)
 * @param localeData the preview locale's data (text fields only), or the same as `defaultData`
 * @param textFields names of the translatable fields
 */
export function previewRecord<T extends object>(
  locale: string,
  defaultData: Record<string, unknown> | undefined,
  localeData: Record<string, unknown> | undefined,
  textFields: string[],
): PreviewRecord<T> {
  const code: LocaleCode = isLocale(locale) ? locale : defaultLocale;
  const shared: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(defaultData ?? {})) if (!textFields.includes(k)) shared[k] = v;
  const text = localize<T>(
    {
      [defaultLocale]: pick(defaultData, textFields) as T,
      ...(code === defaultLocale ? {} : { [code]: pick(localeData, textFields) as Partial<T> }),
    } as Parameters<typeof localize<T>>[0],
    code,
  );
  return { locale: code, shared, text };
}
