/**
 * Arrival steps and their words meet by key: the step (`arrivalSteps[i].step`, in the town's
 * default-language file) and what to do at it in each language (`arrival[j].step`). A step with no
 * words in the default language, or words for a step that does not exist, is refused. One
 * definition for the build's reader (content/read.ts, which names the files) and the CMS's
 * save-time check (cms/check.ts, which shows the message beside the key), so the CMS never saves
 * a profile the build would refuse.
 */
import { defaultLocale, type LocaleCode } from '../i18n/locales';

export interface ArrivalKeyProblem {
  /** The field as the build names it: `arrivalSteps[2].step` or `arrival[0].step`. */
  field: string;
  message: string;
  /** The language whose file holds the field; the default language for the steps themselves. */
  locale: LocaleCode;
}

export function arrivalKeyProblems(
  steps: readonly { step: string }[],
  texts: Partial<Record<LocaleCode, readonly { step: string }[] | undefined>>,
): ArrivalKeyProblem[] {
  const problems: ArrivalKeyProblem[] = [];
  const keys = new Set(steps.map((s) => s.step));
  const described = new Set((texts[defaultLocale] ?? []).map((t) => t.step));
  steps.forEach((step, i) => {
    if (!described.has(step.step)) {
      problems.push({
        field: `arrivalSteps[${i}].step`,
        message: `step "${step.step}" has no text: add an item with this key to arrival, saying what to do`,
        locale: defaultLocale,
      });
    }
  });
  for (const [locale, items] of Object.entries(texts) as [LocaleCode, readonly { step: string }[] | undefined][]) {
    items?.forEach((item, i) => {
      if (!keys.has(item.step)) {
        problems.push({ field: `arrival[${i}].step`, message: `no arrival step has the key "${item.step}"`, locale });
      }
    });
  }
  return problems;
}
