/**
 * The admin's languages: the editor's interface, not the site's. An editor in Valmara reads the
 * admin in Italian while writing content in ten site languages, so these strings live apart from
 * the site's (`locales/<code>.json`), in `locales/admin/<code>.json`:
 *
 * - `decap`: Decap CMS's own locale for its buttons and menus (it ships it, el and many others);
 * - `ui`: the admin's own words (language switcher, sidebar groups, collection names);
 * - `fields.<kind>.<path>`: a field's `label` and `hint`, keyed by the schema's field path
 *   (`services.eligibility.ageMin`). English needs none: it comes from the schema's `.describe()`.
 * - `common.<path end>`: the same for fields that recur (`contacts.phone` is a service's, a
 *   provider's and a town office's), used where `fields` has no entry of the field's own.
 * - `options.<list>.<value>`: the labels of a fixed list's options (`options.audience.children`);
 *   English comes from the site's own strings (locales/en.json), as the config generator writes it.
 * - `phrases`: sentences keyed by their English text (validation messages from the schema, hint
 *   fragments the config generator adds), with `{{name}}` standing for a changing part.
 *
 * Whatever a language leaves out falls back to English, so a new schema field shows up in English
 * until someone translates it; `tests/unit/admin-i18n.test.ts` fails when a translation names a
 * field or a sentence that no longer exists.
 */
import en from '../../locales/admin/en.json';
import it from '../../locales/admin/it.json';
import el from '../../locales/admin/el.json';

/** One field's translated label and hint. */
export interface FieldText {
  label?: string;
  hint?: string;
}

/** The shape of a `locales/admin/<code>.json` file. */
export interface AdminStrings {
  /** The language's own name, for the language switcher. */
  name: string;
  /** The Decap CMS locale with its buttons and menus in this language. */
  decap: string;
  ui: Record<string, string>;
  fields?: Record<string, Record<string, FieldText>>;
  /** Texts of recurring fields, keyed by the end of their path (`address.street`). */
  common?: Record<string, FieldText>;
  /** Option labels of fixed lists, `options.<list>.<value>` (lists named by optionListName in src/lib/cms/option-lists.ts). */
  options?: Record<string, Record<string, string>>;
  phrases?: Record<string, string>;
}

/** Every admin language, English first. */
const files = { en, it, el } satisfies Record<string, AdminStrings>;
export type AdminLanguage = keyof typeof files;
export const adminStrings: Record<AdminLanguage, AdminStrings> = files;
export const adminLanguages = Object.keys(adminStrings) as AdminLanguage[];
export const englishAdmin: AdminLanguage = 'en';

export function isAdminLanguage(code: string | null | undefined): code is AdminLanguage {
  return typeof code === 'string' && Object.hasOwn(adminStrings, code);
}

const strings = (language: AdminLanguage): AdminStrings => adminStrings[language];

let current: AdminLanguage = englishAdmin;

/** The language the admin is shown in now. */
export function adminLanguage(): AdminLanguage {
  return current;
}

/** Sets the admin's language for everything this module translates afterwards. */
export function setAdminLanguage(language: AdminLanguage): void {
  current = language;
}

/** `{{name}}` placeholders replaced by values; an unknown name stays as written. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase key as a pattern: its `{{name}}` parts match any text, captured by name. */
function phrasePattern(key: string): RegExp {
  const parts = key.split(/(\{\{\s*\w+\s*\}\})/);
  const source = parts
    .map((p) => {
      const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(p)?.[1];
      return name ? `(?<${name}>.+?)` : escapeRegExp(p);
    })
    .join('');
  return new RegExp(`^${source}$`, 's');
}

const patterns = new Map<string, RegExp>();

/**
 * One English sentence in `language`, or the sentence itself when the language has no translation
 * of it. Exact keys win over keys with placeholders.
 */
export function translatePhrase(message: string, language: AdminLanguage = current): string {
  const phrases = strings(language).phrases ?? {};
  const exact = phrases[message];
  if (exact) return exact;
  for (const [key, translation] of Object.entries(phrases)) {
    if (!key.includes('{{') || !translation) continue;
    let pattern = patterns.get(key);
    if (!pattern) patterns.set(key, (pattern = phrasePattern(key)));
    const m = pattern.exec(message);
    if (m) return fill(translation, m.groups ?? {});
  }
  return message;
}

/**
 * The editor's language version of an English validation message from the schema (its custom
 * messages, such as "ageMin must not be greater than ageMax"), falling back to English. Messages
 * joined by "; " are translated part by part.
 */
export function translateMessage(message: string, language: AdminLanguage = current): string {
  const whole = translatePhrase(message, language);
  if (whole !== message || !message.includes('; ')) return whole;
  return message
    .split('; ')
    .map((part) => translatePhrase(part, language))
    .join('; ');
}

/** A string of the admin's own interface, in `language` or else English, `{{name}}`s filled. */
export function ui(key: string, values: Record<string, string> = {}, language: AdminLanguage = current): string {
  const text = strings(language).ui[key] ?? strings(englishAdmin).ui[key];
  if (text === undefined) throw new Error(`admin i18n: no English text for "${key}" in locales/admin/en.json`);
  return fill(text, values);
}

/** The `common` entry for the longest end of `path` that has one (`office.address.street` → `address.street`). */
function commonText(common: Record<string, FieldText> | undefined, path: string): FieldText | undefined {
  if (!common) return undefined;
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const found = common[parts.slice(i).join('.')];
    if (found) return found;
  }
  return undefined;
}

/**
 * A field's label and hint in `language`: the translation's where it has one, otherwise the
 * English ones from the schema (hints translated phrase by phrase where the phrases are known).
 */
export function fieldText(
  kind: string,
  path: string,
  english: { label: string; hint?: string },
  language: AdminLanguage = current,
): { label: string; hint?: string } {
  const own = strings(language).fields?.[kind]?.[path] ?? commonText(strings(language).common, path) ?? {};
  const hint = own.hint ?? (english.hint === undefined ? undefined : translateMessage(english.hint, language));
  return { label: own.label ?? english.label, ...(hint === undefined ? {} : { hint }) };
}
