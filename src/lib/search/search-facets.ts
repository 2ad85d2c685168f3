/**
 * What each indexed page tells Pagefind besides its text: filters with stable keys (slugs and
 * codes, the same in every language, so a shared `?town=valmara` works in all of them), a few
 * display fields for the result list (town names, main category, status, the summary the result
 * quotes, a service's next date, its places' coordinates for sorting by distance on the phone) in
 * the page's language, and words that only search sees: the
 * provider's name and the words people use for the service's categories (`searchWords`), so
 * "GP" finds the family doctor and "Caritas" its food parcels although neither is in the text.
 * The search island translates filter keys with the locale's labels; it never shows raw keys.
 */
import type { TFunction } from 'i18next';
import type { CalendarEntry, Service } from '../content/read';
import type { CategoryText, ProviderText } from '../content/schema';
import { sortByName, type Directory } from '../content/directory';
import { formatList, languageName } from '../dates/format';
import { localize } from '../i18n/localize';
import { getLocale, type LocaleCode } from '../i18n/locales';
import { audiences, residenceStatuses } from '../content/schema';
import { flagValue, openToAll, searchTypes, type SearchFilterKey } from './search';
import { geoMeta } from './distance';

export interface SearchFacets {
  /** `[key, value]` pairs for `data-pagefind-filter="key:value"`, one element each. */
  filters: [SearchFilterKey, string][];
  /** `[key, text]` pairs for `data-pagefind-meta="key"` elements, shown in results. */
  meta: [string, string][];
  /**
   * Words indexed for search but not shown on the page: the provider's name and the main category's
   * search words (weighted like a heading), and the other categories' search words (weighted less,
   * so "court" lists the legal advice line before the women's centre that also gives legal help).
   */
  searchWords: { main: string[]; related: string[] };
}

/** A service's next date as its result shows it: when, in words, and the calendar entry's title. */
export interface NextDate {
  when: string;
  title: string;
}

const townNames = (slugs: string[], d: Directory, locale: LocaleCode) =>
  formatList(
    slugs.map((slug) => d.townName(slug, locale)),
    locale,
  );
const categoryName = (slug: string, d: Directory, locale: LocaleCode) =>
  localize<{ name: string }>(d.category(slug).text, locale).value.name;

/**
 * The words people use for a set of categories in the reader's language (the default language's
 * when the category has none in it yet), each once.
 */
export function categorySearchWords(slugs: string[], d: Directory, locale: LocaleCode): string[] {
  const words = slugs.flatMap((slug) => localize<CategoryText>(d.category(slug).text, locale).value.searchWords ?? []);
  return [...new Set(words.map((w) => w.toLocaleLowerCase(locale)))];
}

/** Filters and result fields of a service page; `next` is its next date, when it has one. */
export function serviceFacets(service: Service, d: Directory, locale: LocaleCode, statusLabel?: string, next?: NextDate): SearchFacets {
  const s = service.shared;
  const e = s.eligibility;
  const filters: [SearchFilterKey, string][] = [
    ['type', 'service'],
    ...s.towns.map((t): [SearchFilterKey, string] => ['town', t]),
    ...s.categories.map((c): [SearchFilterKey, string] => ['category', c]),
    ...s.languages.map((l): [SearchFilterKey, string] => ['language', l]),
    ...(e.residenceStatuses.length ? e.residenceStatuses : [openToAll.status]).map((v): [SearchFilterKey, string] => ['status', v]),
    ...(e.audiences.length ? e.audiences : [openToAll.audience]).map((v): [SearchFilterKey, string] => ['audience', v]),
  ];
  if (e.documents.length === 0) filters.push(['nodocs', flagValue]);
  if (s.cost.type === 'free') filters.push(['free', flagValue]);
  const meta: [string, string][] = [
    ['town', townNames(s.towns, d, locale)],
    ['category', categoryName(s.categories[0], d, locale)],
  ];
  if (s.status !== 'active' && statusLabel) meta.push(['status', statusLabel]);
  const text = localize<{ summary: string }>(service.text, locale).value;
  meta.push(['summary', text.summary]);
  const places = s.locations.map((l) => l.geo);
  if (places.length) meta.push(['geo', geoMeta(places)]);
  if (next) meta.push(['next', next.when], ['nextTitle', next.title]);
  const provider = localize<ProviderText>(d.provider(s.provider).text, locale).value.name;
  const main = categorySearchWords(s.categories.slice(0, 1), d, locale);
  const related = categorySearchWords(s.categories.slice(1), d, locale).filter((w) => !main.includes(w));
  return { filters, meta, searchWords: { main: [provider, ...main], related } };
}

/** Filters and result fields of a calendar entry page. */
export function calendarFacets(entry: CalendarEntry, d: Directory, locale: LocaleCode, kindLabel?: string): SearchFacets {
  const s = entry.shared;
  const filters: [SearchFilterKey, string][] = [
    ['type', 'calendar'],
    ...s.towns.map((t): [SearchFilterKey, string] => ['town', t]),
    ...s.categories.map((c): [SearchFilterKey, string] => ['category', c]),
  ];
  const meta: [string, string][] = [['town', townNames(s.towns, d, locale)]];
  if (s.categories.length) meta.push(['category', categoryName(s.categories[0], d, locale)]);
  if (kindLabel) meta.push(['kind', kindLabel]);
  if (s.location?.geo) meta.push(['geo', geoMeta([s.location.geo])]);
  return { filters, meta, searchWords: { main: [], related: [] } };
}

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * The choices the search page offers for each filter, with labels in the reader's language:
 * town and category names from the content, the rest from the UI strings. Values are the keys
 * the pages carry.
 */
export function searchFilterOptions(
  d: Directory,
  locale: LocaleCode,
  t: TFunction,
): Record<'town' | 'category' | 'type' | 'language' | 'status' | 'audience', FilterOption[]> {
  const collator = new Intl.Collator(getLocale(locale).tag);
  const languages = [...new Set(d.services.flatMap((s) => s.shared.languages))]
    .map((code) => ({ value: code, label: languageName(code, locale) }))
    .map((o) => ({ ...o, label: o.label.charAt(0).toLocaleUpperCase(locale) + o.label.slice(1) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return {
    town: sortByName(d.towns, locale).map((town) => ({
      value: town.slug,
      label: localize<{ name: string }>(town.text, locale).value.name,
    })),
    category: d.categories.map((c) => ({ value: c.slug, label: localize<{ name: string }>(c.text, locale).value.name })),
    type: searchTypes.map((value) => ({ value, label: t(`search.type.${value}`) })),
    language: languages,
    status: residenceStatuses.map((value) => ({ value, label: t(`finder.statusOption.${value}`) })),
    audience: audiences.map((value) => ({ value, label: t(`search.audience.${value}`) })),
  };
}
