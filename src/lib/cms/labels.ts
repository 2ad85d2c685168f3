/**
 * The English label and hint a CMS field shows, from the schema's `.describe()` text or, without
 * one, from the field's own name.
 */

/** "Opening time, local to the town (HH:MM)" → label "Opening time, local to the town", hint "HH:MM". */
export function labelAndHint(description: string | undefined, name: string): { label: string; hint?: string } {
  if (!description) return { label: humanize(name) };
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(description);
  return m && m[1] ? { label: m[1], hint: capitalize(m[2]) } : { label: description };
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `ageMin` → "Age min", `opening-hours` → "Opening hours". */
export function humanize(name: string): string {
  return capitalize(
    name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/-/g, ' ')
      .toLowerCase(),
  );
}
