/**
 * Which values of a row of rules differ from the rest: the network overview's comparison
 * (coverage.ts) and the moving view's (src/lib/moving/moving.ts) mark cells the same way. A module
 * of its own, with no imports, so the moving view's island can use it without the schema.
 */

/** Marks the values that differ from the rest (see `CompareRow.differs` in coverage.ts). */
export function differences(values: (string | undefined)[]): { varies: boolean; differs: boolean[] } {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  const varies = counts.size > 1;
  if (!varies) return { varies, differs: values.map(() => false) };
  const top = Math.max(...counts.values());
  const leaders = [...counts].filter(([, n]) => n === top).map(([v]) => v);
  const usual = leaders.length === 1 ? leaders[0] : undefined;
  return { varies, differs: values.map((v) => v !== undefined && v !== usual) };
}
