/**
 * A town's first steps on arrival, in the reader's language: what to do, the service that does
 * it, the deadline after arrival, the documents and whom the step is for. The arrival page, the
 * moving view's per-town files and the open data read them from here, so a step says the same
 * thing everywhere.
 *
 * A step's words are matched to its structured half by key (`arrivalStepText` in schema.ts); a
 * step not yet translated falls back to the default language step by step, with that language's
 * `lang` and `dir`, rather than the whole list at once.
 */
import type { TFunction } from 'i18next';
import type { Town } from '../content/read';
import type { ArrivalStep, ArrivalStepText, ArrivalUnit } from '../content/schema';
import { documentGroupTexts, eligibilityFacts } from '../content/eligibility';
import { defaultLocale, getLocale, type LocaleCode } from '../i18n/locales';
import { untranslatedLabel } from '../i18n/untranslated';

/** A passage's language when it is not the page's: its tag and direction, and the visible label. */
export interface StepLang {
  lang: string;
  dir: 'ltr' | 'rtl';
  label?: string;
}

/** One arrival step as pages and files show it. */
export interface ArrivalStepView {
  step: string;
  todo: string;
  /** The deadline in words where the editor gave one ("before the first school day"). */
  whenNote?: string;
  /** Set when the step's text fell back to another language. */
  textLang?: StepLang;
  /** The structured deadline, for sorting and for the "within 8 days" sentence. */
  within?: ArrivalStep['within'];
  /** "Within 8 days of arrival", in the reader's language. */
  deadline?: string;
  service: string;
  /** One line per group of documents ("Passport or National ID card"). */
  documents: string[];
  /** Who the step is for, as short sentences; empty when it is for everyone. */
  who: string[];
  /** The step's limits, for matching it against the finder's answers. */
  appliesTo: Pick<ArrivalStep, 'residenceStatuses' | 'audiences' | 'ageMin' | 'ageMax'>;
}

/** The words of `step` in `locale`, or in the default language when not translated yet. */
function stepText(town: Town, step: string, locale: LocaleCode): { text: ArrivalStepText; lang: LocaleCode } | undefined {
  const own = town.text[locale]?.arrival?.find((x) => x.step === step);
  if (own) return { text: own, lang: locale };
  const base = town.text.en.arrival?.find((x) => x.step === step);
  return base && { text: base, lang: defaultLocale };
}

/** "Within 8 days of arrival", "Within 1 month of arrival". */
export function deadlineText(within: { amount: number; unit: ArrivalUnit }, t: TFunction): string {
  return t(`arrival.within.${within.unit}`, { count: within.amount });
}

/** How many days a deadline allows, for ordering steps by urgency (a month counts 30 days). */
export function deadlineDays(within: { amount: number; unit: ArrivalUnit } | undefined): number {
  if (!within) return Infinity;
  return within.amount * { days: 1, weeks: 7, months: 30 }[within.unit];
}

/**
 * Whom a step is for, as the service pages say it (`eligibilityFacts`): its statuses, groups and
 * ages; empty when it is for everyone.
 */
function whoFor(step: ArrivalStep, t: TFunction, locale: LocaleCode): string[] {
  const { residenceStatuses, audiences, ageMin, ageMax } = step;
  const e = { residenceStatuses, audiences, ageMin, ageMax, residence: 'none' as const, residenceMonths: 0, documents: [] };
  return eligibilityFacts(e, t, locale, [])
    .filter((f) => f.restricts && f.kind !== 'documents')
    .map((f) => f.text);
}

/** A town's arrival steps in the editor's order, in the reader's language. */
export function arrivalSteps(town: Town, locale: LocaleCode, t: TFunction): ArrivalStepView[] {
  return town.shared.arrivalSteps.flatMap((step) => {
    const found = stepText(town, step.step, locale);
    // The reader refuses a step without text in the default language; nothing to show otherwise.
    if (!found) return [];
    const { tag, dir } = getLocale(found.lang);
    const label = untranslatedLabel(found.lang, locale);
    const { residenceStatuses, audiences, ageMin, ageMax } = step;
    return [
      {
        step: step.step,
        todo: found.text.todo,
        ...(found.text.when ? { whenNote: found.text.when } : {}),
        ...(found.lang !== locale ? { textLang: { lang: tag, dir, ...(label ? { label } : {}) } } : {}),
        ...(step.within ? { within: step.within, deadline: deadlineText(step.within, t) } : {}),
        service: step.service,
        documents: documentGroupTexts(step.documents, t, locale),
        who: whoFor(step, t, locale),
        appliesTo: { residenceStatuses, audiences, ageMin, ageMax },
      },
    ];
  });
}

/**
 * Whether a step is for the person: it lives in moving.ts, the module the phone runs, since this
 * one reaches the build's i18next (and every locale's strings) through `untranslatedLabel`.
 */
export { stepApplies } from './moving';
