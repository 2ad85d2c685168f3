/**
 * Reads the content folder, validates every file against the schemas in `schema.ts`, merges each
 * record's translations and checks references between records. Any problem is reported with the
 * file, the field and the reason, and all problems are reported at once so an editor can fix a
 * batch in one go.
 *
 * Layout (Decap CMS `multiple_folders` i18n):
 *   content/network/settings.yml
 *   content/network/{categories,providers,services,calendar}/<locale>/<slug>.yml
 *   content/towns/<town>/profile/<locale>/<town>.yml
 *   content/towns/<town>/{providers,services,calendar}/<locale>/<slug>.yml
 *   content/towns/<town>/orgs/<provider>/{services,calendar}/<locale>/<slug>.yml
 *
 * A record's folder says who owns it: the network, a town, or an organisation (a provider with
 * `editors: true`) inside one of its towns. An organisation's records are the town's records in
 * every output (same slug, id and URLs; `owner` is still the town): only `org` tells them apart,
 * for the CMS and repository rules. Moving a file between the town's and the organisation's
 * folder changes nothing else, which is why slugs must be unique across all folders.
 *
 * Anything else under the content folder (a misspelt folder, a `.yaml` file, a hidden file, a file
 * one level too deep) is reported as a problem, never skipped: a record the reader does not load
 * would vanish from the site without a word. docs/content-checks.md says which cases and why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { defaultLocale, isLocale, type LocaleCode } from '../i18n/locales';
import { recordId } from './record-id';
import { arrivalKeyProblems } from './arrival-keys';
import type { LocalizedText } from '../i18n/localize';
import {
  networkSettings,
  fileSchemas,
  recordKinds,
  type CategoryShared,
  type CategoryText,
  type NetworkSettings,
  type ProviderShared,
  type ProviderText,
  type RecordKind,
  type ServiceShared,
  type ServiceText,
  type TownShared,
  type TownText,
  type CalendarShared,
  type CalendarText,
} from './schema';
import { checkRecurrence } from '../calendar/recurrence';
import { reservedCategorySlugs, reservedEntrySlugs } from '../routing/routes';
import { ContentError, formatPath, plainMessage, type ContentProblem } from './errors';
import { dropOptionalBlanks } from './blanks';
import { historyFile, historyProblems } from '../metrics/history';

/** Folder that holds the records of the network as a whole rather than of one town. */
export const networkOwner = 'network';

/** One record with its structured fields and every translation present on disk. */
export interface ContentRecord<S, T> {
  kind: RecordKind;
  slug: string;
  /** Stable UUID derived from kind and slug. */
  id: string;
  /** Town slug whose folder holds the record, or "network". */
  owner: string;
  /** The provider whose own folder in the owner town holds the record (`towns/<town>/orgs/<org>/`), if any. */
  org?: string;
  shared: S;
  /** Text fields per locale; the default locale is complete, others may lack any field. */
  text: LocalizedText<T>;
  /** Content-relative path of each locale's file, for messages and the editor report. */
  files: Partial<Record<LocaleCode, string>>;
}

export type Town = ContentRecord<TownShared, TownText>;
export type Category = ContentRecord<CategoryShared, CategoryText>;
export type Provider = ContentRecord<ProviderShared, ProviderText>;
export type Service = ContentRecord<ServiceShared, ServiceText>;
export type CalendarEntry = ContentRecord<CalendarShared, CalendarText>;

/** A record as the reader assembles it from its files, fields by name, before it is typed by its kind. */
type ReadRecord = ContentRecord<Record<string, unknown>, Record<string, unknown>>;

export interface Network {
  settings: NetworkSettings;
  towns: Town[];
  categories: Category[];
  providers: Provider[];
  services: Service[];
  calendar: CalendarEntry[];
}

/** Which kinds may live in the network folder and in each town folder (folder name → kind). */
const networkFolders: Record<string, RecordKind> = {
  categories: 'categories',
  providers: 'providers',
  services: 'services',
  calendar: 'calendar',
};
const townFolders: Record<string, RecordKind> = {
  profile: 'towns',
  providers: 'providers',
  services: 'services',
  calendar: 'calendar',
};
/** The folder of a town that holds one folder per organisation with editors. */
export const orgsFolder = 'orgs';
/** What an organisation's own folder holds: the kinds its editors may change. */
export const orgFolders: Record<string, RecordKind> = {
  services: 'services',
  calendar: 'calendar',
};
const slugName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const yamlFile = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yml$/;
/** A record file with the other YAML extension: Decap reads and writes `.yml` only. */
const yamlLongFile = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/i;
/**
 * Hidden names the reader passes over, none of which can hold a record: `.gitkeep` is how git
 * keeps an empty folder (a town with no calendar yet), and `.synthetic-network` marks a folder
 * scripts/generate-network.ts may replace. Every other hidden file is reported.
 */
const ignoredNames = new Set(['.gitkeep', '.synthetic-network']);

/**
 * Reads and validates the whole network below `contentDir`.
 * @throws ContentError listing every problem found, each with its file and field.
 */
export function readNetwork(contentDir: string): Network {
  const problems: ContentProblem[] = [];
  const rel = (p: string) => path.relative(contentDir, p).split(path.sep).join('/');
  const records: Record<RecordKind, ReadRecord[]> = {
    towns: [],
    categories: [],
    providers: [],
    services: [],
    calendar: [],
  };

  if (!isFolder(contentDir)) {
    throw new ContentError([{ file: '', field: '', message: 'content folder does not exist' }], displayRoot(contentDir));
  }

  const listed = (dir: string) => listDir(dir, rel, problems);
  for (const name of listed(contentDir)) {
    if (name === networkOwner || name === 'towns') {
      if (isFolder(path.join(contentDir, name))) continue;
    }
    problems.push({
      file: rel(path.join(contentDir, name)),
      field: '',
      message: 'not read by the build: the content folder holds only the folders network and towns',
    });
  }

  // Network settings.
  let settings: NetworkSettings = networkSettings.parse({});
  const settingsFile = path.join(contentDir, 'network', 'settings.yml');
  if (fs.existsSync(settingsFile)) {
    const raw = readYaml(settingsFile, rel(settingsFile), problems);
    if (raw !== undefined) {
      const parsed = validate(networkSettings, raw, rel(settingsFile), problems);
      if (parsed) settings = parsed;
    }
  }

  // Collection folders: network ones, then one set per town folder.
  const folders: { dir: string; owner: string; kind: RecordKind; org?: string }[] = [];
  /** Every organisation folder found, to check against the providers once all are read. */
  const orgs: OrgFolder[] = [];
  const networkDir = path.join(contentDir, 'network');
  for (const name of isFolder(networkDir) ? listed(networkDir) : []) {
    const entry = path.join(networkDir, name);
    if (name === 'settings.yml' ? !isFolder(entry) : name in networkFolders && isFolder(entry)) continue;
    // The metrics history (npm run metrics:snapshot) is checked here, read by the dashboard.
    if (`network/${name}` === historyFile && !isFolder(entry)) {
      problems.push(...historyProblems(fs.readFileSync(entry, 'utf8'), rel(entry)));
      continue;
    }
    problems.push({
      file: rel(entry),
      field: '',
      message: `not read by the build: the network folder holds only settings.yml, ${historyFile.split('/')[1]} and the folders ${Object.keys(networkFolders).join(', ')}`,
    });
  }
  for (const [name, kind] of Object.entries(networkFolders)) {
    folders.push({ dir: path.join(networkDir, name), owner: networkOwner, kind });
  }
  const townsDir = path.join(contentDir, 'towns');
  const townSlugs: string[] = [];
  for (const town of isFolder(townsDir) ? listed(townsDir) : []) {
    const townDir = path.join(townsDir, town);
    if (!isFolder(townDir)) {
      problems.push({ file: rel(townDir), field: '', message: 'not read by the build: the towns folder holds only one folder per town' });
      continue;
    }
    if (!slugName.test(town)) {
      problems.push({ file: rel(townDir), field: '', message: 'town folder name must be a slug (lowercase, hyphens)' });
      continue;
    }
    townSlugs.push(town);
    for (const entry of listed(townDir)) {
      if ((entry in townFolders || entry === orgsFolder) && isFolder(path.join(townDir, entry))) continue;
      problems.push({
        file: rel(path.join(townDir, entry)),
        field: '',
        message: `not read by the build: a town folder holds only the folders ${[...Object.keys(townFolders), orgsFolder].join(', ')}`,
      });
    }
    const orgsDir = path.join(townDir, orgsFolder);
    for (const org of isFolder(orgsDir) ? listed(orgsDir) : []) {
      const orgDir = path.join(orgsDir, org);
      if (!isFolder(orgDir) || !slugName.test(org)) {
        problems.push({
          file: rel(orgDir),
          field: '',
          message: `not read by the build: ${rel(orgsDir)} holds one folder per organisation, named by its provider's slug`,
        });
        continue;
      }
      orgs.push({ town, org, folder: rel(orgDir) });
      for (const entry of listed(orgDir)) {
        if (entry in orgFolders && isFolder(path.join(orgDir, entry))) continue;
        problems.push({
          file: rel(path.join(orgDir, entry)),
          field: '',
          message: `not read by the build: an organisation's folder holds only the folders ${Object.keys(orgFolders).join(', ')}`,
        });
      }
      for (const [name, kind] of Object.entries(orgFolders)) {
        folders.push({ dir: path.join(orgDir, name), owner: town, kind, org });
      }
    }
    for (const [name, kind] of Object.entries(townFolders)) {
      folders.push({ dir: path.join(townDir, name), owner: town, kind });
    }
  }

  // Slugs of records whose own file is invalid: they are already reported, so references to them
  // should not be reported a second time.
  const broken = new Set<string>();
  for (const { dir, owner, kind, org } of folders) {
    if (fs.existsSync(dir)) records[kind].push(...readCollection(dir, { owner, org }, kind, rel, problems, broken));
  }

  // Each kind's records were validated by that kind's schema (readCollection), which TypeScript
  // cannot follow through a kind chosen at run time: here, and only here, they take their types.
  const network: Network = {
    settings,
    towns: records.towns as Town[],
    categories: records.categories as Category[],
    providers: records.providers as Provider[],
    services: records.services as Service[],
    calendar: records.calendar as CalendarEntry[],
  };
  problems.push(...checkReferences(network, townSlugs, broken), ...checkOrgs(network, orgs, broken));
  if (problems.length > 0) throw new ContentError(problems, displayRoot(contentDir), network);

  for (const list of Object.values(records)) list.sort((a, b) => a.slug.localeCompare(b.slug, 'en'));
  network.categories.sort((a, b) => a.shared.order - b.shared.order || a.slug.localeCompare(b.slug, 'en'));
  return network;
}

/** Reads one `<folder>/<locale>/<slug>.yml` collection into merged records. */
function readCollection(
  dir: string,
  { owner, org }: { owner: string; org?: string },
  kind: RecordKind,
  rel: (p: string) => string,
  problems: ContentProblem[],
  broken: Set<string>,
): ReadRecord[] {
  const { file: full, translation } = fileSchemas(kind);
  const textFields = (recordKinds[kind].text as z.ZodObject).shape;
  const bySlug = new Map<string, ReadRecord>();
  const translations: { slug: string; locale: LocaleCode; file: string; raw: unknown }[] = [];

  for (const locale of listDir(dir, rel, problems)) {
    const localeDir = path.join(dir, locale);
    if (!isFolder(localeDir)) {
      problems.push({ file: rel(localeDir), field: '', message: 'expected only locale folders (en, ar, …) here' });
      continue;
    }
    if (!isLocale(locale)) {
      problems.push({ file: rel(localeDir), field: '', message: `"${locale}" is not one of the site's locales` });
      continue;
    }
    for (const name of listDir(localeDir, rel, problems)) {
      const file = path.join(localeDir, name);
      // A broken default-locale file keeps its slug, so its translations are not reported as
      // orphans on top of the one problem that matters.
      const brokenRecord = (slug: string) => {
        if (locale !== defaultLocale) return;
        bySlug.set(slug, null as never);
        broken.add(`${kind}/${slug}`);
      };
      if (isFolder(file)) {
        problems.push({ file: rel(file), field: '', message: `folder at the wrong depth: record files go directly in ${rel(localeDir)}/` });
        continue;
      }
      const long = yamlLongFile.exec(name);
      if (long) {
        problems.push({ file: rel(file), field: '', message: 'rename the file to end in .yml: the CMS reads and writes .yml only' });
        brokenRecord(long[1].toLowerCase());
        continue;
      }
      const match = yamlFile.exec(name);
      if (!match) {
        problems.push({
          file: rel(file),
          field: '',
          message: 'file name must be a slug (lowercase letters, digits, hyphens) ending in .yml',
        });
        continue;
      }
      const slug = match[1];
      const raw = readYaml(file, rel(file), problems);
      if (raw === undefined) {
        brokenRecord(slug);
        continue;
      }
      if (locale === defaultLocale) {
        // Decap CMS writes "" and [] for optional fields left empty: they mean "absent".
        const data = validate(full, dropOptionalBlanks(full, raw), rel(file), problems);
        if (!data) {
          brokenRecord(slug);
          continue;
        }
        const sharedData: Record<string, unknown> = {};
        const textData: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
          if (key in textFields) textData[key] = value;
          else sharedData[key] = value;
        }
        bySlug.set(slug, {
          kind,
          slug,
          id: recordId(kind, slug),
          owner,
          ...(org ? { org } : {}),
          shared: sharedData,
          text: { [defaultLocale]: textData } as ReadRecord['text'],
          files: { [defaultLocale]: rel(file) },
        });
      } else {
        translations.push({ slug, locale, file: rel(file), raw });
      }
    }
  }

  for (const t of translations) {
    if (!bySlug.has(t.slug)) {
      problems.push({
        file: t.file,
        field: '',
        message: `translation has no ${defaultLocale} record (expected ${t.file.replace(`/${t.locale}/`, `/${defaultLocale}/`)})`,
      });
      continue;
    }
    const record = bySlug.get(t.slug);
    const data = validate(translation, dropBlanks(t.raw), t.file, problems);
    if (!record || !data) continue;
    // Keep only the fields actually translated, so fallbacks can be detected per field.
    const present = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
    record.text[t.locale] = present;
    record.files[t.locale] = t.file;
  }

  return [...bySlug.values()].filter(Boolean);
}

/** Cross-record checks: references resolve, slugs are unique, town folders are consistent. */
function checkReferences(
  network: Network,
  townSlugs: string[],
  broken: Set<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileOf = (r: ContentRecord<unknown, unknown>) => r.files[defaultLocale] ?? r.slug;

  for (const kind of ['towns', 'categories', 'providers', 'services', 'calendar'] as const) {
    const seen = new Map<string, string>();
    for (const r of network[kind]) {
      const other = seen.get(r.slug);
      if (other) {
        problems.push({ file: fileOf(r), field: 'slug', message: `duplicate slug "${r.slug}", also used by ${other}` });
      } else {
        seen.set(r.slug, fileOf(r));
      }
    }
  }

  const known = (kind: RecordKind) => {
    const slugs = new Set(network[kind].map((r) => r.slug));
    return { has: (slug: string) => slugs.has(slug) || broken.has(`${kind}/${slug}`) };
  };
  const towns = known('towns');
  const categories = known('categories');
  const providers = known('providers');
  const services = known('services');

  for (const folder of townSlugs) {
    const profiles = network.towns.filter((t) => t.owner === folder);
    if (profiles.length === 0 && !broken.has(`towns/${folder}`)) {
      problems.push({
        file: `towns/${folder}`,
        field: '',
        message: `town folder has no profile (expected towns/${folder}/profile/${defaultLocale}/${folder}.yml)`,
      });
    }
    for (const t of profiles) {
      if (t.slug !== folder) {
        problems.push({ file: fileOf(t), field: 'slug', message: `town profile must be named ${folder}.yml, like its folder` });
      }
    }
  }

  const checkTown = (r: ContentRecord<unknown, unknown>, field: string, slug: string) => {
    if (!towns.has(slug)) problems.push({ file: fileOf(r), field, message: `unknown town "${slug}"` });
  };
  const checkOwnerServed = (r: ContentRecord<unknown, unknown>, served: string[]) => {
    if (r.owner !== networkOwner && !served.includes(r.owner)) {
      problems.push({
        file: fileOf(r),
        field: 'towns',
        message: `a record in ${r.owner}'s folder must list "${r.owner}" among its towns`,
      });
    }
  };

  for (const p of network.providers) {
    p.shared.towns.forEach((slug, i) => checkTown(p, `towns[${i}]`, slug));
    checkOwnerServed(p, p.shared.towns);
  }
  for (const s of network.services) {
    const sh = s.shared;
    if (!providers.has(sh.provider)) {
      problems.push({ file: fileOf(s), field: 'provider', message: `unknown provider "${sh.provider}"` });
    }
    sh.towns.forEach((slug, i) => checkTown(s, `towns[${i}]`, slug));
    checkOwnerServed(s, sh.towns);
    sh.categories.forEach((slug, i) => {
      if (!categories.has(slug)) {
        problems.push({ file: fileOf(s), field: `categories[${i}]`, message: `unknown category "${slug}"` });
      }
    });
    sh.locations.forEach((loc, i) => checkTown(s, `locations[${i}].address.town`, loc.address.town));
  }
  for (const t of network.towns) {
    problems.push(...checkArrivalSteps(t, network.services, broken), ...checkPracticeNotes(t, categories));
  }
  for (const c of network.categories) {
    if (reservedCategorySlugs.includes(c.slug)) {
      problems.push({ file: fileOf(c), field: 'slug', message: `"${c.slug}" is reserved for the overview's own pages; rename the file` });
    }
  }
  const townZone = new Map(network.towns.map((t) => [t.slug, t.shared.timezone]));
  for (const e of network.calendar) {
    const sh = e.shared;
    if (reservedEntrySlugs.includes(e.slug)) {
      problems.push({ file: fileOf(e), field: 'slug', message: `"${e.slug}" is reserved for the calendar's own pages; rename the file` });
    }
    sh.towns.forEach((slug, i) => checkTown(e, `towns[${i}]`, slug));
    checkOwnerServed(e, sh.towns);
    sh.categories.forEach((slug, i) => {
      if (!categories.has(slug)) problems.push({ file: fileOf(e), field: `categories[${i}]`, message: `unknown category "${slug}"` });
    });
    sh.services.forEach((slug, i) => {
      if (!services.has(slug)) problems.push({ file: fileOf(e), field: `services[${i}]`, message: `unknown service "${slug}"` });
    });
    if (sh.location) checkTown(e, 'location.address.town', sh.location.address.town);
    const zone = sh.timezone ?? townZone.get(sh.towns[0]);
    if (zone) {
      for (const p of checkRecurrence(sh, zone)) problems.push({ file: fileOf(e), ...p });
    }
  }
  return problems;
}

/** An organisation's folder in a town (`towns/<town>/orgs/<org>/`), as found on disk. */
interface OrgFolder {
  town: string;
  org: string;
  /** Content-relative path, for messages. */
  folder: string;
}

/**
 * Organisations' folders against the providers: each is named after a provider that has its own
 * editors (`editors: true`) and works in the town, and its services are that provider's (an
 * organisation edits its own services, not another's).
 */
function checkOrgs(network: Network, orgs: OrgFolder[], broken: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { town, org, folder } of orgs) {
    const provider = network.providers.find((p) => p.slug === org);
    if (!provider) {
      if (!broken.has(`providers/${org}`)) {
        problems.push({ file: folder, field: '', message: `no provider "${org}": an organisation's folder is named by its provider's slug` });
      }
    } else if (!provider.shared.editors) {
      problems.push({
        file: folder,
        field: '',
        message: `provider "${org}" has no editors of its own: set editors: true in ${provider.files[defaultLocale]}, or move these records to the town's folders`,
      });
    } else if (!provider.shared.towns.includes(town)) {
      problems.push({ file: folder, field: '', message: `provider "${org}" does not work in ${town}: add ${town} to its towns` });
    }
  }
  for (const s of network.services) {
    if (s.org && s.shared.provider !== s.org) {
      problems.push({
        file: s.files[defaultLocale] ?? s.slug,
        field: 'provider',
        message: `a service in ${s.org}'s own folder must be run by "${s.org}", not "${s.shared.provider}"`,
      });
    }
  }
  return problems;
}

/**
 * A town's arrival steps against the rest of the network: each step's service exists and serves
 * the town (a step sending newcomers to another town's office would be wrong on arrival day), the
 * default language says what to do at every step, and every language's texts belong to a step.
 */
function checkArrivalSteps(town: Town, services: Service[], broken: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = town.files[defaultLocale] ?? town.slug;
  const steps = town.shared.arrivalSteps;
  steps.forEach((step, i) => {
    const service = services.find((s) => s.slug === step.service);
    if (!service) {
      if (!broken.has(`services/${step.service}`)) {
        problems.push({ file, field: `arrivalSteps[${i}].service`, message: `unknown service "${step.service}"` });
      }
    } else if (!service.shared.towns.includes(town.slug) && service.shared.eligibility.residence !== 'lives-in-network') {
      problems.push({
        file,
        field: `arrivalSteps[${i}].service`,
        message: `service "${step.service}" does not serve ${town.slug}: choose one of the town's services`,
      });
    }
  });
  const texts = Object.fromEntries(Object.entries(town.text).map(([locale, text]) => [locale, text?.arrival]));
  for (const p of arrivalKeyProblems(steps, texts)) {
    const where = town.files[p.locale] ?? file;
    // Words without a step: say where the keys are set, since that is the other file to look at.
    const message = p.field.startsWith('arrival[') ? `${p.message} (the keys are set in ${file})` : p.message;
    problems.push({ file: where, field: p.field, message });
  }
  return problems;
}

/**
 * A town's practice notes: each is on a topic that exists and says something in the default
 * language, and every language's texts belong to a note (matched by topic, as arrival steps are
 * by key).
 */
function checkPracticeNotes(town: Town, categories: { has: (slug: string) => boolean }): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = town.files[defaultLocale] ?? town.slug;
  const notes = town.shared.practiceNotes;
  notes.forEach((note, i) => {
    if (!categories.has(note.category)) {
      problems.push({ file, field: `practiceNotes[${i}].category`, message: `unknown category "${note.category}"` });
    } else if (!town.text[defaultLocale]?.practice?.some((x) => x.category === note.category)) {
      problems.push({
        file,
        field: `practiceNotes[${i}].category`,
        message: `the note on "${note.category}" has no text: add an item with this topic to practice, with its title and what works`,
      });
    }
  });
  for (const [locale, text] of Object.entries(town.text) as [LocaleCode, Partial<TownText> | undefined][]) {
    text?.practice?.forEach((item, i) => {
      if (!notes.some((n) => n.category === item.category)) {
        problems.push({
          file: town.files[locale] ?? file,
          field: `practice[${i}].category`,
          message: `no practice note is on "${item.category}" (the notes are listed in ${file}, under practiceNotes)`,
        });
      }
    });
  }
  return problems;
}

/**
 * Decap writes "" or [] for a translatable field nobody has translated yet: that means "fall back",
 * so such fields are dropped before validation instead of failing as "must not be empty".
 */
function dropBlanks(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw ?? {};
  return Object.fromEntries(
    Object.entries(raw).filter(([, v]) => !(v === '' || v === null || (Array.isArray(v) && v.length === 0))),
  );
}

/** The content folder as the person running the build would type it. */
export function displayRoot(contentDir: string): string {
  const relative = path.relative(process.cwd(), contentDir);
  return (relative && !relative.startsWith('..') ? relative : contentDir).split(path.sep).join('/');
}

function isFolder(p: string): boolean {
  return fs.existsSync(p) && fs.statSync(p).isDirectory();
}

/** The names in a folder, sorted; hidden ones other than `.gitkeep` are reported, not returned. */
function listDir(dir: string, rel: (p: string) => string, problems: ContentProblem[]): string[] {
  if (!isFolder(dir)) return [];
  const names: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (ignoredNames.has(name)) continue;
    if (name.startsWith('.')) {
      problems.push({
        file: rel(path.join(dir, name)),
        field: '',
        message: 'hidden file or folder: the build does not read it; delete it, or rename it without the leading dot',
      });
    } else {
      names.push(name);
    }
  }
  return names;
}

/**
 * A content file's text, or why it cannot be read as text. Editors' tools sometimes save UTF-16
 * (Windows Notepad's "Unicode") or a legacy 8-bit encoding; saying so is the fix, where parsing
 * the bytes anyway would report a misleading "expected object" later. A UTF-8 byte order mark
 * is dropped.
 */
export function decodeContentFile(bytes: Uint8Array): { text: string } | { problem: string } {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || bytes.includes(0)) return { problem: 'is not UTF-8 (it looks like UTF-16); save it as UTF-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: 'is not UTF-8 (it holds bytes of another encoding, such as Latin-1); save it as UTF-8' };
  }
}

/**
 * The line a YAML error is on, as the editor's text editor numbers it. The parser places errors
 * found at the end of the input (an unclosed quote or bracket) after the final line break, a
 * line the editor cannot see: those are moved back to the last line that has text.
 */
export function yamlErrorLine(text: string, offset: number): number {
  const lastChar = Math.max(text.trimEnd().length - 1, 0);
  return text.slice(0, Math.min(offset, lastChar)).split('\n').length;
}

function readYaml(file: string, relPath: string, problems: ContentProblem[]): unknown {
  const decoded = decodeContentFile(fs.readFileSync(file));
  if ('problem' in decoded) {
    problems.push({ file: relPath, field: '', message: decoded.problem });
    return undefined;
  }
  try {
    return parseYaml(decoded.text) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    // The parser's own "at line N, column M" counts past the end for errors at the end of the file.
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ file: relPath, field: `line ${yamlErrorLine(decoded.text, error.pos[0])}`, message: `not valid YAML: ${reason}` });
    return undefined;
  }
}

function validate<T extends z.ZodType>(
  schema: T,
  raw: unknown,
  relPath: string,
  problems: ContentProblem[],
): z.infer<T> | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file: relPath,
          field: formatPath([...issue.path, key]),
          message: 'unknown field (check its spelling, or whether it belongs in the default-locale file)',
        });
      }
    } else {
      problems.push({ file: relPath, field: formatPath(issue.path), message: plainMessage(issue) });
    }
  }
  return undefined;
}


