/**
 * A service's referral sheet: the essentials a caseworker hands over (name, summary, who can use
 * it, what to bring, how to apply, where and when, contacts), in one language, with the address
 * and QR code of the page in that language. The sheet page (one per service) holds every language
 * and puts the caseworker's beside the client's; each column is one `sheetColumn`.
 */
import type { TFunction } from 'i18next';
import { describeOccurrence } from '../calendar/agenda';
import { displayPhone } from './contact-links';
import type { Service } from '../content/read';
import type { Directory } from '../content/directory';
import { documentGroupTexts, eligibilityFacts } from '../content/eligibility';
import { formatAddress, formatCost, formatDate, formatList } from '../dates/format';
import { getT } from '../i18n/i18next';
import { getLocale, locales, type LocaleCode } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { passages, type Passage } from '../i18n/untranslated';
import { paths, qr } from '../routing/routes';
import type { ServiceText, Weekday } from '../content/schema';

/** A piece of record text, with lang/dir set when it fell back to another language, and then its "in English" label. */
export interface SheetText {
  text: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  label?: string;
}

const sheetText = (text: string, p: Passage): SheetText => ({ text, ...p.attrs, ...(p.label ? { label: p.label } : {}) });

export interface SheetColumn {
  locale: LocaleCode;
  /** BCP-47 tag and direction of the column. */
  tag: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name (العربية). */
  label: string;
  name: SheetText;
  summary: SheetText;
  /** Eligibility sentences, documents left out (they have their own list). */
  who: string[];
  eligibilityNote?: SheetText;
  /** What to bring, one line per group of alternatives ("Asylum seeker's card or Residence permit"); empty means none needed. */
  documents: string[];
  applySteps?: SheetText & { steps: string[] };
  cost: string;
  /** The towns it serves, as one list. */
  towns: string;
  places: { name: string; address: string; hours: { days: Weekday[]; opens: string; closes: string }[]; timezone: string }[];
  /** The next dates of related calendar entries, written out. */
  dates: { when: string; title: SheetText }[];
  contacts: { label: string; value: string }[];
  /** When someone last confirmed the details (the service's `reviewed`), YYYY-MM-DD and as a sentence in the column's language. */
  checked: { date: string; text: string };
  /** Absolute address of the service page in this language, and its QR code's site path. */
  url: string;
  qr: string;
}

/** One column of the sheet: the service in `locale`, with fallbacks marked. */
export function sheetColumn(
  service: Service,
  d: Directory,
  locale: LocaleCode,
  t: TFunction,
  site: URL | string,
  today: string,
): SheetColumn {
  const s = service.shared;
  const l = getLocale(locale);
  const text = localize<ServiceText>(service.text, locale);
  const passage = passages('services', text, locale);
  const field = (f: keyof ServiceText): SheetText => sheetText(String(text.value[f] ?? ''), passage(f));
  const townName = (slug: string) => d.townName(slug, locale);
  const facts = eligibilityFacts(s.eligibility, t, locale, s.towns.map(townName));
  const c = s.contacts;
  const contacts = [
    c.phone && { label: t('contact.call'), value: displayPhone(c.phone) },
    c.sms && { label: t('contact.sms'), value: displayPhone(c.sms) },
    c.whatsapp && { label: t('contact.whatsapp'), value: displayPhone(c.whatsapp) },
    c.email && { label: t('contact.email'), value: c.email },
    c.website && { label: t('contact.website'), value: c.website },
  ].filter(Boolean) as { label: string; value: string }[];
  const cost = formatCost(s.cost, t, locale);
  return {
    locale,
    tag: l.tag,
    dir: l.dir,
    label: l.label,
    name: field('name'),
    summary: field('summary'),
    who: facts.filter((f) => f.kind !== 'documents').map((f) => f.text),
    ...(text.value.eligibilityNote ? { eligibilityNote: field('eligibilityNote') } : {}),
    documents: documentGroupTexts(s.eligibility.documents, t, locale),
    ...(text.value.applySteps ? { applySteps: { ...field('applySteps'), steps: text.value.applySteps } } : {}),
    cost,
    towns: formatList(s.towns.map(townName), locale),
    places: s.locations.map((loc) => ({
      name: loc.name,
      address: formatAddress(loc.address, townName(loc.address.town)),
      hours: loc.hours,
      timezone: d.town(loc.address.town).shared.timezone,
    })),
    dates: d.nextDatesForService(service.slug, today, 3).map((item) => {
      const et = localize(item.entry.text, locale);
      return {
        when: describeOccurrence(item.occurrence, item.timezone, locale),
        title: sheetText(et.value.title, passages('calendar', et, locale)('title')),
      };
    }),
    contacts,
    checked: { date: s.reviewed, text: t('service.checkedOn', { date: formatDate(s.reviewed, locale) }) },
    url: new URL(paths.service(locale, service.slug), site).href,
    qr: qr.service(locale, service.slug),
  };
}

/** A service's sheet column in every locale, in the locale table's order: its sheet page shows all of them. */
export function sheetColumns(service: Service, d: Directory, site: URL | string, today: string): SheetColumn[] {
  return locales.map((l) => sheetColumn(service, d, l.code, getT(l.code), site, today));
}
