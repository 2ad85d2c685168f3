/**
 * The arrival page of a town (`/<locale>/towns/<town>/arriving/`): its first steps on arrival in
 * the editor's order, each with the service that does it, its deadline, documents and whom it is
 * for, and the town's dates of the coming months that a newcomer must not miss. Worked out here
 * so the route only renders it; the page needs no JavaScript.
 */
import type { TFunction } from 'i18next';
import type { Directory } from '../content/directory';
import type { Town } from '../content/read';
import { agenda, type AgendaItem } from '../calendar/agenda';
import { buildDate } from '../dates/days';
import { getT } from '../i18n/i18next';
import { localize } from '../i18n/localize';
import { passages } from '../i18n/untranslated';
import { arrivalSteps } from '../moving/arrival';
import type { PageContext } from './open-page';
import { paths } from '../routing/routes';

/** How far ahead the arrival page looks for the town's dates: the first three months. */
export const arrivalDays = 92;
/** The most dates it lists; the town's calendar has the rest. */
export const arrivalMaxDates = 8;

export type ArrivingPageInput = Pick<PageContext, 'directory' | 'locale'> & { town: Town; today?: string };

/**
 * The town's dates that matter on arrival: deadlines and application windows, and any date of a
 * step's service, from `today` for `arrivalDays`, at most `arrivalMaxDates`.
 */
export function arrivalDates(d: Directory, town: Town, today: string): AgendaItem[] {
  const services = new Set(town.shared.arrivalSteps.map((s) => s.service));
  return agenda(d.entriesInTown(town.slug), d.town, today, arrivalDays)
    .filter(
      ({ entry, occurrence }) =>
        !occurrence.cancelled &&
        (entry.shared.kind === 'deadline' ||
          entry.shared.kind === 'application-window' ||
          entry.shared.services.some((s) => services.has(s))),
    )
    .slice(0, arrivalMaxDates);
}

/** The arrival page's view model. */
export function arrivingPage({ directory: d, town, locale, today = buildDate() }: ArrivingPageInput) {
  const t: TFunction = getT(locale);
  const text = localize(town.text, locale);
  const name = text.value.name;
  const steps = arrivalSteps(town, locale, t).map((step) => {
    const service = d.service(step.service);
    const serviceText = localize(service.text, locale);
    return {
      ...step,
      serviceName: serviceText.value.name,
      serviceAttrs: passages('services', serviceText, locale)('name').attrs,
      serviceHref: paths.service(locale, service.slug),
    };
  });
  return {
    t,
    name,
    nameAttrs: passages('towns', text, locale)('name').attrs,
    title: t('arrival.title', { town: name }),
    intro: t('arrival.intro', { town: name }),
    steps,
    fallback: steps.some((s) => s.textLang !== undefined),
    dates: arrivalDates(d, town, today),
    townHref: paths.town(locale, town.slug),
    calendarHref: paths.calendarTown(locale, town.slug),
    movingHref: `${paths.moving(locale)}?to=${encodeURIComponent(town.slug)}`,
    crumbs: [{ label: name, href: paths.town(locale, town.slug) }],
  };
}

export type ArrivingPage = ReturnType<typeof arrivingPage>;
