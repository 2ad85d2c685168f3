/**
 * Clean saves: what the CMS writes is what the editor changed, nothing more.
 *
 * - Every collection saves through a custom Decap format (`crossroads-<kind>`, set in
 *   src/lib/cms/config.ts) that writes with the content's own serializer
 *   (src/lib/content/serialize.ts): keys in the schema's order, one fixed YAML style, blanks left
 *   out, so an untouched field never shows in the diff.
 * - No file for a language nobody wrote in. Decap writes a file for every locale that has data,
 *   and a new entry has (empty) data for all of them, so it wrote `{}` nine times per new entry.
 *   Decap skips a locale only when its data is missing (`getI18nFiles` in decap-cms-core's
 *   lib/i18n/i18next.ts), and it turns a format's empty text into "\n" before that check
 *   (`entryToRaw`), so the format alone cannot skip a file: the format writes nothing for an empty
 *   translation and the backend's `persistEntry` is wrapped to leave such files out.
 * - A translation the editor cleared completely is not left behind with its old text: when the
 *   file exists in the repository, it is written empty (`{}`), the diff shows its text removed,
 *   and the site falls back to the default language for that record, with its usual notice.
 */
import { parse } from 'yaml';
import { recordKinds, type RecordKind } from '~/lib/content/schema';
import { contentFormatName, expandShorthands, isEmptyTranslation, serializeContent } from '~/lib/content/serialize';
import type { DecapGlobal } from './decap';

/** A file Decap hands to a backend to write (decap-cms-lib-util's DataFile). */
interface DataFile {
  path: string;
  slug: string;
  raw: string;
  newPath?: string;
}

/** The part of a Decap backend implementation this module wraps. */
interface BackendImplementation {
  persistEntry(entry: { dataFiles: DataFile[]; assets: unknown[] }, opts: { newEntry?: boolean; [option: string]: unknown }): Promise<void>;
  getEntry(path: string): Promise<unknown>;
}

declare module './decap' {
  interface DecapGlobal {
    registerCustomFormat(
      name: string,
      extension: string,
      formatter: { fromFile(text: string): unknown; toFile(data: any, sortedKeys?: string[], comments?: unknown): string },
    ): void;
    getBackend(name: string): { init: (...args: any[]) => BackendImplementation } | undefined;
  }
}

/** What a cleared translation is written as: a translation with no text (the reader reads it as such). */
export const clearedTranslation = '{}\n';

/** The format's text for a record of `kind` as the CMS holds it (default-locale data or one translation). */
export function toFile(kind: RecordKind, data: Record<string, unknown>): string {
  // A translation holds text fields only: Decap keeps the shared fields in the default locale's data.
  const shared = recordKinds[kind].shared.shape;
  const translation = !Object.keys(data).some((key) => key in shared);
  if (translation && isEmptyTranslation(data)) return '';
  return serializeContent({ kind, translation }, data);
}

/**
 * The record as the CMS edits it: the file's data, with each shorthand item (a plain document in
 * a list of document groups) read as the group it stands for, which the CMS's list of groups can
 * show; `toFile` writes it back as shorthand, so an untouched list saves unchanged.
 */
export function fromFile(kind: RecordKind, text: string): unknown {
  return expandShorthands({ kind, translation: false }, parse(text) ?? {});
}

/**
 * `persist` without the files of empty translations: a new record gets no file for a language
 * nobody wrote in; an existing record's translation cleared to nothing is written empty if its
 * file exists, and left out otherwise.
 */
export function withoutEmptyTranslations(implementation: BackendImplementation): BackendImplementation {
  const persist = implementation.persistEntry.bind(implementation);
  // Hosted backends reject a missing file; decap-server answers `{ data: null }` for one.
  const exists = (path: string) =>
    implementation.getEntry(path).then(
      (found) => typeof (found as { data?: unknown } | undefined)?.data === 'string',
      () => false,
    );
  implementation.persistEntry = async (entry, opts) => {
    const dataFiles: DataFile[] = [];
    for (const file of entry.dataFiles) {
      if (file.raw.trim() !== '') dataFiles.push(file);
      else if (!opts.newEntry && (await exists(file.path))) dataFiles.push({ ...file, raw: clearedTranslation });
    }
    return persist({ ...entry, dataFiles }, opts);
  };
  return implementation;
}

/** Decap's backends, hosted and local (`proxy` is decap-server behind `npm run cms`). */
const backendNames = ['github', 'gitlab', 'gitea', 'bitbucket', 'azure', 'git-gateway', 'aws-cognito-github-proxy', 'proxy', 'test-repo'];

/** Registers the formats and wraps the backends; call before `CMS.init()`. */
export function registerCleanSaves(CMS: DecapGlobal): void {
  for (const kind of Object.keys(recordKinds) as RecordKind[]) {
    CMS.registerCustomFormat(contentFormatName(kind), 'yml', {
      fromFile: (text) => fromFile(kind, text),
      toFile: (data) => toFile(kind, data),
    });
  }
  // Decap offers no hook between its list of files and the backend, and refuses to register a
  // backend name twice: wrap the registered factories in place, before CMS.init() uses them.
  for (const name of backendNames) {
    const backend = CMS.getBackend(name);
    if (!backend) continue;
    const init = backend.init;
    backend.init = (...args) => withoutEmptyTranslations(init(...args));
  }
}
