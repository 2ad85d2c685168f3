import { v5 as uuidv5 } from 'uuid';

/** Namespace of every Crossroads id. Never change it: feeds, exports and bookmarks rely on ids. */
export const idNamespace = '6f3a0c52-4d8e-5b1f-9a7c-2e0d4b9c8a11';

/**
 * The stable UUID of a record: a version-5 UUID of "<kind>/<slug>", so the same slug always gives
 * the same id on every machine, and two kinds can share a slug without sharing an id.
 */
export function recordId(kind: string, slug: string): string {
  return uuidv5(`${kind}/${slug}`, idNamespace);
}
