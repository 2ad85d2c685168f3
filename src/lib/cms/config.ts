/**
 * The Decap CMS configuration, generated from the same zod schemas that validate the content
 * (`schema.ts`), so the editor and the build cannot disagree: every schema field becomes a CMS
 * field with a widget that stores what the schema accepts (`fields.ts`), and nothing else becomes one.
 *
 * Pure: takes the town list, the English UI strings (for option labels) and the backend settings,
 * returns a plain object (`cmsConfig`) or the YAML text of `cms/config.yml` (`cmsConfigYaml`).
 * `npm run cms:config` writes the file; the build writes the same config into `dist/admin/`.
 *
 * Storage is Decap's `multiple_folders` i18n layout, which is the layout `content/read.ts` reads:
 * structured fields are stored once in the default-locale file, text fields in every locale's file.
 * Each town's collections live under `content/towns/<town>/` alone, and an organisation's with
 * editors of its own under `content/towns/<town>/orgs/<provider>/`, so repository rules
 * (CODEOWNERS, see `codeowners.ts`) can decide who may change and who must approve them.
 */
import { stringify } from 'yaml';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { contentFormatName, type ContentFormatName } from '../content/serialize';
import type { RecordKind } from '../content/schema';
import { ui } from '../../../cms/admin/i18n';
import { collectionName, orgOwner } from './collection-names';
import { recordFields, type CmsField, type RecordContext } from './fields';

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'yml';
  /** The content's own serializer (cms/admin/format.ts), so a save changes only what the editor changed. */
  format: ContentFormatName;
  create: boolean;
  delete: boolean;
  i18n: true;
  identifier_field: string;
  slug: string;
  summary: string;
  sortable_fields: string[];
  fields: CmsField[];
  /** Left out of the sidebar (another town's, in a town's own admin); references still read it. */
  hide?: boolean;
}

export interface CmsBackend {
  /** github, gitlab, gitea or git-gateway: where the hosted CMS saves. */
  name: string;
  repo?: string;
  branch?: string;
  [option: string]: unknown;
}

/** A town folder as the config needs it: slug, English name and its organisations with editors. */
export interface CmsTown {
  slug: string;
  name: string;
  /** Providers with editors of their own in the town (`towns/<town>/orgs/<slug>/`), with their English names. */
  orgs?: { slug: string; name: string }[];
}

export interface CmsSetup {
  /** Town folders (slug) with the town's English name, in the order the CMS lists them. */
  towns: CmsTown[];
  /** The English UI strings (`locales/en.json`), for the labels of fixed lists. */
  labels: Record<string, unknown>;
  /** The git host the CMS saves to when it is not running locally. */
  backend: CmsBackend;
  /** Content folder relative to the repository root; `content` unless building another network. */
  contentRoot?: string;
  /** Where `decap-server` listens for local editing (`npm run cms`). */
  localBackendUrl?: string;
  /** The public site, for the CMS's "view live" link. */
  siteUrl?: string;
  /**
   * The town whose own admin (`/admin/<town>/`) this config is for: its collections first, then
   * the network's; the other towns' stay in the config, hidden from the sidebar, so references to
   * their records still resolve. Without it, every collection is listed (the coordinators' admin).
   */
  town?: string;
  /**
   * With `town`: the organisation whose own admin (`/admin/<town>/<org>/`) this config is for. Only
   * its services and calendar are listed; every other collection stays, hidden, for references.
   */
  org?: string;
}

/** The port `npm run cms` starts decap-server on, and the URL the admin looks for it at. */
export const defaultLocalBackendPort = 8081;
export const defaultLocalBackendUrl = `http://127.0.0.1:${defaultLocalBackendPort}/api/v1`;

/** Folders of a town, by record kind (the layout `content/read.ts` reads). */
const townFolders: Partial<Record<RecordKind, string>> = {
  towns: 'profile',
  services: 'services',
  providers: 'providers',
  calendar: 'calendar',
};
const networkKinds: RecordKind[] = ['categories', 'services', 'providers', 'calendar'];
const townKinds: RecordKind[] = ['towns', 'services', 'providers', 'calendar'];
/** What an organisation's editors change (the folders `content/read.ts` reads in its folder). */
const orgKinds: RecordKind[] = ['services', 'calendar'];

// The English names and descriptions come from the admin's strings (locales/admin/en.json); the
// admin shows them in the editor's language (cms/admin/language.ts).
const english = (key: string, values?: Record<string, string>) => ui(key, values, 'en');

/** The field that names a record, used for its slug and in lists. */
const identifierField: Record<RecordKind, string> = {
  towns: 'name',
  categories: 'name',
  providers: 'name',
  services: 'name',
  calendar: 'title',
};
const sortableFields: Record<RecordKind, string[]> = {
  towns: ['name'],
  categories: ['name', 'order'],
  providers: ['name'],
  services: ['name', 'reviewed', 'status'],
  calendar: ['title', 'kind', 'status', 'updated'],
};

/** Whose records a collection holds: the network's, a town's, or an organisation's in a town. */
type CollectionOwner =
  { of: 'network' } | { of: 'town'; town: string; name: string } | { of: 'org'; town: string; townName: string; org: string; name: string };

function collection(kind: RecordKind, owner: CollectionOwner, root: string, ctx: RecordContext): CmsCollection {
  const folder =
    owner.of === 'network'
      ? `${root}/network/${kind}`
      : owner.of === 'town'
        ? `${root}/towns/${owner.town}/${townFolders[kind]}`
        : `${root}/towns/${owner.town}/orgs/${owner.org}/${kind}`;
  const plural = english(`kind.${kind}`);
  const profile = kind === 'towns';
  const ownerLabel = owner.of === 'network' ? english('network') : owner.name;
  const description =
    owner.of === 'network'
      ? english('collection.network', { kind: plural, folder })
      : owner.of === 'org'
        ? english('collection.org', { org: owner.name, town: owner.townName, kind: plural, folder })
        : english(profile ? 'collection.profile' : 'collection.town', { town: owner.name, kind: plural, folder });
  const ownTown = owner.of === 'network' ? undefined : owner.town;
  return {
    name: collectionName(owner.of === 'org' ? orgOwner(owner.town, owner.org) : owner.of === 'town' ? owner.town : 'network', kind),
    label: english('collection.label', { owner: ownerLabel, kind: plural }),
    label_singular: english(`kind.${kind}.one`),
    description,
    folder,
    extension: 'yml',
    format: contentFormatName(kind),
    // A town has exactly one profile, named after its folder.
    create: !profile,
    delete: !profile,
    i18n: true,
    identifier_field: identifierField[kind],
    // Slugs are unique across the network (they are the URLs); a town's records carry its name,
    // and so do its organisations' (a record can move between the two and keep its slug).
    slug: ownTown && !profile ? `${ownTown}-{{slug}}` : '{{slug}}',
    summary: `{{${identifierField[kind]}}}`,
    sortable_fields: sortableFields[kind],
    fields: recordFields(kind, { ...ctx, ownTown }),
  };
}

/** The whole Decap configuration. */
export function cmsConfig(setup: CmsSetup): Record<string, unknown> {
  const root = (setup.contentRoot ?? 'content').replace(/\/+$/, '');
  const towns = setup.towns.map((t) => t.slug);
  const orgs = Object.fromEntries(setup.towns.map((t) => [t.slug, (t.orgs ?? []).map((o) => o.slug)]));
  const ctx: RecordContext = { towns, labels: setup.labels, orgs };
  const network = networkKinds.map((kind) => collection(kind, { of: 'network' }, root, ctx));
  const ofOrg = (t: CmsTown, o: { slug: string; name: string }) =>
    orgKinds.map((kind) => collection(kind, { of: 'org', town: t.slug, townName: t.name, org: o.slug, name: o.name }, root, ctx));
  // A town's collections, then its organisations' (the town's editors review them).
  const ofTown = (t: CmsTown) => [
    ...townKinds.map((kind) => collection(kind, { of: 'town', town: t.slug, name: t.name }, root, ctx)),
    ...(t.orgs ?? []).flatMap((o) => ofOrg(t, o)),
  ];
  const hidden = (list: CmsCollection[]) => list.map((c) => ({ ...c, hide: true }));
  const own = setup.town === undefined ? undefined : setup.towns.find((t) => t.slug === setup.town);
  if (setup.town !== undefined && !own) throw new Error(`cms-config: no town folder "${setup.town}"`);
  const org = setup.org === undefined ? undefined : own?.orgs?.find((o) => o.slug === setup.org);
  if (setup.org !== undefined && !org)
    throw new Error(`cms-config: no organisation "${setup.org}" with editors in ${setup.town ?? 'no town'}`);
  const others = setup.towns.filter((t) => t !== own).flatMap(ofTown);
  let collections: CmsCollection[];
  if (own && org) {
    // An organisation's own admin: its records alone; the rest hidden, so references resolve.
    const mine = ofOrg(own, org);
    const names = new Set(mine.map((c) => c.name));
    collections = [...mine, ...hidden([...ofTown(own).filter((c) => !names.has(c.name)), ...network, ...others])];
  } else if (own) {
    collections = [...ofTown(own), ...network, ...hidden(others)];
  } else {
    collections = [...network, ...setup.towns.flatMap(ofTown)];
  }
  return {
    backend: { ...setup.backend, squash_merges: true },
    // `npm run cms` runs decap-server here; on any other host the admin uses `backend`.
    local_backend: { url: setup.localBackendUrl ?? defaultLocalBackendUrl },
    // Draft → In review → Ready, as pull requests (hosted) or branches (local git mode): an
    // organisation's save waits for the town's (or the coordinators') review before it is published.
    publish_mode: 'editorial_workflow',
    ...(setup.siteUrl ? { site_url: setup.siteUrl } : {}),
    // The content model has no images; Decap requires a media folder all the same.
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale },
    collections,
  };
}

const header = [
  '# Decap CMS configuration for the Crossroads directory.',
  '# GENERATED from src/lib/content/schema.ts by `npm run cms:config` (src/lib/cms/config.ts): do not edit by hand.',
  '# A unit test fails when this file and the schema disagree.',
  '',
].join('\n');

/** The text of `cms/config.yml`. */
export function cmsConfigYaml(setup: CmsSetup): string {
  return header + stringify(cmsConfig(setup), { lineWidth: 0, aliasDuplicateObjects: false });
}
