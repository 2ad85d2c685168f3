/**
 * A topic's two town-by-town pages, as view models: the readers' page (categories/: each town's
 * services in the topic, who may use them, what they cost) and the coordinators' comparison
 * (overview/<topic>/: every service's rules side by side, differences marked against the whole
 * network). Both start the same way, from one page of towns (src/lib/routing/town-pages.ts) named
 * and sorted in the reader's language, so that opening is written once here (topicOpening).
 * Tested in tests/unit/topic-pages.test.ts.
 */
import { sortByName } from '../content/directory';
import { eligibilityFacts } from '../content/eligibility';
import type { Category, Service } from '../content/read';
import { getT } from '../i18n/i18next';
import { localize } from '../i18n/localize';
import { passages } from '../i18n/untranslated';
import { comparisonOf, networkComparison } from '../open-data/coverage';
import type { TownPageProps } from '../routing/town-pages';
import { showsFallback } from './fallback-notice';
import { practiceNotes } from './practice-notes';
import type { PageContext } from './open-page';

/** A page of a topic's towns: the category and the town page's props (getStaticPaths gives both). */
export interface TopicPageInput extends Pick<PageContext, 'directory' | 'locale'>, TownPageProps {
  item: Category;
}

/** What both topic pages start from: the topic in the reader's language and the page's towns sorted by name. */
function topicOpening({ directory: d, locale, item: category, towns }: TopicPageInput) {
  const text = localize(category.text, locale);
  return {
    t: getT(locale),
    category,
    text,
    /** The page's towns, sorted by their names in the reader's language. */
    sortedTowns: sortByName(towns.map(d.town), locale),
    /** True when the topic, or the name of one of `services`, is shown in the default language. */
    fallbackWith: (services: Service[]) => showsFallback(text, services, locale, ['name']),
  };
}

/** The readers' topic page: one column per town, the services that town's residents can use in the topic. */
export function topicPage(input: TopicPageInput) {
  const { directory: d, locale, towns, page, pages } = input;
  const { t, category, text, sortedTowns, fallbackWith } = topicOpening(input);
  const inCategory = d.servicesInCategory(category.slug).filter((s) => s.shared.towns.some((x) => towns.includes(x)));
  const townName = (slug: string) => d.townName(slug, locale);
  const columns = sortedTowns.map((town) => ({
    town,
    townName: townName(town.slug),
    services: sortByName(
      inCategory.filter((s) => s.shared.towns.includes(town.slug)),
      locale,
    ).map((service) => {
      const st = localize(service.text, locale);
      return {
        service,
        text: st,
        name: passages('services', st, locale)('name'),
        facts: eligibilityFacts(service.shared.eligibility, t, locale, [townName(town.slug)]),
      };
    }),
  }));
  return { t, category, text, passage: passages('categories', text, locale), page, pages, columns, fallback: fallbackWith(inCategory) };
}

/** The coordinators' comparison of a topic: one column per service (or gap) of the page's towns, one row per rule. */
export function topicComparisonPage(input: TopicPageInput) {
  const { directory: d, locale, page, pages } = input;
  const { t, category, text, sortedTowns, fallbackWith } = topicOpening(input);
  const { columns, rows } = comparisonOf(
    networkComparison(d, category.slug),
    sortedTowns.map((x) => x.slug),
  );
  // Consecutive columns of one town share a header.
  const groups = columns.reduce<{ town: string; span: number }[]>((acc, c) => {
    const last = acc[acc.length - 1];
    if (last && last.town === c.town) last.span += 1;
    else acc.push({ town: c.town, span: 1 });
    return acc;
  }, []);
  const serviceText = (service: Service) => localize(service.text, locale);
  /** The page's towns' practice notes on the topic (how they run it, whom to ask). */
  const notes = practiceNotes(d, category.slug, sortedTowns, locale);
  return {
    t,
    category,
    name: text.value.name,
    page,
    pages,
    /** Every town's slug, for the page a town's column is on (townPageOf). */
    townSlugs: d.towns.map((x) => x.slug),
    columns,
    rows,
    groups,
    townText: (slug: string) => localize(d.town(slug).text, locale),
    serviceText,
    serviceName: (service: Service) => passages('services', serviceText(service), locale)('name'),
    fallback: fallbackWith(columns.flatMap((c) => (c.service ? [c.service] : []))) || notes.some((n) => n.textLang !== undefined),
    notes,
    /** How many rows differ between the services compared. */
    varying: rows.filter((r) => r.varies).length,
  };
}

export type TopicPage = ReturnType<typeof topicPage>;
export type TopicComparisonPage = ReturnType<typeof topicComparisonPage>;
