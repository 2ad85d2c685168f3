/**
 * The eligibility finder: from a town, whom the help is for (the reader, their child or another
 * adult), that person's age and residence status, and, where the town's services depend on them,
 * the groups the person belongs to and their registration in the town, which services the person
 * can use, and for each one hidden, why. The matching runs in the browser on small JSON files
 * written at build time, so their size does not grow with the network:
 * - `/<locale>/finder.json`: the towns and statuses to choose from;
 * - `/<locale>/finder/towns/<town>.json`: the services that list one town, fetched once the person
 *   picks it (as opening the town's page would), and which questions those services depend on;
 * - `/<locale>/finder/network-wide.json`: services open to residents of every partner town,
 *   fetched only when the person asks for those of other towns.
 * The answers live only in the URL and never leave the phone. Reason texts are written at build
 * time with i18next, so they read as the service pages do (`finder-data.ts` writes them and
 * assembles the files). This module is what the island imports: no Node, no zod.
 *
 * How the schema's audiences are judged (an empty list means "everyone"; a list means "any of
 * these"):
 * - `children`, `young-people`, `older-people` follow from the person's age. A service that sets an
 *   age range says by it who counts (job mentoring for "young people" aged 18–35), so there the age
 *   rule alone decides; without a range the bands below apply. "My child" with no age is 0–17 and
 *   "another adult" 18 or over, so a parent who leaves the age empty still keeps the children's
 *   services and loses the adults' ones.
 * - `families`: a child is always in a family (services "for children and families" are for the
 *   child with a parent); for an adult it is asked.
 * - `unaccompanied-minors`: never the reader's own child nor an adult; asked of a minor asking
 *   for themself.
 * - `women`, `disabled-people`, `lgbtq`: asked, yes / no / not sure.
 * Unanswered questions never hide anything: a service is hidden only when every one of its
 * audiences is known not to fit.
 */
import type { LocaleCode } from '../i18n/locales';
// Types only: the schema module builds zod schemas, which must not end up in the island's bundle.
import type { Eligibility, ServiceShared } from '../content/schema';

export type ResidenceStatus = Eligibility['residenceStatuses'][number];
export type Audience = Eligibility['audiences'][number];

/** The part of a service's eligibility the finder can check from its questions. */
export type FinderEligibility = Pick<
  Eligibility,
  'residenceStatuses' | 'audiences' | 'ageMin' | 'ageMax' | 'residence' | 'residenceMonths'
>;

/** Why a service is hidden, one kind per rule the finder applies. */
export type ReasonKind = 'town' | 'status' | 'ageMin' | 'ageMax' | 'audience' | 'residence' | 'months' | 'ended';

/** Whom the help is for. */
export const whoOptions = ['me', 'child', 'other'] as const;
export type Who = (typeof whoOptions)[number];

/** Audiences the finder asks about (yes / no / not sure); the others follow from age and `who`. */
export const askedAudiences = ['families', 'women', 'disabled-people', 'unaccompanied-minors', 'lgbtq'] as const;
export type AskedAudience = (typeof askedAudiences)[number];

/** The oldest age the finder accepts, as the schema's age fields. */
const maxAge = 120;

/** Age bands of the audiences defined by age, used when a service gives no age range of its own. */
export const audienceAges: Partial<Record<Audience, { min: number; max: number }>> = {
  children: { min: 0, max: 17 },
  // Wide on purpose: programmes for young people end at 29 or 35; hiding wrongly costs more.
  'young-people': { min: 15, max: 35 },
  'older-people': { min: 60, max: maxAge },
};

/** What the person told the finder; every answer is optional. */
export interface FinderProfile {
  /** Slug of the town the person lives in. */
  town?: string;
  /** Whom the help is for; unanswered reads as "me" (old links asked "your age"). */
  who?: Who;
  status?: ResidenceStatus;
  /** The age of the person the help is for. */
  age?: number;
  /** Answers to the audience questions: true yes, false no; missing is "not sure". */
  groups?: Partial<Record<AskedAudience, boolean>>;
  /** Registered as living in the town. */
  registered?: boolean;
  /** Months the person has lived (or been registered) in the town. */
  months?: number;
}

/** One service as the finder needs it. */
export interface FinderService {
  id: string;
  slug: string;
  name: string;
  summary: string;
  /** BCP-47 tag of the name when it falls back to the default language (not translated yet). */
  nameLang?: string;
  /** The same for the summary. */
  summaryLang?: string;
  towns: string[];
  status: ServiceShared['status'];
  eligibility: FinderEligibility;
  /** The sentence for each reason that can hide this service, in the list's language. */
  why: Partial<Record<ReasonKind, string>>;
  /**
   * Where the service is, for "sort by distance from me" on the phone (`geoMeta`: its locations,
   * else its towns' offices; see `servicePlaces` in distance.ts).
   */
  geo: string;
}

/** The per-locale finder file: what the questions offer. */
export interface FinderIndex {
  locale: LocaleCode;
  towns: { slug: string; name: string }[];
  statuses: { value: ResidenceStatus; label: string }[];
}

/** Which of the optional questions a town's services depend on. */
export interface FinderAsks {
  /** Asked audiences some service is limited to. */
  audiences: AskedAudience[];
  /** Some service needs registration in the town. */
  registered: boolean;
  /** Some service needs months of living or registration in the town. */
  months: boolean;
}

/** The services that list one town, and how many of other towns are open to its residents too. */
export interface FinderTown {
  town: string;
  services: FinderService[];
  /** Services of other towns open to residents of every partner town (in `FinderNetworkWide`). */
  elsewhere: number;
  /** The questions this town's services, and the network-wide ones, depend on. */
  asks: FinderAsks;
}

/** Every service open to residents of every partner town, wherever it is offered. */
export interface FinderNetworkWide {
  services: FinderService[];
}

/**
 * True when a card's name or summary is not in the list's language (the file gives it a `…Lang`
 * tag): the card then carries one "in English" label among its tags, as the server-rendered cards
 * do (`cardLabel` in i18n/untranslated.ts); the page passes the label's text.
 */
export function isUntranslatedCard(service: Pick<FinderService, 'nameLang' | 'summaryLang'>): boolean {
  return service.nameLang !== undefined || service.summaryLang !== undefined;
}

type Checked = Pick<FinderService, 'towns' | 'status' | 'eligibility'>;

/**
 * True when a resident of `town` may use the service as far as where they live goes: it lists the
 * town, or it is open to anyone living in the partner network.
 */
export function servesTown(service: Pick<FinderService, 'towns' | 'eligibility'>, town: string): boolean {
  return service.eligibility.residence === 'lives-in-network' || service.towns.includes(town);
}

/**
 * The ages the person may have: the age given, or what "my child" (0–17) and "another adult"
 * (18 or over) say; undefined when nothing is known.
 */
export function ageSpan(profile: FinderProfile): { min: number; max: number } | undefined {
  if (profile.age !== undefined) return { min: profile.age, max: profile.age };
  if (profile.who === 'child') return { min: 0, max: 17 };
  if (profile.who === 'other') return { min: 18, max: maxAge };
  return undefined;
}

/**
 * Whether the person belongs to an audience, as far as the answers tell: true, false, or
 * undefined when they do not say. `e` is the service's eligibility: its age range, when it has one,
 * decides the age-defined audiences (the age rule checks it).
 */
export function belongsTo(
  audience: Audience,
  profile: FinderProfile,
  e: Pick<FinderEligibility, 'ageMin' | 'ageMax'>,
): boolean | undefined {
  const span = ageSpan(profile);
  const minor = span && (span.max < 18 ? true : span.min >= 18 ? false : undefined);
  switch (audience) {
    case 'families':
      return profile.who === 'child' ? true : profile.groups?.families;
    case 'unaccompanied-minors':
      if (profile.who === 'child' || profile.who === 'other' || minor === false) return false;
      return profile.groups?.['unaccompanied-minors'];
    case 'women':
    case 'disabled-people':
    case 'lgbtq':
      return profile.groups?.[audience];
    case 'children':
    case 'young-people':
    case 'older-people': {
      if (e.ageMin !== undefined || e.ageMax !== undefined || !span) return undefined;
      const band = audienceAges[audience]!;
      if (span.min >= band.min && span.max <= band.max) return true;
      if (span.max < band.min || span.min > band.max) return false;
      return undefined;
    }
  }
}

/**
 * The reasons a service does not fit a profile; empty when it fits. Unanswered questions never
 * hide anything.
 * - town: a service serves the towns it lists; one limited to residents of the partner network
 *   as a whole serves every partner town;
 * - status: a service limited to some residence statuses;
 * - ageMin / ageMax: the person is (or, for a child or an adult of unknown age, must be) outside
 *   the service's age range;
 * - audience: none of the groups the service is for fits the person;
 * - residence: the service needs registration in the town and the person is not registered;
 * - months: the person has lived (or been registered) in the town for fewer months than the
 *   service asks. Months in one town say nothing of time in the network, so a network-wide
 *   service's months are not checked;
 * - ended: the service no longer runs (it stays listed so old links explain what happened).
 */
export function hideReasons(service: Checked, profile: FinderProfile): ReasonKind[] {
  const e = service.eligibility;
  const reasons: ReasonKind[] = [];
  if (service.status === 'ended') reasons.push('ended');
  if (profile.town && !servesTown(service, profile.town)) reasons.push('town');
  if (profile.status && e.residenceStatuses.length > 0 && !e.residenceStatuses.includes(profile.status)) reasons.push('status');
  const span = ageSpan(profile);
  if (span) {
    if (e.ageMin !== undefined && span.max < e.ageMin) reasons.push('ageMin');
    if (e.ageMax !== undefined && span.min > e.ageMax) reasons.push('ageMax');
  }
  if (e.audiences.length > 0 && e.audiences.every((a) => belongsTo(a, profile, e) === false)) reasons.push('audience');
  if (e.residence === 'registered-in-town' && profile.registered === false) reasons.push('residence');
  else if (monthsCounted(e) && profile.months !== undefined && profile.months < e.residenceMonths) reasons.push('months');
  return reasons;
}

/** True when the months a person has lived in the town decide this service. */
function monthsCounted(e: Pick<FinderEligibility, 'residence' | 'residenceMonths'>): boolean {
  return e.residenceMonths > 0 && (e.residence === 'lives-in-town' || e.residence === 'registered-in-town');
}

/** Splits services into those that fit the profile and those hidden, with their reasons, keeping order. */
export function applyFinder<T extends Checked>(
  services: T[],
  profile: FinderProfile,
): { shown: T[]; hidden: { service: T; reasons: ReasonKind[] }[] } {
  const shown: T[] = [];
  const hidden: { service: T; reasons: ReasonKind[] }[] = [];
  for (const service of services) {
    const reasons = hideReasons(service, profile);
    if (reasons.length) hidden.push({ service, reasons });
    else shown.push(service);
  }
  return { shown, hidden };
}

/** The optional questions that matter for these services (ended ones are hidden anyway). */
export function asksFor(services: Pick<FinderService, 'status' | 'eligibility'>[]): FinderAsks {
  const live = services.filter((s) => s.status !== 'ended').map((s) => s.eligibility);
  const used = new Set(live.flatMap((e) => e.audiences));
  return {
    audiences: askedAudiences.filter((a) => used.has(a)),
    registered: live.some((e) => e.residence === 'registered-in-town'),
    months: live.some(monthsCounted),
  };
}

/**
 * The audience questions to show this person: those the town's services depend on, less those
 * the answers already settle (a child is in a family and is not unaccompanied; an adult is not a
 * minor).
 */
export function audienceQuestions(asks: FinderAsks, profile: FinderProfile): AskedAudience[] {
  return asks.audiences.filter((a) => {
    if (a === 'families') return profile.who !== 'child';
    if (a === 'unaccompanied-minors') return belongsTo(a, { ...profile, groups: undefined }, {}) !== false;
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// The answers in the URL: `?town=aurelia&for=child&age=6&is=women&not=families&registered=yes&months=8`.
// Anything unknown, malformed or out of range is dropped, so a crafted link changes nothing but
// the answers it may give.

const maxMonths = 999;
const listParam = (params: URLSearchParams, name: string) =>
  (params.get(name) ?? '').split(',').filter((x): x is AskedAudience => (askedAudiences as readonly string[]).includes(x));

/**
 * Reads a profile from a URL query, dropping anything that is not one of `known` towns and
 * statuses, a whom-for option, an asked audience, an age (0–120) or a number of months (0–999).
 * Old links with only `town`, `status` and `age` read as before: the age is the reader's own.
 */
export function parseProfile(search: string, known: { towns: readonly string[]; statuses: readonly string[] }): FinderProfile {
  const params = new URLSearchParams(search.length > 2000 ? '' : search);
  const profile: FinderProfile = {};
  const town = params.get('town');
  if (town && known.towns.includes(town)) profile.town = town;
  const who = whoOptions.find((w) => w === params.get('for'));
  if (who && who !== 'me') profile.who = who;
  const status = known.statuses.find((s) => s === params.get('status'));
  if (status) profile.status = status as ResidenceStatus;
  const age = parseAge(params.get('age') ?? '');
  if (age !== undefined) profile.age = age;
  const yes = listParam(params, 'is');
  const no = listParam(params, 'not');
  const groups: Partial<Record<AskedAudience, boolean>> = {};
  // An audience named both ways says nothing.
  for (const a of yes) if (!no.includes(a)) groups[a] = true;
  for (const a of no) if (!yes.includes(a)) groups[a] = false;
  if (Object.keys(groups).length) profile.groups = groups;
  const registered = params.get('registered');
  if (registered === 'yes' || registered === 'no') profile.registered = registered === 'yes';
  const months = parseCount(params.get('months') ?? '', maxMonths);
  if (months !== undefined) profile.months = months;
  return profile;
}

/** Writes ASCII digits for Arabic-Indic and Persian ones, so a number typed either way reads. */
function asciiDigits(input: string): string {
  return input.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/** A whole number as typed (ASCII, Arabic-Indic or Persian digits), or undefined above `max`. */
function parseCount(input: string, max: number): number | undefined {
  const ascii = asciiDigits(input);
  if (!/^\d{1,3}$/.test(ascii)) return undefined;
  const n = Number(ascii);
  return n <= max ? n : undefined;
}

/** An age as typed (ASCII, Arabic-Indic or Persian digits), or undefined when it is not 0–120. */
export function parseAge(input: string): number | undefined {
  return parseCount(input, maxAge);
}

/** A number of months as typed, or undefined when it is not 0–999. */
export function parseMonths(input: string): number | undefined {
  return parseCount(input, maxMonths);
}

/**
 * The URL query for a profile, in a fixed order (`?town=…&for=…&status=…&age=…&is=…&not=…&registered=…&months=…`),
 * or '' when empty. "Me" is left out, so the links of the old three questions stay the same.
 */
export function profileQuery(profile: FinderProfile): string {
  const params = new URLSearchParams();
  if (profile.town) params.set('town', profile.town);
  if (profile.who && profile.who !== 'me') params.set('for', profile.who);
  if (profile.status) params.set('status', profile.status);
  if (profile.age !== undefined) params.set('age', String(profile.age));
  const groups = askedAudiences.filter((a) => profile.groups?.[a] !== undefined);
  const yes = groups.filter((a) => profile.groups?.[a]);
  const no = groups.filter((a) => !profile.groups?.[a]);
  if (yes.length) params.set('is', yes.join(','));
  if (no.length) params.set('not', no.join(','));
  if (profile.registered !== undefined) params.set('registered', profile.registered ? 'yes' : 'no');
  if (profile.months !== undefined) params.set('months', String(profile.months));
  // Commas read better in a link than %2C, and URLSearchParams parses either.
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
