/**
 * A value made once per owner (the build's Directory, a calendar entry) and key (a locale, a day,
 * a category): every page that needs it asks, the first makes it. Held as long as the owner lives
 * (a WeakMap), so a directory read again (astro dev) starts afresh. One mechanism for the caches
 * that pages share (the metrics, comparisons, town groups, finder and My list files, occurrences)
 * instead of a two-level WeakMap written out at each.
 */
export function madeOnce<Owner extends object, Value>(): (owner: Owner, key: string, make: () => Value) => Value {
  const made = new WeakMap<Owner, Map<string, Value>>();
  return (owner, key, make) => {
    let byKey = made.get(owner);
    if (!byKey) made.set(owner, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, make());
    return byKey.get(key) as Value;
  };
}
