/**
 * When a page shows the fallback notice ("some of this page is in English"): its own record fell
 * back to the default language, or one of the records it lists shows one of `fields` in it. The
 * topic, town and provider pages decide it the same way, so it is written once.
 */
import type { LocaleCode } from '../i18n/locales';
import { anyFallback, type LocalizedText } from '../i18n/localize';

/** Fields indexed by search but never shown (a category's search words): their falling back shows the reader nothing. */
const neverShown: ReadonlySet<unknown> = new Set(['searchWords']);

export function showsFallback<T extends object>(
  own: { fallbacks: readonly unknown[] },
  listed: { text: LocalizedText<T> }[],
  locale: LocaleCode,
  fields: (keyof T)[],
): boolean {
  return (
    own.fallbacks.some((field) => !neverShown.has(field)) ||
    anyFallback(
      listed.map((s) => s.text),
      locale,
      fields,
    )
  );
}
