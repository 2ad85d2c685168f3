/**
 * The towns' first steps on arrival as open data: the HSDS profile extension `x_arrival_steps`,
 * one record per step, in each town's order, linked to the HSDS export by the town's and the
 * service's ids. Its schema is published at /data/hsds/x_arrival_step.schema.json; text is in the
 * dataset's language and falls back to English step by step, as on the pages.
 */
import type { Directory } from '../content/directory';
import type { Town } from '../content/read';
import { recordId } from '../content/record-id';
import { getT } from '../i18n/i18next';
import type { LocaleCode } from '../i18n/locales';
import { arrivalSteps } from '../moving/arrival';
import { paths } from '../routing/routes';
import { hsdsPage } from './hsds';
import type { Json } from './json';

/** Version of the extension's own schema (public/data/hsds/x_arrival_step.schema.json). */
export const arrivalExtensionVersion = '1.0';

/** One town's steps as `x_arrival_step` records. */
export function arrivalRecords(d: Directory, town: Town, locale: LocaleCode, site: URL): Json[] {
  const t = getT(locale);
  const shared = new Map(town.shared.arrivalSteps.map((s) => [s.step, s]));
  return arrivalSteps(town, locale, t).map((view, i) => {
    const step = shared.get(view.step)!;
    return {
      id: recordId('arrival-step', `${town.slug}/${step.step}`),
      town_id: town.id,
      town: d.townName(town.slug, locale),
      position: i + 1,
      step: step.step,
      todo: view.todo,
      when_text: view.whenNote ?? null,
      // The language the text is in, when it fell back from the dataset's.
      text_language: view.textLang?.lang ?? null,
      within: step.within ? { amount: step.within.amount, unit: step.within.unit } : null,
      service_id: d.service(step.service).id,
      documents: step.documents.map((g) => g.oneOf),
      residence_statuses: step.residenceStatuses,
      audiences: step.audiences,
      age_min: step.ageMin ?? null,
      age_max: step.ageMax ?? null,
      url: new URL(`${paths.arriving(locale, town.slug)}#step-${step.step}`, site).href,
    };
  });
}

/** The extension file: an HSDS `Page` of every town's steps, towns in slug order. */
export function arrivalExtension(d: Directory, locale: LocaleCode, site: URL): Json {
  return {
    extension: 'x_arrival_steps',
    version: arrivalExtensionVersion,
    ...hsdsPage(d.towns.flatMap((town) => arrivalRecords(d, town, locale, site))),
  };
}
