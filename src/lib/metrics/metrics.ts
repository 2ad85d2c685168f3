/**
 * The network's shared indicators, per town and for the whole network, as of one day: services by
 * topic (the overview's matrix), how many were checked within the review age, how much of the text
 * is translated into each language, the topics a town lacks, the rules where a town differs from
 * most towns, and the dates in the next 90 days. They describe the content, never the readers: no
 * figure here comes from anyone's visit.
 *
 * Pure and deterministic: "today" is the build's date (SOURCE_DATE_EPOCH), passed in. The
 * dashboard (/<locale>/overview/metrics/), /data/metrics.json, /data/metrics.csv and the history
 * snapshots (history.ts) all read `networkMetrics`. Definitions: docs/metrics.md.
 */
import { agenda } from '../calendar/agenda';
import type { Directory } from '../content/directory';
import type { ContentRecord } from '../content/read';
import { addDays, isStale } from '../dates/days';
import { defaultLocale, localeCodes, type LocaleCode } from '../i18n/locales';
import { properNameFields } from '../i18n/untranslated';
import { countsAsCoverage, coverageMatrix, networkComparison } from '../open-data/coverage';
import { madeOnce } from '../build/made-once';

/** How far ahead "upcoming dates" look. */
export const upcomingDays = 90;

/** The languages translation coverage is measured in: every locale but the default, which is complete. */
export const translatedLocales: LocaleCode[] = localeCodes.filter((l) => l !== defaultLocale);

export interface TranslationFigure {
  locale: LocaleCode;
  /** Text fields written in the default language (proper names left out). */
  fields: number;
  /** Of those, the ones written in `locale`. */
  translated: number;
  /** translated / fields, in whole percent (100 when there is nothing to translate). */
  percent: number;
}

/** A rule where a town's services differ from most towns: a topic and a row of its comparison. */
export interface DifferingRule {
  category: string;
  /** `status`, `audience`, `age`, `residence`, `cost`, `appointment`, or `document:<type>`. */
  rule: string;
}

/** The figures of one scope: a town, or the network. */
export interface Figures {
  /** Services that count (not ended); a joint service counts in each town it serves, once in the network. */
  services: number;
  /** Of those, checked within the review age. */
  checked: number;
  /** checked / services, in whole percent (100 when there are none). */
  checkedPercent: number;
  /** The oldest "last checked" date of those services (YYYY-MM-DD), when there are any. */
  oldestReviewed?: string;
  /** Services per topic, in the taxonomy's order (a service counts in each of its topics). */
  byTopic: { category: string; count: number }[];
  translations: TranslationFigure[];
  /** Topics with no service (a town's); for the network, every town's gaps together. */
  gaps: { town: string; category: string }[];
  /** Rules that differ from most towns (for the network, every town's together). */
  differingRules: (DifferingRule & { town: string })[];
  /** Dates (occurrences) in the next `upcomingDays` days, as the agendas list them. */
  upcomingDates: number;
}

export interface TownFigures extends Figures {
  town: string;
}

export interface NetworkMetrics {
  /** The day the figures are for (the build's date). */
  date: string;
  staleAfterDays: number;
  upcomingDays: number;
  network: Figures;
  /** One per town, in the network's town order (slug). */
  towns: TownFigures[];
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((part / whole) * 100));

type AnyRecord = ContentRecord<object, Record<string, unknown>>;

/** Text fields written in the default language and, per language, how many of them are translated. */
export function translationFigures(records: AnyRecord[]): TranslationFigure[] {
  const counts = translatedLocales.map((locale) => ({ locale, fields: 0, translated: 0 }));
  for (const r of records) {
    const base = r.text[defaultLocale] ?? {};
    // Proper names are written as they are in every language (src/lib/i18n/untranslated.ts).
    const names: readonly string[] = properNameFields[r.kind];
    const fields = Object.keys(base).filter((f) => base[f] !== undefined && !names.includes(f));
    for (const c of counts) {
      const own = r.text[c.locale];
      c.fields += fields.length;
      c.translated += fields.filter((f) => own?.[f] !== undefined).length;
    }
  }
  return counts.map((c) => ({ ...c, percent: percent(c.translated, c.fields) }));
}

/** For each town, the rules where one of its services differs from most towns, topic by topic. */
function differingRulesByTown(d: Directory): Map<string, DifferingRule[]> {
  const byTown = new Map<string, DifferingRule[]>(d.towns.map((t) => [t.slug, []]));
  for (const category of d.categories) {
    const comparison = networkComparison(d, category.slug);
    for (const row of comparison.rows) {
      const rule = row.kind === 'document' ? `document:${row.document}` : row.kind;
      const towns = new Set(comparison.columns.filter((_, i) => row.differs[i]).map((c) => c.town));
      for (const town of towns) byTown.get(town)?.push({ category: category.slug, rule });
    }
  }
  return byTown;
}

const made = madeOnce<Directory, NetworkMetrics>();

/** The indicators of the whole network and of each town, as of `today` (worked out once per build and day). */
export function networkMetrics(d: Directory, today: string): NetworkMetrics {
  return made(d, today, () => computeMetrics(d, today));
}

function computeMetrics(d: Directory, today: string): NetworkMetrics {
  const staleAfterDays = d.settings.staleAfterDays;
  const matrix = coverageMatrix(d);
  const rules = differingRulesByTown(d);
  const to = upcomingDays;
  const checkedFigures = (services: Directory['services']) => {
    const checked = services.filter((s) => !isStale(s.shared.reviewed, today, staleAfterDays)).length;
    const oldest = services.map((s) => s.shared.reviewed).sort()[0];
    return {
      services: services.length,
      checked,
      checkedPercent: percent(checked, services.length),
      ...(oldest ? { oldestReviewed: oldest } : {}),
    };
  };
  const counted = d.services.filter(countsAsCoverage);

  const towns = d.towns.map((town): TownFigures => {
    const services = counted.filter((s) => s.shared.towns.includes(town.slug));
    const entries = d.entriesInTown(town.slug);
    return {
      town: town.slug,
      ...checkedFigures(services),
      byTopic: matrix.rows.map((r) => ({ category: r.category, count: r.cells.find((c) => c.town === town.slug)?.count ?? 0 })),
      translations: translationFigures([town, ...services, ...entries]),
      gaps: matrix.gaps.filter((g) => g.town === town.slug),
      differingRules: (rules.get(town.slug) ?? []).map((r) => ({ town: town.slug, ...r })),
      upcomingDates: agenda(entries, d.town, today, to).length,
    };
  });

  const network: Figures = {
    ...checkedFigures(counted),
    byTopic: d.categories.map((c) => ({ category: c.slug, count: counted.filter((s) => s.shared.categories.includes(c.slug)).length })),
    translations: translationFigures([...d.towns, ...counted, ...d.calendar]),
    gaps: matrix.gaps,
    differingRules: towns.flatMap((t) => t.differingRules),
    upcomingDates: agenda(d.calendar, d.town, today, to).length,
  };
  return { date: today, staleAfterDays, upcomingDays: to, network, towns };
}

/** The last day the upcoming dates of `metrics` count (inclusive of the window's start). */
export function upcomingUntil(metrics: Pick<NetworkMetrics, 'date' | 'upcomingDays'>): string {
  return addDays(metrics.date, metrics.upcomingDays);
}
