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
 * Each town's collections live under `content/towns/<town>/` alone, so repository rules
 * (CODEOWNERS, see `codeowners.ts`) can decide who may change them.
 */
import { stringify } from 'yaml';
import { defaultLocale, localeCodes } from '../i18n/locales';
import { contentFormatName, type ContentFormatName } from '../content/serialize';
import type { RecordKind } from '../content/schema';
import { ui } from '../../../cms/admin/i18n';
import { collectionName } from './collection-names';
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

export interface CmsSetup {
  /** Town folders (slug) with the town's English name, in the order the CMS lists them. */
  towns: { slug: string; name: string }[];
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

function collection(kind: RecordKind, owner: string, ownerLabel: string, root: string, ctx: RecordContext): CmsCollection {
  const isTown = owner !== 'network';
  const folder = isTown ? `${root}/towns/${owner}/${townFolders[kind]}` : `${root}/network/${kind}`;
  const plural = english(`kind.${kind}`);
  const profile = kind === 'towns';
  return {
    name: collectionName(owner, kind),
    label: english('collection.label', { owner: ownerLabel, kind: plural }),
    label_singular: english(`kind.${kind}.one`),
    description: english(profile ? 'collection.profile' : isTown ? 'collection.town' : 'collection.network', {
      town: ownerLabel,
      kind: plural,
      folder,
    }),
    folder,
    extension: 'yml',
    format: contentFormatName(kind),
    // A town has exactly one profile, named after its folder.
    create: !profile,
    delete: !profile,
    i18n: true,
    identifier_field: identifierField[kind],
    // Slugs are unique across the network (they are the URLs); a town's records carry its name.
    slug: isTown && !profile ? `${owner}-{{slug}}` : '{{slug}}',
    summary: `{{${identifierField[kind]}}}`,
    sortable_fields: sortableFields[kind],
    fields: recordFields(kind, { ...ctx, ownTown: isTown ? owner : undefined }),
  };
}

/** The whole Decap configuration. */
export function cmsConfig(setup: CmsSetup): Record<string, unknown> {
  const root = (setup.contentRoot ?? 'content').replace(/\/+$/, '');
  const towns = setup.towns.map((t) => t.slug);
  const ctx: RecordContext = { towns, labels: setup.labels };
  const network = networkKinds.map((kind) => collection(kind, 'network', english('network'), root, ctx));
  const ofTown = (t: { slug: string; name: string }) => townKinds.map((kind) => collection(kind, t.slug, t.name, root, ctx));
  const own = setup.town === undefined ? undefined : setup.towns.find((t) => t.slug === setup.town);
  if (setup.town !== undefined && !own) throw new Error(`cms-config: no town folder "${setup.town}"`);
  const collections: CmsCollection[] = own
    ? [...ofTown(own), ...network, ...setup.towns.filter((t) => t !== own).flatMap((t) => ofTown(t).map((c) => ({ ...c, hide: true })))]
    : [...network, ...setup.towns.flatMap(ofTown)];
  return {
    backend: { ...setup.backend, squash_merges: true },
    // `npm run cms` runs decap-server here; on any other host the admin uses `backend`.
    local_backend: { url: setup.localBackendUrl ?? defaultLocalBackendUrl },
    // Draft → In review → Ready, as pull requests (hosted) or branches (local git mode).
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
