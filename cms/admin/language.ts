/**
 * The admin in the editor's language, and one town at a time.
 *
 * Decap reads one configuration at start and cannot change language afterwards, so the admin
 * chooses the language first (the one the editor picked on this device, else the town's office
 * language on a town's own admin, else English), then fetches the generated config.yml, puts its
 * labels, hints, option labels and messages into that language (`translateConfig`, keyed as
 * cms/admin/i18n.ts describes) and starts Decap with it and Decap's own locale. Switching language
 * stores the choice and reloads.
 *
 * Two things Decap's interface does not do itself, added here:
 * - text fields of right-to-left languages get `dir="rtl"` (and their `lang`) in that language's
 *   pane; the patched bundle marks each pane with `data-locale` (src/integrations/decap-cms/decap-bundle.ts);
 * - a small bar to switch the admin's language and go to a town's own admin (`/admin/<town>/`).
 */
import { parse as parseYaml } from 'yaml';
import { optionListName } from '~/lib/cms/option-lists';
import { orgOwner } from '~/lib/cms/collection-names';
import { locales } from '~/lib/i18n/locales';
import type { Json } from '~/lib/open-data/json';
import {
  adminLanguages,
  adminStrings,
  englishAdmin,
  fieldText,
  isAdminLanguage,
  setAdminLanguage,
  translateMessage,
  translatePhrase,
  ui,
  type AdminLanguage,
} from './i18n';

declare global {
  interface Window {
    /** A site language's name for Decap's "Writing in" menus (the bundle is patched to ask). */
    crossroadsLocaleName?: (code: string) => string;
  }
}

/** Where the editor's choice of language is remembered on the device. */
export const languageStorageKey = 'crossroads-admin-language';

export interface AdminTownInfo {
  slug: string;
  name: string;
  officeLanguages: string[];
  /** Organisations with editors of their own in the town (`/admin/<town>/<org>/`). */
  orgs?: { slug: string; name: string }[];
}

/**
 * The admin's language: the editor's own choice when it is one the admin speaks, else the first
 * office language of the town whose admin this is that the admin speaks, else English.
 */
export function chooseAdminLanguage(saved: string | null | undefined, officeLanguages: readonly string[] = []): AdminLanguage {
  if (isAdminLanguage(saved)) return saved;
  // Office languages are BCP-47 tags (`it`, `el`, `fa-AF`): the admin's languages are base codes.
  return officeLanguages.map((l) => l.split('-')[0]).find(isAdminLanguage) ?? englishAdmin;
}

/** A BCP-47 language tag as the schema's language fields write them (`ar`, `fa-AF`). */
const languageTag = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/;

/** A language's name in the admin's language ("arabo" → "Arabo"), or undefined when unknown. */
export function languageName(code: string, language: AdminLanguage): string | undefined {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    // An engine without DisplayNames, or a code it rejects.
  }
  return name ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : undefined;
}

/** A site language's name in the admin's language, with its own name when that differs ("Arabo (العربية)"). */
export function localeName(code: string, language: AdminLanguage): string {
  const own = locales.find((l) => l.code === code)?.label;
  const name = languageName(code, language);
  if (!name) return own ?? code.toUpperCase();
  return own && own !== name ? `${name} (${own})` : name;
}

// ---------------------------------------------------------------------------------------------
// The config, in the admin's language.

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The record kind a generated collection holds, from its name (`valmara-profile` → towns). */
export function collectionKind(name: string): string | undefined {
  const m = /-(profile|categories|providers|services|calendar)$/.exec(name);
  return m ? (m[1] === 'profile' ? 'towns' : m[1]) : undefined;
}

/**
 * Every field of a generated collection with its path, the way `fields.<kind>.<path>` keys name
 * it: `eligibility.ageMin`, `locations[].hours[].opens`, and `recurrence.exdates[]` for the one
 * field of a list of single values.
 */
export function* configFields(fields: unknown, prefix = ''): Generator<{ path: string; field: Json }> {
  if (!Array.isArray(fields)) return;
  for (const field of fields) {
    if (!isObject(field) || typeof field.name !== 'string') continue;
    const path = `${prefix}${field.name}`;
    yield { path, field };
    if (field.widget === 'list') {
      yield* configFields(field.fields, `${path}[].`);
      if (isObject(field.field)) yield { path: `${path}[]`, field: field.field };
    } else {
      yield* configFields(field.fields, `${path}.`);
    }
  }
}

/** One field's texts in `language`, in place. */
function translateField(field: Json, kind: string, path: string, language: AdminLanguage): void {
  const english = { label: String(field.label ?? ''), ...(typeof field.hint === 'string' ? { hint: field.hint } : {}) };
  const { label, hint } = fieldText(kind, path, english, language);
  field.label = label;
  if (hint !== undefined) field.hint = hint;
  // A list's "Add …" button and item count name one item.
  if (typeof field.label_singular === 'string') field.label_singular = translatePhrase(field.label_singular, language);
  if (Array.isArray(field.pattern) && typeof field.pattern[1] === 'string') {
    field.pattern = [field.pattern[0], translateMessage(field.pattern[1], language)];
  }
  if (Array.isArray(field.options)) {
    const values = field.options.map((o) => (isObject(o) ? String(o.value) : String(o)));
    const list = optionListName(values);
    const names = list ? adminStrings[language].options?.[list] : undefined;
    // A list of languages (a service's, a town office's) is named by the browser in any language.
    const label = names
      ? (value: string) => names[value]
      : !list && values.every((v) => languageTag.test(v))
        ? (value: string) => languageName(value, language)
        : undefined;
    if (label) {
      field.options = field.options.map((o) => {
        const translated = isObject(o) && typeof o.value === 'string' ? label(o.value) : undefined;
        return translated ? { ...(o as Json), label: translated } : o;
      });
    }
  }
}

/**
 * The generated Decap config with its interface texts in `language` and Decap's own locale set;
 * whatever the language lacks stays English. `towns` names each town's collections' owner.
 */
export function translateConfig(config: Json, language: AdminLanguage, towns: readonly AdminTownInfo[]): Json {
  const copy = structuredClone(config);
  copy.locale = adminStrings[language].decap;
  const collections = Array.isArray(copy.collections) ? copy.collections : [];
  for (const collection of collections) {
    if (!isObject(collection) || typeof collection.name !== 'string') continue;
    const kind = collectionKind(collection.name);
    if (!kind) continue;
    const owner = collection.name.slice(0, -`-${kind === 'towns' ? 'profile' : kind}`.length);
    const town = towns.find((t) => t.slug === owner);
    const orgTown = towns.find((t) => t.orgs?.some((o) => orgOwner(t.slug, o.slug) === owner));
    const org = orgTown?.orgs?.find((o) => orgOwner(orgTown.slug, o.slug) === owner);
    const ownerName = town ? town.name : org ? org.name : ui('network', {}, language);
    const plural = ui(`kind.${kind}`, {}, language);
    collection.label = ui('collection.label', { owner: ownerName, kind: plural }, language);
    collection.label_singular = ui(`kind.${kind}.one`, {}, language);
    const folder = typeof collection.folder === 'string' ? collection.folder : '';
    collection.description = org
      ? ui('collection.org', { org: org.name, town: orgTown?.name ?? '', kind: plural, folder }, language)
      : ui(
          kind === 'towns' ? 'collection.profile' : town ? 'collection.town' : 'collection.network',
          { town: ownerName, kind: plural, folder },
          language,
        );
    for (const { path, field } of configFields(collection.fields)) translateField(field, kind, path, language);
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------
// In the browser.

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(languageStorageKey);
  } catch {
    // Storage refused (private mode, policy): the default language, every time.
    return null;
  }
}

/** The bar with the language and town switchers. */
function adminBar(language: AdminLanguage, towns: readonly AdminTownInfo[], town: AdminTownInfo | undefined, inOrg: boolean): HTMLElement {
  const bar = document.createElement('nav');
  bar.id = 'crossroads-admin-bar';
  bar.lang = language;
  bar.setAttribute('aria-label', ui('language', {}, language));

  const select = (label: string, name: string, options: [string, string][], value: string, onChange: (v: string) => void) => {
    const wrapper = document.createElement('label');
    wrapper.append(label);
    const input = document.createElement('select');
    input.name = name;
    for (const [v, text] of options) input.add(new Option(text, v, false, v === value));
    input.addEventListener('change', () => onChange(input.value));
    wrapper.append(input);
    bar.append(wrapper);
  };

  select(
    ui('language', {}, language),
    'admin-language',
    adminLanguages.map((l) => [l, adminStrings[l].name]),
    language,
    (chosen) => {
      try {
        localStorage.setItem(languageStorageKey, chosen);
      } catch {
        // Not remembered; this visit still switches through the address below.
      }
      const url = new URL(location.href);
      url.searchParams.set('lang', chosen);
      location.replace(url);
    },
  );
  // The coordinators' admin is one folder up from a town's, two from an organisation's.
  const adminRoot = new URL(inOrg ? '../../' : town ? '../' : './', location.href);
  select(
    ui('town', {}, language),
    'admin-town',
    [['', ui('allTowns', {}, language)], ...towns.map((t): [string, string] => [t.slug, t.name])],
    town?.slug ?? '',
    (slug) => location.assign(new URL(slug ? `${slug}/` : '', adminRoot)),
  );
  return bar;
}

/** Text controls: what an editor types a language's words into. */
const textControls = 'input:not([type]), input[type="text"], input[type="search"], textarea, [contenteditable="true"]';

/** Sets `dir` and `lang` on the text fields of each language's pane, now and as Decap renders. */
function directFields(): void {
  const directions = new Map<string, string>(locales.map((l) => [l.code, l.dir]));
  const apply = () => {
    for (const pane of document.querySelectorAll<HTMLElement>('[data-locale]')) {
      const code = pane.dataset.locale ?? '';
      const dir = directions.get(code) ?? 'ltr';
      for (const control of pane.querySelectorAll<HTMLElement>(textControls)) {
        if (control.dir !== dir) control.dir = dir;
        if (control.lang !== code) control.lang = code;
      }
    }
  };
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      apply();
    });
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-locale'] });
  apply();
}

/**
 * Starts Decap in the editor's language: `?lang=` (just switched), the remembered choice or the
 * town's office language; with this page's config.yml translated.
 */
export async function startAdmin(
  init: (config: Json) => void,
  data: { towns: readonly AdminTownInfo[]; town?: string; org?: string },
): Promise<void> {
  const town = data.towns.find((t) => t.slug === data.town);
  // An organisation's admin speaks its town office's language, as the town's does.
  const org = town?.orgs?.find((o) => o.slug === data.org);
  const asked = new URLSearchParams(location.search).get('lang');
  const language = chooseAdminLanguage(isAdminLanguage(asked) ? asked : savedLanguage(), town?.officeLanguages);
  setAdminLanguage(language);
  document.documentElement.lang = language;
  document.title = org ? ui('orgAdmin', { org: org.name }) : town ? ui('townAdmin', { town: town.name }) : ui('networkAdmin');
  window.crossroadsLocaleName = (code: string) => localeName(code, language);

  const href = document.querySelector<HTMLLinkElement>('link[rel="cms-config-url"]')?.href ?? 'config.yml';
  const response = await fetch(href, { credentials: 'same-origin', cache: 'no-cache' });
  if (!response.ok) throw new Error(`The admin's configuration (${href}) could not be loaded: ${response.status}`);
  const config: unknown = parseYaml(await response.text());
  if (!isObject(config)) throw new Error(`The admin's configuration (${href}) is not a YAML mapping`);

  // The bar switches by reloading: it stays out of the entry editor, where a reload loses edits.
  const bar = adminBar(language, data.towns, town, org !== undefined);
  const place = () => (bar.hidden = /^#\/collections\/[^/]+\/(?:new|entries\/)/.test(location.hash));
  window.addEventListener('hashchange', place);
  place();
  document.body.append(bar);
  directFields();
  // Decap would fetch config.yml again and merge it in: this is the whole config.
  init({ ...translateConfig(config, language, data.towns), load_config_file: false });
}
