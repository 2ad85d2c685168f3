/**
 * What a collapsed row of a list in the CMS says about its item, in words: opening hours as
 * "Mon, Wed 09:00–12:00", a place as its name and street, references and codes by their names, a
 * group of documents as its alternatives ("Passport or Residence permit").
 * Decap's own summaries can only print a field as stored (`["tu","fr"]`) or the field's label.
 */
import { weekdays } from '../content/schema';

export interface SummaryNames {
  /** A weekday code (`mo`) as a short name (`Mon`). */
  weekday(code: string): string;
  /** A record's slug as its name, or the slug when the record is not known. */
  record(slug: string): string;
  /** A value of a fixed list (`asylum-card`) as its option label, or the value when it has none. */
  option(value: string): string;
  /** Alternatives as one phrase with the language's own "or": "Passport or Residence permit". */
  alternatives(items: string[]): string;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Opening hours in words, days in week order: "Mon, Wed 09:00–12:00". */
export function hoursSummary(hours: { days?: unknown; opens?: unknown; closes?: unknown }, names: SummaryNames): string {
  const days = Array.isArray(hours.days) ? weekdays.filter((d) => (hours.days as unknown[]).includes(d)).map(names.weekday) : [];
  const time =
    isText(hours.opens) || isText(hours.closes)
      ? `${isText(hours.opens) ? hours.opens : '…'}–${isText(hours.closes) ? hours.closes : '…'}`
      : '';
  return [days.join(', '), time].filter(Boolean).join(' ');
}

/**
 * One item of a list, in words. Hours read as days and times; anything else as its own texts in
 * order (a place: "Town Hall, Via Uno 1, 00001, Alpha"), nested groups included, references by
 * name. Empty when the item holds nothing yet.
 */
export function itemSummary(item: unknown, names: SummaryNames, refFields: ReadonlySet<string> = new Set(['town'])): string {
  if (isText(item)) return item;
  if (!item || typeof item !== 'object' || Array.isArray(item)) return '';
  const record = item as Record<string, unknown>;
  if ('days' in record && ('opens' in record || 'closes' in record)) return hoursSummary(record, names);
  // A group of documents (schema.ts `documentGroup`): any one of them will do.
  if (Array.isArray(record.oneOf)) return names.alternatives(record.oneOf.filter(isText).map(names.option));
  const parts: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (isText(value)) parts.push(refFields.has(key) ? names.record(value) : value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = itemSummary(value, names, refFields);
      if (inner) parts.push(inner);
    }
  }
  return parts.join(', ');
}
