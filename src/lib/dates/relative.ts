/**
 * Relative labels for dates ("closes in 3 days", "passed"), decided at view time on the reader's
 * device: a page built yesterday must not say "tomorrow" about today. Days are counted in the
 * entry's own timezone, because a deadline in Rome ends at midnight in Rome.
 */
import { daysBetween } from './days';
import { nonAsciiDigits, withDigits } from '../i18n/ui-text';

/** How an entry's dates read: a deadline closes, a window opens and closes, a day happens. */
export type RelativeKind = 'deadline' | 'window' | 'day';

export interface RelativeLabel {
  key: 'passed' | 'closed' | 'closes' | 'opens' | 'on';
  /** Days from today; 0 is today. Absent for labels without a time (passed, closed). */
  days?: number;
}

/** The label for an occurrence running from `start` to `end` (local dates, inclusive) on `today`. */
export function relativeLabel(kind: RelativeKind, start: string, end: string, today: string): RelativeLabel {
  if (kind === 'deadline') {
    return end < today ? { key: 'passed' } : { key: 'closes', days: daysBetween(today, end) };
  }
  if (kind === 'window') {
    if (today < start) return { key: 'opens', days: daysBetween(today, start) };
    return today <= end ? { key: 'closes', days: daysBetween(today, end) } : { key: 'closed' };
  }
  if (end < today) return { key: 'passed' };
  return { key: 'on', days: today < start ? daysBetween(today, start) : 0 };
}

/** Which relative kind a calendar entry kind uses. */
export function relativeKindOf(kind: 'deadline' | 'application-window' | 'service-day' | 'event'): RelativeKind {
  return kind === 'deadline' ? 'deadline' : kind === 'application-window' ? 'window' : 'day';
}

/**
 * How a language says "in N days" (and "today", "tomorrow"), taken from CLDR when the page is
 * built, so that the browser needs no locale data of its own: browsers ship only part of CLDR
 * (Chromium has no Somali and would say "in 2 days"; its Tigrinya says "+2 d").
 */
export interface DayWording {
  /** Words for the first days where the language has them: "today", "tomorrow", … */
  words: string[];
  /** "in {0} days" for each plural category the language uses. */
  patterns: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** The language's digits 0–9, when they are not ASCII (Persian ۰–۹). */
  digits?: string;
}

const wordings = new Map<string, DayWording>();

/**
 * The wording of "in N days" in a locale (BCP-47 tag), from the running ICU's CLDR data; worked out
 * once per language and build, not on every page that shows a date.
 */
export function dayWording(tag: string): DayWording {
  let wording = wordings.get(tag);
  if (!wording) wordings.set(tag, (wording = readDayWording(tag)));
  return wording;
}

function readDayWording(tag: string): DayWording {
  const auto = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  const always = new Intl.RelativeTimeFormat(tag, { numeric: 'always' });
  const words: string[] = [];
  for (let day = 0; day < 7; day++) {
    const parts = auto.formatToParts(day, 'day');
    if (parts.some((p) => p.type === 'integer')) break;
    words.push(parts.map((p) => p.value).join(''));
  }
  const rules = new Intl.PluralRules(tag);
  const patterns: DayWording['patterns'] = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    // Days are whole numbers (Ukrainian "other" is only for fractions); below 1,000 the number
    // is one integer part, without grouping.
    const n = Array.from({ length: 999 }, (_, i) => i).find((i) => rules.select(i) === category);
    if (n !== undefined)
      patterns[category] = always
        .formatToParts(n, 'day')
        .map((p) => (p.type === 'integer' ? '{0}' : p.value))
        .join('');
  }
  const digits = nonAsciiDigits(tag);
  return digits ? { words, patterns, digits } : { words, patterns };
}

/**
 * "in 3 days" from a `DayWording`; `category` is the plural category of `days` (the browser's
 * Intl.PluralRules where it knows the language).
 */
export function formatDays(days: number, wording: DayWording, category: Intl.LDMLPluralRule): string {
  if (days >= 0 && days < wording.words.length) return wording.words[days];
  const pattern = wording.patterns[category] ?? wording.patterns.other ?? Object.values(wording.patterns).at(-1) ?? '{0}';
  return pattern.replace('{0}', withDigits(wording.digits)(String(days)));
}

/**
 * The plural category of a whole number in a language, by the browser's rules where it has the
 * language; otherwise by the common one/other split, which is right for the languages browsers
 * are likeliest to lack (Somali, Tigrinya).
 */
export function dayCategory(days: number, tag: string, wording: DayWording): Intl.LDMLPluralRule {
  if (Intl.PluralRules.supportedLocalesOf([tag]).length > 0) return new Intl.PluralRules(tag).select(days);
  return days === 1 && wording.patterns.one ? 'one' : 'other';
}
