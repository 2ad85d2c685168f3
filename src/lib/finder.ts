/**
 * The eligibility finder: from a town, a residence status and an age, which services a person
 * can use, and for each one hidden, why. The matching runs in the browser on small JSON files
 * written at build time, so their size does not grow with the network:
 * - `/<locale>/finder.json`: the towns and statuses to choose from;
 * - `/<locale>/finder/towns/<town>.json`: the services that list one town, fetched once the person
 *   picks it (as opening the town's page would);
 * - `/<locale>/finder/network-wide.json`: services open to residents of every partner town,
 *   fetched only when the person asks for those of other towns.
 * Status and age never leave the phone. Reason texts are written at build time with i18next, so
 * they read as the service pages do (`finder-data.ts` writes them and assembles the files). This
 * module is what the island imports: no Node, no zod.
 */
import type { LocaleCode } from './locales';
// Types only: the schema module builds zod schemas, which must not end up in the island's bundle.
import type { Eligibility, ServiceShared } from './schema';

export type ResidenceStatus = Eligibility['residenceStatuses'][number];

/** The part of a service's eligibility the finder can check from its three questions. */
export type FinderEligibility = Pick<Eligibility, 'residenceStatuses' | 'ageMin' | 'ageMax' | 'residence'>;

/** Why a service is hidden. */
export type ReasonKind = 'town' | 'status' | 'ageMin' | 'ageMax' | 'ended';

/** What the person told the finder; every answer is optional. */
export interface FinderProfile {
  /** Slug of the town the person lives in. */
  town?: string;
  status?: ResidenceStatus;
  age?: number;
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
}

/** The per-locale finder file: what the questions offer. */
export interface FinderIndex {
  locale: LocaleCode;
  towns: { slug: string; name: string }[];
  statuses: { value: ResidenceStatus; label: string }[];
}

/** The services that list one town, and how many of other towns are open to its residents too. */
export interface FinderTown {
  town: string;
  services: FinderService[];
  /** Services of other towns open to residents of every partner town (in `FinderNetworkWide`). */
  elsewhere: number;
}

/** Every service open to residents of every partner town, wherever it is offered. */
export interface FinderNetworkWide {
  services: FinderService[];
}

/**
 * True when a resident of `town` may use the service as far as where they live goes: it lists the
 * town, or it is open to anyone living in the partner network.
 */
export function servesTown(service: Pick<FinderService, 'towns' | 'eligibility'>, town: string): boolean {
  return service.eligibility.residence === 'lives-in-network' || service.towns.includes(town);
}

/**
 * The reasons a service does not fit a profile; empty when it fits. Unanswered questions never
 * hide anything.
 * - town: a service serves the towns it lists; one limited to residents of the partner network
 *   as a whole serves every partner town;
 * - status: a service limited to some residence statuses;
 * - age: outside the service's age range;
 * - ended: the service no longer runs (it stays listed so old links explain what happened).
 */
export function hideReasons(
  service: Pick<FinderService, 'towns' | 'status' | 'eligibility'>,
  profile: FinderProfile,
): ReasonKind[] {
  const e = service.eligibility;
  const reasons: ReasonKind[] = [];
  if (service.status === 'ended') reasons.push('ended');
  if (profile.town && !servesTown(service, profile.town)) reasons.push('town');
  if (profile.status && e.residenceStatuses.length > 0 && !e.residenceStatuses.includes(profile.status)) reasons.push('status');
  if (profile.age !== undefined) {
    if (e.ageMin !== undefined && profile.age < e.ageMin) reasons.push('ageMin');
    if (e.ageMax !== undefined && profile.age > e.ageMax) reasons.push('ageMax');
  }
  return reasons;
}

/** Splits services into those that fit the profile and those hidden, with their reasons, keeping order. */
export function applyFinder<T extends Pick<FinderService, 'towns' | 'status' | 'eligibility'>>(
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

/**
 * Reads a profile from a URL query (`?town=valmara&status=refugee&age=34`), dropping anything that
 * is not one of `known` towns and statuses or not an age.
 */
export function parseProfile(
  search: string,
  known: { towns: readonly string[]; statuses: readonly string[] },
): FinderProfile {
  const params = new URLSearchParams(search);
  const profile: FinderProfile = {};
  const town = params.get('town');
  if (town && known.towns.includes(town)) profile.town = town;
  const status = params.get('status');
  if (status && known.statuses.includes(status)) profile.status = status as ResidenceStatus;
  const age = parseAge(params.get('age') ?? '');
  if (age !== undefined) profile.age = age;
  return profile;
}

/** An age as typed (ASCII, Arabic-Indic or Persian digits), or undefined when it is not 0–120. */
export function parseAge(input: string): number | undefined {
  const ascii = input.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
  if (!/^\d{1,3}$/.test(ascii)) return undefined;
  const age = Number(ascii);
  return age <= 120 ? age : undefined;
}

/** The URL query for a profile, in a fixed order: `?town=…&status=…&age=…`, or '' when empty. */
export function profileQuery(profile: FinderProfile): string {
  const params = new URLSearchParams();
  if (profile.town) params.set('town', profile.town);
  if (profile.status) params.set('status', profile.status);
  if (profile.age !== undefined) params.set('age', String(profile.age));
  const s = params.toString();
  return s ? `?${s}` : '';
}
