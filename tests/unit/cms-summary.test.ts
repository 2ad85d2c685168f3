/** What a collapsed row of a list in the CMS says about its item (src/lib/cms/summary.ts). */
import { describe, expect, it } from 'vitest';
import { itemSummary, type SummaryNames } from '~/lib/cms/summary';

const labels: Record<string, string> = {
  passport: 'Passaporto',
  'residence-permit': 'Permesso di soggiorno',
  'income-proof': 'Prova del reddito',
};
const names = (language: string): SummaryNames => ({
  weekday: (d) => d.toUpperCase(),
  record: (slug) => (slug === 'alpha' ? 'Alpha' : slug),
  option: (value) => labels[value] ?? value,
  alternatives: (items) => new Intl.ListFormat(language, { type: 'disjunction' }).format(items),
});

describe('a collapsed row of a list in the CMS', () => {
  it('reads a group of documents as its alternatives, with the admin language’s "or"', () => {
    expect(itemSummary({ oneOf: ['passport', 'residence-permit'] }, names('it'))).toBe('Passaporto o Permesso di soggiorno');
    expect(itemSummary({ oneOf: ['passport', 'residence-permit'] }, names('el'))).toMatch(/^Passaporto ή Permesso di soggiorno$/);
  });

  it('reads a group of one as that document, and a new empty group as nothing yet', () => {
    expect(itemSummary({ oneOf: ['income-proof'] }, names('en'))).toBe('Prova del reddito');
    expect(itemSummary({ oneOf: [] }, names('en'))).toBe('');
  });

  it('still reads opening hours and places as before', () => {
    expect(itemSummary({ days: ['mo', 'we'], opens: '09:00', closes: '12:00' }, names('en'))).toBe('MO, WE 09:00–12:00');
    expect(itemSummary({ name: 'Town Hall', address: { street: 'Via Uno 1', town: 'alpha' } }, names('en'))).toBe(
      'Town Hall, Via Uno 1, Alpha',
    );
  });
});
