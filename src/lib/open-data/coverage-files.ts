/**
 * The two coverage downloads, whole: for machines (category slugs by town slugs, /data/coverage.csv)
 * and for people (the overview's table with names in the reader's language, towns in the page's
 * order, with a byte-order mark for spreadsheet programs, /data/coverage/<locale>.csv). Their
 * endpoints only return them; tested in tests/unit/coverage-files.test.ts.
 */
import { sortByName, type Directory } from '../content/directory';
import { getT } from '../i18n/i18next';
import type { LocaleCode } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { coverageCsv, coverageMatrix } from './coverage';

/** The network's coverage with slugs, in the content's town order. */
export function coverageCsvForMachines(d: Directory): string {
  return coverageCsv(coverageMatrix(d), { corner: 'category', category: (slug) => slug, town: (slug) => slug });
}

/** The network's coverage with names in `locale`, towns sorted by name as on the overview. */
export function coverageCsvForPeople(d: Directory, locale: LocaleCode): string {
  const matrix = coverageMatrix(
    d,
    sortByName(d.towns, locale).map((t) => t.slug),
  );
  return coverageCsv(
    matrix,
    {
      corner: getT(locale)('overview.topic'),
      category: (slug) => localize<{ name: string }>(d.category(slug).text, locale).value.name,
      town: (slug) => d.townName(slug, locale),
    },
    { bom: true },
  );
}
