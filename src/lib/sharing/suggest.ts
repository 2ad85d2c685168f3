/**
 * "Suggest a change" and "propose a service or event": mailto links to the editors responsible for
 * a service or a town page, prefilled with the page's address and the record's name and id. They
 * replace the old "report outdated information" link. No form, no server: the reader's own mail
 * app sends the message, or they don't, so the site never holds what a reader wrote.
 *
 * The message is written for both ends: a few lines in the editors' office language first (so the
 * town reads at once what it is about), then the same in the reader's language, ending on the
 * question the reader answers. Everything editor- or reader-controlled (names, titles with `&`,
 * `?`, `#`, line breaks, right-to-left text) is flattened to one line and percent-encoded, so it
 * stays text in the subject or body and can never add a recipient, a header or a field.
 *
 * Where the repository lives on GitHub or GitLab, people with an account there also get a link
 * that edits the record directly: the CMS's open authoring when it is turned on, else the host's
 * own web editor, which forks the repository and opens a pull (merge) request for review.
 */
import type { Service, Town } from '../content/read';
import { mailHref } from './contact-links';

export type SuggestionKind = 'change' | 'propose';

export interface SuggestionTemplate {
  subject: string;
  /** With `{url}`, `{name}` and `{id}`; lines end with \n (the link writes them as %0D%0A). */
  body: string;
}

/**
 * The editors' part of the message, in the languages town offices speak first in the network;
 * others get English. Add a language here when a town lists it first in `officeLanguages`.
 */
export const officeTemplates: Record<string, Record<SuggestionKind, SuggestionTemplate>> = {
  en: {
    change: {
      subject: 'Suggested change: {name}',
      body: 'A reader suggests a change to this page:\n{url}\n\nRecord: {name}\nRecord id: {id}\n',
    },
    propose: {
      subject: 'Proposed service or event: {name}',
      body: 'A reader proposes a service or an event for {name}:\n{url}\n\nRecord id: {id}\n',
    },
  },
  it: {
    change: {
      subject: 'Modifica proposta: {name}',
      body: 'Un lettore propone una modifica a questa pagina:\n{url}\n\nScheda: {name}\nIdentificativo: {id}\n',
    },
    propose: {
      subject: 'Servizio o evento proposto: {name}',
      body: 'Un lettore propone un servizio o un evento per {name}:\n{url}\n\nIdentificativo: {id}\n',
    },
  },
  el: {
    change: {
      subject: 'Προτεινόμενη αλλαγή: {name}',
      body: 'Ένας αναγνώστης προτείνει μια αλλαγή σε αυτή τη σελίδα:\n{url}\n\nΕγγραφή: {name}\nΚωδικός εγγραφής: {id}\n',
    },
    propose: {
      subject: 'Προτεινόμενη υπηρεσία ή εκδήλωση: {name}',
      body: 'Ένας αναγνώστης προτείνει μια υπηρεσία ή μια εκδήλωση για {name}:\n{url}\n\nΚωδικός εγγραφής: {id}\n',
    },
  },
};

/** The town answerable for a service: the town whose folder holds it, else (network) its first town. */
export function responsibleTown(service: Pick<Service, 'owner' | 'shared'>): string {
  return service.shared.towns.includes(service.owner) ? service.owner : service.shared.towns[0];
}

/** The editors' language: the town office's first language when there is a template for it. */
export function officeLanguage(officeLanguages: readonly string[]): string {
  const first = officeLanguages[0];
  return first && officeTemplates[first] ? first : 'en';
}

/** One line: line breaks and other control characters become spaces (a subject has one line). */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);

/** Percent-encodes for a mailto query (RFC 6068): spaces as %20, line breaks as %0D%0A. */
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/** What the mail is about: the page and its record. */
export interface SuggestionSubject {
  /** The absolute address of the page the reader is on (their language). */
  url: string;
  /** The record's name as the editors know it (the default-locale name); any text, made one line. */
  name: string;
  /** The record's id (UUID). */
  id: string;
}

export interface SuggestionMail {
  kind: SuggestionKind;
  /** mailto: URL with subject and body. */
  href: string;
  /** Who receives it. */
  to: string;
  /** Language of the editors' part (a key of officeTemplates). */
  officeLanguage: string;
}

/**
 * The mailto link of one suggestion.
 * @param reader the reader's part in their language, written from the same values as the editors'
 *   part (the name already made one line); left out when the reader's language is the editors'
 *   (it would say it twice)
 */
export function suggestionMail(opts: {
  kind: SuggestionKind;
  to: string;
  officeLanguages: readonly string[];
  about: SuggestionSubject;
  reader: { locale: string; body: (values: SuggestionSubject) => string };
}): SuggestionMail {
  const language = officeLanguage(opts.officeLanguages);
  const template = officeTemplates[language][opts.kind];
  const values = { url: opts.about.url, name: oneLine(opts.about.name), id: opts.about.id };
  const parts = [fill(template.body, values)];
  if (opts.reader.locale !== language) parts.push(opts.reader.body(values));
  const body = `${parts.join('\n—\n\n')}\n`;
  const href = `${mailHref(opts.to)}?subject=${encode(fill(template.subject, values))}&body=${encode(body)}`;
  return { kind: opts.kind, href, to: opts.to, officeLanguage: language };
}

/** The git host settings the links need (`backend` of cms/settings.yml). */
export interface EditingBackend {
  name: string;
  repo?: string;
  branch?: string;
  /** Decap's open authoring: people without write access save to their own fork. */
  open_authoring?: boolean;
  [option: string]: unknown;
}

const repoPattern = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+$/;

/** A record to edit (its slug and file) or a folder to add one to, from the repository root. */
export type EditTarget = { collection: string; slug: string; file: string } | { collection: string; folder: string };

/**
 * A link for people with an account on the git host, or undefined when the site is not on GitHub
 * or GitLab. GitHub with open authoring: the CMS's entry (`/admin/#/collections/…`), where saving
 * forks the repository; otherwise the host's web editor of the file (GitHub's `/edit/`, GitLab's
 * `/-/edit/`; for a new record, the folder's "new file" page), which forks for people who may not
 * write and opens a pull or merge request.
 */
export function openAuthoringLink(backend: EditingBackend, site: URL, target: EditTarget): string | undefined {
  const repo = backend.repo;
  if (!repo || !repoPattern.test(repo)) return undefined;
  const branch = encodeURIComponent(backend.branch ?? 'main');
  const pathOf = (p: string) => p.split('/').filter(Boolean).map(encodeURIComponent).join('/');
  const collection = encodeURIComponent(target.collection);
  if (backend.name === 'github') {
    if (backend.open_authoring === true) {
      const hash =
        'slug' in target ? `/collections/${collection}/entries/${encodeURIComponent(target.slug)}` : `/collections/${collection}/new`;
      return new URL(`/admin/#${hash}`, site).href;
    }
    return 'slug' in target
      ? `https://github.com/${repo}/edit/${branch}/${pathOf(target.file)}`
      : `https://github.com/${repo}/new/${branch}/${pathOf(target.folder)}`;
  }
  if (backend.name === 'gitlab') {
    // A self-hosted GitLab is named by the backend's `base_url`; gitlab.com otherwise.
    const host =
      typeof backend.base_url === 'string' && /^https:\/\/[^/?#\s]+$/.test(backend.base_url) ? backend.base_url : 'https://gitlab.com';
    return 'slug' in target
      ? `${host}/${repo}/-/edit/${branch}/${pathOf(target.file)}`
      : `${host}/${repo}/-/new/${branch}/${pathOf(target.folder)}`;
  }
  return undefined;
}

/** Who receives suggestions about a town's records, and in which languages its office works. */
export function townEditors(town: Pick<Town, 'shared'>): { to: string; officeLanguages: readonly string[] } {
  return { to: town.shared.contentContact, officeLanguages: town.shared.officeLanguages };
}
