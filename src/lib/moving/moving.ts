/**
 * Moving from one town of the network to another: what stays the same, what must be done again in
 * the new town (its arrival steps, and the services whose residence requirement ties them to the
 * town, with the clock that restarts), how each topic's rules differ, what the new town has that
 * the old one did not and what it lacks, and the editors' moving notes.
 *
 * Runs on the phone over two small per-town files (`MovingTown`, written at build time by
 * moving-data.ts, one per town and locale: no file per pair of towns, so the data stays small as
 * the network grows), narrowed by the finder's answers (status, age, whom it is for) where given.
 * This module is what the island imports: types only from the schema, no zod, no Node.
 */
import type { ArrivalStepView } from './arrival';
import { differences } from '../open-data/differences';
import { hideReasons, type FinderEligibility, type FinderProfile, type FinderService } from '../search/finder';

/** One rule of a service, as the overview's comparison writes it (coverage.ts). */
export interface MovingFact {
  /** The row: `status`, `audience`, `age`, `residence`, `document:<type>`, `cost`, `appointment`. */
  key: string;
  /** The row's label in the reader's language. */
  label: string;
  /** The comparable value (`factValue`): equal values mean equal rules. */
  value: string;
  /** What the cell says. */
  text: string;
}

/** A service as the moving view needs it, in one language. */
export interface MovingService {
  slug: string;
  name: string;
  /** BCP-47 tag of the name when it fell back to the default language. */
  nameLang?: string;
  href: string;
  /** Main category first. */
  categories: string[];
  towns: string[];
  status: FinderService['status'];
  eligibility: FinderEligibility;
  facts: MovingFact[];
  /** The editor's note on moving ("tell the school two weeks before"). */
  movingNote?: string;
  movingNoteLang?: string;
  /**
   * For a service that needs months of living or registration in the town: that rule as a
   * sentence ("You must be registered as living in Valmara for at least 6 months").
   */
  clock?: string;
}

/** One arrival step with its service named and linked. */
export type MovingStep = ArrivalStepView & { serviceName: string; serviceHref: string };

/** One date of the town's coming months: a deadline or window a newcomer must not miss. */
export interface MovingDate {
  /** YYYY-MM-DD, for ordering. */
  day: string;
  /** When, as the agenda says it. */
  when: string;
  title: string;
  titleLang?: string;
  href: string;
}

/** One town's file for the moving view, in one locale. */
export interface MovingTown {
  town: string;
  name: string;
  arrivingHref: string;
  steps: MovingStep[];
  /** Services a resident of the town may use (its own, joint and network-wide ones). */
  services: MovingService[];
  /** Every topic of the network, in its order, named in the file's language. */
  topics: { slug: string; name: string }[];
  dates: MovingDate[];
  /** What a document row says for a service that does not ask for the document. */
  notNeeded: string;
}

/** A topic's rules side by side: the old town's services, then the new town's. */
export interface MovingComparison {
  topic: string;
  columns: { town: string; service: MovingService }[];
  rows: { key: string; label: string; cells: string[]; varies: boolean; differs: boolean[] }[];
}

export interface MovingView {
  /** Services that serve both towns: nothing to redo. */
  stays: MovingService[];
  /** The new town's arrival steps that apply to the person, in the editor's order. */
  steps: MovingStep[];
  /**
   * The new town's own services tied to living or being registered there (registration, health,
   * school): to be done again, whatever was done in the old town.
   */
  redo: MovingService[];
  /** Of those (and of the joint ones), the services whose months of residence count again from arrival. */
  clocks: MovingService[];
  /** Topics both towns cover with services of their own, rule by rule. */
  different: MovingComparison[];
  /** Topics the new town covers and the old one did not. */
  gains: string[];
  /** Topics the old town covered and the new one does not. */
  gaps: string[];
  /** Services of either town with a moving note, the old town's first. */
  notes: { town: string; service: MovingService }[];
  /** The new town's deadlines of the coming months. */
  dates: MovingDate[];
}

/**
 * Whether a step is for the person the finder's answers describe. Unanswered questions never hide
 * a step, as they never hide a service (`hideReasons` in finder.ts is the one rule).
 */
export function stepApplies(step: Pick<ArrivalStepView, 'appliesTo'>, profile: FinderProfile): boolean {
  const { town: _town, ...person } = profile;
  const e = { ...step.appliesTo, residence: 'none' as const, residenceMonths: 0 };
  return hideReasons({ towns: [], status: 'active', eligibility: e }, person).length === 0;
}

const tiedToTown = (s: MovingService) => s.eligibility.residence === 'lives-in-town' || s.eligibility.residence === 'registered-in-town';

/**
 * Whether a service is for the person, as the finder judges it. Time and registration in the new
 * town are not asked: the person has not arrived yet, so neither may hide a service.
 */
function forPerson(s: MovingService, profile: FinderProfile): boolean {
  const person: FinderProfile = { ...profile, town: undefined, registered: undefined, months: undefined };
  return hideReasons(s, person).length === 0;
}

/** The overview's row order (coverage.ts); a `document:<type>` row sorts as `document`. */
const rowOrder = ['status', 'audience', 'age', 'residence', 'document', 'cost', 'appointment'];

/** The rows of a topic's comparison: every fact some column has, in the order the columns give them. */
function compareTopic(topic: string, columns: MovingComparison['columns'], notNeeded: string): MovingComparison {
  const labels = new Map<string, string>();
  for (const { service } of columns) for (const f of service.facts) if (!labels.has(f.key)) labels.set(f.key, f.label);
  const rank = (key: string) => rowOrder.indexOf(key.split(':')[0]);
  // Stable: documents keep the order the columns name them in, between residence and cost.
  const keys = [...labels].sort(([a], [b]) => rank(a) - rank(b));
  const rows = keys.map(([key, label]) => {
    const facts = columns.map(({ service }) => service.facts.find((f) => f.key === key));
    // Only document rows can be missing: a service that does not list a document does not ask for it.
    const values = facts.map((f) => f?.value ?? 'not-needed');
    return { key, label, cells: facts.map((f) => f?.text ?? notNeeded), ...differences(values) };
  });
  return { topic, columns, rows };
}

/** The moving view from `from` to `to` for the person the answers describe (all answers optional). */
export function compareTowns(from: MovingTown, to: MovingTown, profile: FinderProfile = {}): MovingView {
  const live = (t: MovingTown) => t.services.filter((s) => s.status !== 'ended' && forPerson(s, profile));
  const before = live(from);
  const after = live(to);
  const bothSlugs = new Set(before.map((s) => s.slug).filter((slug) => after.some((s) => s.slug === slug)));
  const stays = after.filter((s) => bothSlugs.has(s.slug));
  const own = (list: MovingService[]) => list.filter((s) => !bothSlugs.has(s.slug));
  const redo = own(after).filter(tiedToTown);
  const clocks = after.filter((s) => s.clock !== undefined && tiedToTown(s));
  const covers = (list: MovingService[]) => new Set(list.flatMap((s) => s.categories));
  const covered = { before: covers(before), after: covers(after) };
  const different = to.topics.flatMap(({ slug }) => {
    const columns = [
      ...own(before)
        .filter((s) => s.categories.includes(slug))
        .map((service) => ({ town: from.town, service })),
      ...own(after)
        .filter((s) => s.categories.includes(slug))
        .map((service) => ({ town: to.town, service })),
    ];
    const sides = new Set(columns.map((c) => c.town));
    return sides.size === 2 ? [compareTopic(slug, columns, to.notNeeded)] : [];
  });
  return {
    stays,
    steps: to.steps.filter((step) => stepApplies(step, profile)),
    redo,
    clocks,
    different,
    gains: to.topics.map((x) => x.slug).filter((slug) => covered.after.has(slug) && !covered.before.has(slug)),
    gaps: to.topics.map((x) => x.slug).filter((slug) => covered.before.has(slug) && !covered.after.has(slug)),
    notes: [
      ...before.filter((s) => s.movingNote).map((service) => ({ town: from.town, service })),
      ...own(after)
        .filter((s) => s.movingNote)
        .map((service) => ({ town: to.town, service })),
    ],
    dates: to.dates,
  };
}

/** The moving view's towns from its URL: `?from=aurelia&to=valmara`, only known and different towns. */
export function parseMove(search: string, towns: readonly string[]): { from?: string; to?: string } {
  const params = new URLSearchParams(search.length > 2000 ? '' : search);
  const pick = (name: string) => towns.find((t) => t === params.get(name));
  return { from: pick('from'), to: pick('to') };
}
