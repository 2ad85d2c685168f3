/**
 * A value that a known number of pages share, made for the first of them and let go after the
 * last: the HSDS dataset of a locale (one per file of the export). Kept for the whole build instead, such values filled a
 * third of the heap that was still live after rendering (100 MB at 20 towns, growing with the
 * network), and every garbage collection walked them.
 *
 * It saves memory when the pages of one value are rendered one after another, so their routes
 * list them so in `getStaticPaths` (Astro renders in that order). Used in any other order, or
 * when a page is rendered again (astro dev), the value is simply made again: slower, never wrong.
 */
export function sharedByPages<V>(pagesPerValue: number): (key: string, make: () => V) => V {
  const live = new Map<string, { value: V; pagesLeft: number }>();
  return (key, make) => {
    let held = live.get(key);
    if (!held) live.set(key, (held = { value: make(), pagesLeft: pagesPerValue }));
    if (--held.pagesLeft <= 0) live.delete(key);
    return held.value;
  };
}
