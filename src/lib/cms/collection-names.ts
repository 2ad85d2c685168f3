/**
 * The names of the CMS collections: one per owner (the network or a town) and record kind, so a
 * town's records stay in a collection of its own, and the collections a reference field lists
 * records from.
 */
import type { RecordKind } from '../content/schema';

/** The record kinds a reference field (`meta.ref` in the schema) can point to. */
export type RefKind = 'towns' | 'providers' | 'categories' | 'services';

/** Name of the CMS collection holding one owner's records of a kind (`aurelia-services`). */
export function collectionName(owner: string, kind: RecordKind): string {
  return `${owner}-${kind === 'towns' ? 'profile' : kind}`;
}

/** Every collection that can hold records a reference of `kind` points to, own town first. */
export function refCollections(kind: RefKind, towns: string[], ownTown?: string): string[] {
  if (kind === 'categories') return [collectionName('network', 'categories')];
  if (kind === 'towns') {
    const ordered = ownTown ? [ownTown, ...towns.filter((t) => t !== ownTown)] : towns;
    return ordered.map((t) => collectionName(t, 'towns'));
  }
  const ordered = ownTown ? [ownTown, 'network', ...towns.filter((t) => t !== ownTown)] : ['network', ...towns];
  return ordered.map((o) => collectionName(o, kind));
}

const refKinds: readonly RefKind[] = ['towns', 'providers', 'categories', 'services'];

/** Whether a schema's `meta.ref` names a kind the CMS can list records of. */
export const isRefKind = (value: unknown): value is RefKind => refKinds.some((k) => k === value);
