/**
 * The options of the CMS's select fields: a fixed list of the schema (`z.enum`) labelled with the
 * site's English strings, the weekdays by name, and the languages a service can be offered in.
 */
import { localeCodes } from '../i18n/locales';
import {
  appointmentTypes,
  arrivalUnits,
  audiences,
  calendarKinds,
  costTypes,
  documentTypes,
  entryStatuses,
  providerTypes,
  residenceRequirements,
  residenceStatuses,
  serviceStatuses,
  weekdays,
} from '../content/schema';
import { capitalize, humanize } from './labels';

export interface SelectOption {
  label: string;
  value: string;
}

// Where the English labels of each fixed list live in locales/en.json.
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const enumLabelKeys: [readonly string[], string][] = [
  [residenceStatuses, 'residenceStatus'],
  [audiences, 'audience'],
  [documentTypes, 'document'],
  [residenceRequirements, 'eligibility.residence'],
  [costTypes, 'cost'],
  [appointmentTypes, 'appointment'],
  [serviceStatuses, 'serviceStatus'],
  [providerTypes, 'providerType'],
  [calendarKinds, 'calendar.kind'],
  [entryStatuses, 'calendar.status'],
  [arrivalUnits, 'arrivalUnit'],
];

/**
 * The name a fixed list's option labels are translated under in the admin's languages
 * (`locales/admin/<code>.json`, `options.<name>.<value>`): its key in the site's strings, or
 * `weekday`; undefined for a list that has no labels of its own.
 */
export function optionListName(values: readonly string[]): string | undefined {
  if (sameList(values, weekdays)) return 'weekday';
  return enumLabelKeys.find(([list]) => sameList(list, values))?.[1];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The entry at a dotted path (`eligibility.residence`) of the site's strings, if there is one. */
const lookup = (labels: Record<string, unknown>, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), labels);

/** A fixed list's options, labelled from the site's English strings (`labels`) or by their own value. */
export function selectOptions(values: string[], labels: Record<string, unknown>): SelectOption[] {
  if (sameList(values, weekdays)) return values.map((value, i) => ({ label: weekdayNames[i], value }));
  const key = optionListName(values);
  const dict = key === undefined ? undefined : lookup(labels, key);
  return values.map((value) => {
    const label = isRecord(dict) ? dict[value] : undefined;
    // UI strings may interpolate ("You must live in {{towns}}"); Decap would show the braces.
    const text = typeof label === 'string' ? label.replace(/\{\{\s*towns?\s*\}\}/g, 'the town').replace(/\{\{[^}]*\}\}/g, '…') : undefined;
    return { label: text ? capitalize(text) : humanize(value), value };
  });
}

/**
 * Language codes the CMS offers by name: the site's languages, then languages newcomers to the
 * network's towns often speak. A stored code outside the list is still valid (the schema checks
 * its form), and the select keeps it.
 */
export const commonLanguageCodes = [
  ...localeCodes,
  'it',
  'el',
  'de',
  'pt',
  'ro',
  'ru',
  'sq',
  'sr',
  'pl',
  'bg',
  'ka',
  'hy',
  'ku',
  'ckb',
  'ps',
  'fa-AF',
  'bn',
  'hi',
  'pa',
  'ta',
  'zh',
  'vi',
  'tl',
  'ne',
  'am',
  'om',
  'ha',
  'yo',
  'ig',
  'wo',
  'ff',
  'bm',
  'ln',
  'sw',
];

/** The languages of `commonLanguageCodes` by their English names, in alphabetical order. */
export function languageOptions(): SelectOption[] {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  return [...new Set(commonLanguageCodes)]
    .map((value) => ({ label: names.of(value) ?? value, value }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}
