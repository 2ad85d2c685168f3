import { localeCodes, type LocaleCode } from './locales';

/**
 * The site locale that best matches a browser's preferred languages (navigator.languages), or
 * undefined when none matches, in which case the reader chooses. "fa-AF" matches "fa"; order of
 * preference wins over closeness.
 */
export function pickLocale(preferred: readonly string[]): LocaleCode | undefined {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const found = localeCodes.find((c) => c === primary);
    if (found) return found;
  }
  return undefined;
}
