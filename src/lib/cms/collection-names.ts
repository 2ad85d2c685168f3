/**
 * The names of the CMS collections: one per owner (the network, a town, or an organisation with
 * editors of its own) and record kind, so each owner's records stay in a collection of their own,
 * and the collections a reference field lists records from.
 */
import type { RecordKind } from '../content/schema';

/** The record kinds a reference field (`meta.ref` in the schema) can point to. */
export type RefKind = 'towns' | 'providers' | 'categories' | 'services';

/** Name of the CMS collection holding one owner's records of a kind (`aurelia-services`). */
export function collectionName(owner: string, kind: RecordKind): string {
  return `${owner}-${kind === 'towns' ? 'profile' : kind}`;
}

/**
 * The owner part of an organisation's collection names in a town (`valmara--valmara-porto-solidale`):
 * a provider working in two towns has a folder, and collections, in each; the double hyphen, which
 * no slug has, keeps the name apart from every town's and the network's.
 */
export function orgOwner(town: string, org: string): string {
  return `${town}--${org}`;
}

/** The organisations with editors of their own in each town (town slug → provider slugs). */
export type OrgsByTown = Partial<Record<string, readonly string[]>>;

/**
 * Every collection that can hold records a reference of `kind` points to, own town first. A
 * town's organisations hold services too, listed right after the town's own.
 */
export function refCollections(kind: RefKind, towns: string[], ownTown?: string, orgs: OrgsByTown = {}): string[] {
  if (kind === 'categories') return [collectionName('network', 'categories')];
  if (kind === 'towns') {
    const ordered = ownTown ? [ownTown, ...towns.filter((t) => t !== ownTown)] : towns;
    return ordered.map((t) => collectionName(t, 'towns'));
  }
  const ordered = ownTown ? [ownTown, 'network', ...towns.filter((t) => t !== ownTown)] : ['network', ...towns];
  return ordered.flatMap((o) =>
    [o, ...(kind === 'services' ? (orgs[o] ?? []).map((org) => orgOwner(o, org)) : [])].map((owner) => collectionName(owner, kind)),
  );
}

const refKinds: readonly RefKind[] = ['towns', 'providers', 'categories', 'services'];

/** Whether a schema's `meta.ref` names a kind the CMS can list records of. */
export const isRefKind = (value: unknown): value is RefKind => refKinds.some((k) => k === value);
