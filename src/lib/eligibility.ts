/**
 * Turns a service's structured eligibility into short statements in the reader's language, the
 * same way on the service page, in the cross-town comparison and in the finder.
 */
import type { TFunction } from 'i18next';
import type { Eligibility } from './schema';
import { formatList } from './format';
import type { LocaleCode } from './locales';

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
  facts.push(
    e.documents.length === 0
      ? { kind: 'documents', text: t('eligibility.noDocuments'), restricts: false }
      : {
          kind: 'documents',
          text: t('eligibility.documents', { list: formatList(e.documents.map((d) => t(`document.${d}`)), locale) }),
          restricts: true,
        },
  );
  return facts;
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
