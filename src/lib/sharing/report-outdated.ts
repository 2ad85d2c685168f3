/**
 * "Report outdated information": a mailto link to the editors of the town responsible for a
 * service, prefilled with the page's address and the record's name and id, written in the town
 * office's language so the editors read it at once. No form, no server: the reader's own mail app
 * sends it, or they don't.
 */
import type { Service, Town } from '../content/read';

export interface ReportTemplate {
  subject: string;
  /** Body with `{url}`, `{name}` and `{id}`; lines end with \n (mailto encodes them as %0D%0A). */
  body: string;
}

/**
 * The message in the languages town offices speak first in the network; others get English.
 * Add a language here when a town lists it first in `officeLanguages`.
 */
export const reportTemplates: Record<string, ReportTemplate> = {
  en: {
    subject: 'Outdated information: {name}',
    body: 'Hello,\n\nSome information on this page seems to be out of date:\n{url}\n\nService: {name}\nRecord id: {id}\n\nWhat has changed:\n\n',
  },
  it: {
    subject: 'Informazioni non aggiornate: {name}',
    body: 'Buongiorno,\n\nalcune informazioni di questa pagina sembrano non aggiornate:\n{url}\n\nServizio: {name}\nIdentificativo: {id}\n\nCosa è cambiato:\n\n',
  },
  el: {
    subject: 'Μη ενημερωμένες πληροφορίες: {name}',
    body: 'Καλησπέρα σας,\n\nορισμένες πληροφορίες σε αυτή τη σελίδα φαίνεται να μην είναι ενημερωμένες:\n{url}\n\nΥπηρεσία: {name}\nΚωδικός εγγραφής: {id}\n\nΤι έχει αλλάξει:\n\n',
  },
};

/** The town answerable for a service: the town whose folder holds it, else (network) its first town. */
export function responsibleTown(service: Pick<Service, 'owner' | 'shared'>): string {
  return service.shared.towns.includes(service.owner) ? service.owner : service.shared.towns[0];
}

/** The language of the report: the town office's first language when there is a template for it. */
export function reportLanguage(officeLanguages: readonly string[]): string {
  const first = officeLanguages[0];
  return first && reportTemplates[first] ? first : 'en';
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);

/** Percent-encodes for a mailto query (RFC 6068): spaces as %20, line breaks as %0D%0A. */
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

export interface OutdatedReport {
  /** mailto: URL with subject and body. */
  href: string;
  /** Who receives it (the town's contentContact). */
  to: string;
  /** Language of the prefilled message (a key of reportTemplates). */
  language: string;
  /** The responsible town's slug. */
  town: string;
}

/**
 * The report link of a service.
 * @param pageUrl the absolute address of the page the reader is on (their language)
 * @param name the service's name as the town's editors know it (the default-locale name)
 */
export function outdatedReport(
  service: Pick<Service, 'owner' | 'shared' | 'id'>,
  townOf: (slug: string) => Pick<Town, 'shared'>,
  pageUrl: string,
  name: string,
): OutdatedReport {
  const town = responsibleTown(service);
  const { contentContact, officeLanguages } = townOf(town).shared;
  const language = reportLanguage(officeLanguages);
  const template = reportTemplates[language];
  const values = { url: pageUrl, name, id: service.id };
  const href = `mailto:${contentContact}?subject=${encode(fill(template.subject, values))}&body=${encode(fill(template.body, values))}`;
  return { href, to: contentContact, language, town };
}
