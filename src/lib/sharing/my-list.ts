/**
 * My list: services and calendar dates a reader saves on the device, without an account. Pure
 * functions shared by the page scripts and the tests. The list lives in localStorage (written only
 * when the reader taps "Save") and travels between devices as the fragment of one link,
 * `/<locale>/my-list/#s=slug1,slug2&e=entry1`, which browsers never send to the server.
 */
import { slugPattern } from '../content/slug';

/** Saved service slugs and calendar entry slugs, oldest first. */
export interface MyList {
  services: string[];
  entries: string[];
}

/** What a record is on the list: a service or a calendar entry. */
export type ListKind = 'services' | 'entries';

/** The one localStorage key the site ever writes, and only on the reader's tap. */
export const storageKey = 'crossroads.my-list';

/** A list with nothing on it. */
export const emptyList = (): MyList => ({ services: [], entries: [] });

// A slug that is not one (content/slug.ts) in a link or in storage is dropped rather than trusted.
const maxItems = 200;

function cleanSlugs(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const seen = new Set<string>();
  for (const v of values) if (typeof v === 'string' && slugPattern.test(v)) seen.add(v);
  return [...seen].slice(0, maxItems);
}

/** True when the list holds nothing. */
export function isEmpty(list: MyList): boolean {
  return list.services.length === 0 && list.entries.length === 0;
}

/** The list kept in storage; broken or foreign JSON reads as an empty list. */
export function parseStored(json: string | null | undefined): MyList {
  if (!json) return emptyList();
  try {
    const data = JSON.parse(json) as Partial<Record<ListKind, unknown>>;
    return { services: cleanSlugs(data?.services), entries: cleanSlugs(data?.entries) };
  } catch {
    return emptyList();
  }
}

/** The list as stored: JSON with the two arrays. */
export function serialize(list: MyList): string {
  return JSON.stringify({ services: list.services, entries: list.entries });
}

/**
 * The list a shared link carries in its fragment (`#s=a,b&e=c`), or undefined when the fragment
 * holds no list (e.g. an empty fragment or a plain anchor).
 */
export function parseListHash(hash: string): MyList | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!params.has('s') && !params.has('e')) return undefined;
  const split = (v: string | null) => cleanSlugs((v ?? '').split(',').map((x) => x.trim()));
  return { services: split(params.get('s')), entries: split(params.get('e')) };
}

/** The fragment that carries a list (`#s=a,b&e=c`); empty parts are left out. */
export function listHash(list: MyList): string {
  const parts = [list.services.length ? `s=${list.services.join(',')}` : '', list.entries.length ? `e=${list.entries.join(',')}` : ''];
  const body = parts.filter(Boolean).join('&');
  return body ? `#${body}` : '';
}

/** True when `slug` is on the list as `kind`. */
export function has(list: MyList, kind: ListKind, slug: string): boolean {
  return list[kind].includes(slug);
}

/** The list with `slug` added (at the end) or removed. */
export function toggle(list: MyList, kind: ListKind, slug: string): MyList {
  const next = { services: [...list.services], entries: [...list.entries] };
  next[kind] = has(list, kind, slug) ? next[kind].filter((s) => s !== slug) : cleanSlugs([...next[kind], slug]);
  return next;
}

/** Both lists together: what `a` has, then what only `b` has. */
export function merge(a: MyList, b: MyList): MyList {
  return { services: cleanSlugs([...a.services, ...b.services]), entries: cleanSlugs([...a.entries, ...b.entries]) };
}

/** True when both lists hold the same items, in any order. */
export function sameItems(a: MyList, b: MyList): boolean {
  const key = (l: MyList) => [[...l.services].sort().join(), [...l.entries].sort().join()].join('|');
  return key(a) === key(b);
}

/**
 * How many files My list's names and dates are split into, so that each holds about `perFile`
 * records whatever the size of the network: the page fetches only the files its items are in.
 */
export function bucketCount(records: number, perFile = 100): number {
  return Math.max(1, Math.ceil(records / perFile));
}

/** The file a slug's record is in, the same in the build and in the browser: FNV-1a of the slug. */
export function bucketOf(slug: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) {
    hash ^= slug.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}
