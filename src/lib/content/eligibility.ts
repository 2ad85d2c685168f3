/**
 * Turns a service's structured eligibility into short statements in the reader's language, the
 * same way on the service page, in the cross-town comparison and in the finder. Documents are
 * groups of alternatives (`documentGroup` in schema.ts): one line per group, its documents joined
 * by the language's "or".
 */
import type { TFunction } from 'i18next';
import type { DocumentGroup, DocumentType, Eligibility } from './schema';
import { formatList } from '../dates/format';
import type { LocaleCode } from '../i18n/locales';

export type FactKind = 'status' | 'audience' | 'age' | 'residence' | 'documents';

export interface EligibilityFact {
  kind: FactKind;
  /** A sentence such as "From age 18" or "No documents needed". */
  text: string;
  /** True when the fact limits who may use the service (shown with emphasis). */
  restricts: boolean;
}

/**
 * The eligibility statements of a service.
 * @param townNames names of the towns the service serves, already in the reader's language
 */
export function eligibilityFacts(
  e: Eligibility,
  t: TFunction,
  locale: LocaleCode,
  townNames: string[],
): EligibilityFact[] {
  const facts: EligibilityFact[] = [];
  facts.push(
    e.residenceStatuses.length === 0
      ? { kind: 'status', text: t('eligibility.anyStatus'), restricts: false }
      : {
          kind: 'status',
          text: t('eligibility.statuses', {
            list: formatList(e.residenceStatuses.map((s) => t(`residenceStatus.${s}`)), locale, 'disjunction'),
          }),
          restricts: true,
        },
  );
  if (e.audiences.length > 0) {
    facts.push({
      kind: 'audience',
      text: t('eligibility.audiences', { list: formatList(e.audiences.map((a) => t(`audience.${a}`)), locale, 'disjunction') }),
      restricts: true,
    });
  }
  const age = ageText(e, t);
  if (age) facts.push({ kind: 'age', text: age, restricts: true });
  facts.push(residenceFact(e, t, locale, townNames));
  facts.push(documentsFact(e.documents, t, locale));
  return facts;
}

/** What to bring as one statement: "No documents needed", or `documentsSentence`. */
export function documentsFact(groups: readonly DocumentGroup[], t: TFunction, locale: LocaleCode): EligibilityFact {
  return groups.length === 0
    ? { kind: 'documents', text: t('eligibility.noDocuments'), restricts: false }
    : { kind: 'documents', text: documentsSentence(groups, t, locale), restricts: true };
}

/**
 * One group of documents in the reader's language, its alternatives joined by the language's own
 * "or" (CLDR through Intl.ListFormat): "Asylum seeker's card or Residence permit",
 * "بطاقة طالب اللجوء أو تصريح الإقامة". A group of one is that document's name.
 */
export function documentGroupText(group: DocumentGroup, t: TFunction, locale: LocaleCode): string {
  return formatList(group.oneOf.map((d) => t(`document.${d}`)), locale, 'disjunction');
}

/** Every group, one text each, in the editor's order: the lines of a "What to bring" list. */
export function documentGroupTexts(groups: readonly DocumentGroup[], t: TFunction, locale: LocaleCode): string[] {
  return groups.map((g) => documentGroupText(g, t, locale));
}

/**
 * The documents as one sentence, for places with no room for a list (comparisons, open data):
 * "Bring: Health card and either Asylum seeker's card or Residence permit". Single documents come
 * first and each choice is marked as one (`eligibility.documentChoice`), so the "or" of a choice
 * never reads as binding the documents after it.
 */
export function documentsSentence(groups: readonly DocumentGroup[], t: TFunction, locale: LocaleCode): string {
  const single = groups.filter((g) => g.oneOf.length === 1).map((g) => documentGroupText(g, t, locale));
  const choices = groups
    .filter((g) => g.oneOf.length > 1)
    .map((g) => t('eligibility.documentChoice', { list: documentGroupText(g, t, locale) }));
  return t('eligibility.documents', { list: formatList([...single, ...choices], locale) });
}

/** The group of `groups` that holds `document`, if any. */
export function groupWith(groups: readonly DocumentGroup[], document: DocumentType): DocumentGroup | undefined {
  return groups.find((g) => g.oneOf.includes(document));
}

function ageText(e: Eligibility, t: TFunction): string | undefined {
  if (e.ageMin !== undefined && e.ageMax !== undefined) return t('eligibility.ageRange', { min: e.ageMin, max: e.ageMax, count: e.ageMax });
  if (e.ageMin !== undefined) return t('eligibility.ageFrom', { count: e.ageMin });
  if (e.ageMax !== undefined) return t('eligibility.ageUpTo', { count: e.ageMax });
  return undefined;
}

function residenceFact(e: Eligibility, t: TFunction, locale: LocaleCode, townNames: string[]): EligibilityFact {
  if (e.residence === 'none') return { kind: 'residence', text: t('eligibility.residence.none'), restricts: false };
  const towns = formatList(townNames, locale, 'disjunction');
  let text = t(`eligibility.residence.${e.residence}`, { towns });
  if (e.residenceMonths > 0) text += ` ${t('eligibility.residence.months', { count: e.residenceMonths })}`;
  return { kind: 'residence', text, restricts: true };
}
