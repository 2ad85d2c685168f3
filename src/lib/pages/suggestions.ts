/**
 * The "suggest a change / propose a service or event" block of service and town pages, worked out
 * once for both (src/lib/sharing/suggest.ts makes the links): who receives the mail, in which
 * language the editors read it, and, where the repository is on GitHub or GitLab, the direct edit
 * links for people with an account there. Tested in tests/unit/suggest.test.ts.
 */
import path from 'node:path';
import { readCmsSettings } from '../../integrations/decap-cms/settings';
import { collectionName } from '../cms/collection-names';
import type { Directory } from '../content/directory';
import type { Service, Town } from '../content/read';
import { contentDir } from '../content/source';
import { languageName } from '../dates/format';
import { getT } from '../i18n/i18next';
import { defaultLocale, type LocaleCode } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { paths } from '../routing/routes';
import {
  openAuthoringLink,
  responsibleTown,
  suggestionMail,
  townEditors,
  type EditingBackend,
  type SuggestionKind,
} from '../sharing/suggest';

/** Where the site's records are edited: the git host (cms/settings.yml) and the content folder in the repository. */
export interface EditingSite {
  backend: EditingBackend;
  /** The content folder from the repository root (`content`). */
  contentRoot: string;
}

let site: EditingSite | undefined;
/**
 * The build's editing site, read once: cms/settings.yml and the content folder being built, both
 * from the repository root, where the build runs (contentDir resolves from there too). Not from
 * this module's own address: pages are bundled into the output folder, so `import.meta.url` there
 * named a folder that moves with `--outDir` (edit links read `main/../content/…`, and a shard's
 * pages differed from a whole build's).
 */
export function editingSite(): EditingSite {
  const repository = process.cwd();
  const relative = path.relative(repository, contentDir()).split(path.sep).join('/');
  return (site ??= {
    backend: readCmsSettings(path.join(repository, 'cms/settings.yml')).backend,
    contentRoot: relative && !relative.startsWith('..') ? relative : 'content',
  });
}

export interface SuggestionLinks {
  /** The responsible town's name in the reader's language. */
  town: string;
  /** mailto: links. */
  change: string;
  propose: string;
  /** What the links do, in the reader's language. */
  hint: string;
  /** Direct edit links on the git host, when the site is on GitHub or GitLab. */
  edit?: { change: string; propose: string; host: string };
}

interface SuggestionInput {
  directory: Directory;
  locale: LocaleCode;
  site: URL;
  editing?: EditingSite;
}

const hostName = (backend: EditingBackend) => (backend.name === 'gitlab' ? 'GitLab' : 'GitHub');

function links(
  { directory: d, locale, site, editing = editingSite() }: SuggestionInput,
  town: Town,
  about: { change: { url: string; name: string; id: string }; editRecord: { collection: string; slug: string; file: string } },
): SuggestionLinks {
  const t = getT(locale);
  const { to, officeLanguages } = townEditors(town);
  const townUrl = new URL(paths.town(locale, town.slug), site).href;
  const townName = localize(town.text, defaultLocale).value.name;
  const mail = (kind: SuggestionKind, subject: { url: string; name: string; id: string }) =>
    suggestionMail({
      kind,
      to,
      officeLanguages,
      about: subject,
      reader: { locale, body: (values) => t(`suggest.mail.${kind}`, { ...values }) },
    });
  const change = mail('change', about.change);
  const propose = mail('propose', { url: townUrl, name: townName, id: town.id });
  const name = d.townName(town.slug, locale);
  const hint =
    change.officeLanguage === locale
      ? t('suggest.hint', { town: name })
      : t('suggest.hintLanguage', { town: name, language: languageName(change.officeLanguage, locale) });
  const fromRoot = (file: string) => [editing.contentRoot, file].filter(Boolean).join('/');
  const editChange = openAuthoringLink(editing.backend, site, { ...about.editRecord, file: fromRoot(about.editRecord.file) });
  const editPropose = openAuthoringLink(editing.backend, site, {
    collection: collectionName(town.slug, 'services'),
    folder: fromRoot(`towns/${town.slug}/services/${defaultLocale}`),
  });
  return {
    town: name,
    change: change.href,
    propose: propose.href,
    hint,
    ...(editChange && editPropose ? { edit: { change: editChange, propose: editPropose, host: hostName(editing.backend) } } : {}),
  };
}

/** The suggestion links of a service page: to the responsible town's editors. */
export function serviceSuggestions(input: SuggestionInput & { service: Service }): SuggestionLinks {
  const { service, directory: d, locale, site } = input;
  return links(input, d.town(responsibleTown(service)), {
    change: {
      url: new URL(paths.service(locale, service.slug), site).href,
      name: localize(service.text, defaultLocale).value.name,
      id: service.id,
    },
    editRecord: {
      collection: collectionName(service.owner, 'services'),
      slug: service.slug,
      file: service.files[defaultLocale] ?? '',
    },
  });
}

/** The suggestion links of a town page: to the town's editors. */
export function townSuggestions(input: SuggestionInput & { town: Town }): SuggestionLinks {
  const { town, locale, site } = input;
  return links(input, town, {
    change: { url: new URL(paths.town(locale, town.slug), site).href, name: localize(town.text, defaultLocale).value.name, id: town.id },
    editRecord: { collection: collectionName(town.slug, 'towns'), slug: town.slug, file: town.files[defaultLocale] ?? '' },
  });
}
