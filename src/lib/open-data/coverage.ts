/**
 * The network overview for coordinators: which town covers which category (and where nothing is
 * listed), and, for one category, every town's rules side by side with the differences marked.
 * Pure functions over the validated network; the overview pages and the CSV download render them.
 */
import type { TFunction } from 'i18next';
import type { Network, Service } from '../content/read';
import { formatEuros, formatList } from '../dates/format';
import type { LocaleCode } from '../i18n/locales';
import { groupWith } from '../content/eligibility';
import { documentTypes, type DocumentGroup, type DocumentType } from '../content/schema';
import { differences } from './differences';
import { madeOnce } from '../build/made-once';

export { differences };

export type CoverageSource = Pick<Network, 'towns' | 'categories' | 'services'>;

/**
 * Whether a service counts as coverage: ended services stay listed for old links but no longer
 * cover anything; temporarily closed ones still do.
 */
export function countsAsCoverage(s: Service): boolean {
  return s.shared.status !== 'ended';
}

/** The services a town's residents can use in a category (main category or not), in slug order. */
export function servicesFor(source: Pick<Network, 'services'>, town: string, category: string): Service[] {
  return source.services.filter((s) => countsAsCoverage(s) && s.shared.towns.includes(town) && s.shared.categories.includes(category));
}

export interface CoverageCell {
  town: string;
  category: string;
  /** Slugs of the services counted. */
  services: string[];
  count: number;
}

export interface CoverageRow {
  category: string;
  /** One cell per town, in the matrix's town order. */
  cells: CoverageCell[];
  /** Towns with no service in this category. */
  gaps: string[];
}

export interface CoverageMatrix {
  /** Town slugs, in column order. */
  towns: string[];
  /** One row per category, in the network's category order. */
  rows: CoverageRow[];
  /** Every (town, category) pair with no service, row by row. */
  gaps: { town: string; category: string }[];
}

/**
 * Towns by categories: how many services each town's residents can use in each category.
 * @param townOrder town slugs in the order the columns should have (default: the network's order)
 */
export function coverageMatrix(source: CoverageSource, townOrder: string[] = source.towns.map((t) => t.slug)): CoverageMatrix {
  const rows = source.categories.map((c) => {
    const cells = townOrder.map((town) => {
      const services = servicesFor(source, town, c.slug).map((s) => s.slug);
      return { town, category: c.slug, services, count: services.length };
    });
    return { category: c.slug, cells, gaps: cells.filter((x) => x.count === 0).map((x) => x.town) };
  });
  return {
    towns: townOrder,
    rows,
    gaps: rows.flatMap((r) => r.gaps.map((town) => ({ town, category: r.category }))),
  };
}

/** Gaps grouped by town, towns in column order, only towns that have any. */
export function gapsByTown(matrix: CoverageMatrix): { town: string; categories: string[] }[] {
  return matrix.towns
    .map((town) => ({ town, categories: matrix.gaps.filter((g) => g.town === town).map((g) => g.category) }))
    .filter((g) => g.categories.length > 0);
}

/**
 * The matrix as CSV (RFC 4180: CRLF line ends, fields quoted where needed): a header row of town
 * labels, then one row per category with its counts.
 * @param labels how to write the corner, categories and towns (slugs for machines, names for people)
 * @param bom start with a byte-order mark, so spreadsheet programs read non-Latin names as UTF-8
 */
export function coverageCsv(
  matrix: CoverageMatrix,
  labels: { corner: string; category: (slug: string) => string; town: (slug: string) => string },
  { bom = false }: { bom?: boolean } = {},
): string {
  const lines = [
    [labels.corner, ...matrix.towns.map(labels.town)],
    ...matrix.rows.map((r) => [labels.category(r.category), ...r.cells.map((c) => String(c.count))]),
  ].map((fields) => fields.map(csvField).join(','));
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** One CSV field: quoted when it holds a separator, and defused when a spreadsheet would run it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// ---------------------------------------------------------------------------------------------
// One category, every town side by side.

export type CompareRowKind = 'status' | 'audience' | 'age' | 'residence' | 'document' | 'cost' | 'appointment';

export interface CompareColumn {
  town: string;
  /** The service in this column, or undefined when the town has none in the category (a gap). */
  service?: Service;
}

export interface CompareRow {
  kind: CompareRowKind;
  /** The document a `document` row is about. */
  document?: DocumentType;
  /** One comparable value per column (undefined in gap columns); equal values mean equal rules. */
  values: (string | undefined)[];
  /** True when the services do not all agree on this fact. */
  varies: boolean;
  /**
   * Per column: this service's fact differs from the other towns'. When one value is the most
   * common, the cells with any other value differ; when several values tie, every cell differs.
   */
  differs: boolean[];
}

export interface Comparison {
  category: string;
  columns: CompareColumn[];
  rows: CompareRow[];
}

/** The comparable value of one fact of a service; two services with equal values have equal rules. */
export function factValue(s: Service, kind: CompareRowKind, document?: DocumentType): string {
  const e = s.shared.eligibility;
  switch (kind) {
    case 'status':
      return [...e.residenceStatuses].sort().join(',');
    case 'audience':
      return [...e.audiences].sort().join(',');
    case 'age':
      return `${e.ageMin ?? ''}-${e.ageMax ?? ''}`;
    case 'residence':
      return `${e.residence}:${e.residenceMonths}`;
    case 'document':
      return documentValue(e.documents, document!);
    case 'cost':
      return `${s.shared.cost.type}:${s.shared.cost.amountEUR ?? ''}`;
    case 'appointment':
      return s.shared.appointment;
  }
}

/**
 * The comparable value of a document for one service: `needed`, `not-needed`, or for a document
 * that is one of a group of alternatives, `one-of:` and the whole group (sorted), so two towns
 * agree only when they accept the same alternatives.
 */
export function documentValue(groups: readonly DocumentGroup[], document: DocumentType): string {
  const group = groupWith(groups, document);
  if (!group) return 'not-needed';
  return group.oneOf.length === 1 ? 'needed' : `one-of:${[...group.oneOf].sort().join('|')}`;
}

/** Whether a document row's value asks for the document, alone or as one of several. */
export function documentAsked(value: string | undefined): boolean {
  return value !== undefined && value !== 'not-needed';
}

/**
 * Every town's services in a category, side by side: one column per service (a town with several
 * has several, a town with none has one empty column), one row per fact. Rows for audiences and
 * ages appear only when some service limits them; one row per document some service asks for,
 * alone or as one of a group of alternatives (the cell then names the others: "Needed, or instead …").
 * @param townOrder town slugs in column order (default: the network's order)
 */
export function compareCategory(
  source: CoverageSource,
  category: string,
  townOrder: string[] = source.towns.map((t) => t.slug),
): Comparison {
  const columns: CompareColumn[] = townOrder.flatMap((town) => {
    const services = servicesFor(source, town, category);
    return services.length === 0 ? [{ town }] : services.map((service) => ({ town, service }));
  });
  const offered = columns.flatMap((c) => (c.service ? [c.service] : []));
  const e = (s: Service) => s.shared.eligibility;
  const specs: { kind: CompareRowKind; document?: DocumentType }[] = [
    { kind: 'status' },
    ...(offered.some((s) => e(s).audiences.length > 0) ? [{ kind: 'audience' as const }] : []),
    ...(offered.some((s) => e(s).ageMin !== undefined || e(s).ageMax !== undefined) ? [{ kind: 'age' as const }] : []),
    { kind: 'residence' },
    ...documentTypes
      .filter((doc) => offered.some((s) => groupWith(e(s).documents, doc)))
      .map((document) => ({ kind: 'document' as const, document })),
    { kind: 'cost' },
    { kind: 'appointment' },
  ];
  const rows = specs.map(({ kind, document }) => {
    const values = columns.map((c) => (c.service ? factValue(c.service, kind, document) : undefined));
    return { kind, document, values, ...differences(values) };
  });
  return { category, columns, rows };
}

/**
 * The columns of `towns` only, in that order, for one page of a comparison split by town: which
 * rows vary, and which facts differ from the usual one, stay as in the whole network.
 */
export function comparisonOf(comparison: Comparison, towns: readonly string[]): Comparison {
  const keep = towns.flatMap((town) => comparison.columns.flatMap((c, i) => (c.town === town ? [i] : [])));
  return {
    ...comparison,
    columns: keep.map((i) => comparison.columns[i]),
    rows: comparison.rows.map((r) => ({ ...r, values: keep.map((i) => r.values[i]), differs: keep.map((i) => r.differs[i]) })),
  };
}

const networkComparisons = madeOnce<CoverageSource, Comparison>();

/**
 * A category compared across the whole network, made once per build: every page of its table (in
 * every locale) takes its own towns from it with `comparisonOf`.
 */
export function networkComparison(source: CoverageSource, category: string): Comparison {
  return networkComparisons(source, category, () => compareCategory(source, category));
}

/** The label of a comparison row in the reader's language. */
export function compareRowLabel(row: CompareRow, t: TFunction): string {
  return row.kind === 'document' ? t(`document.${row.document}`) : t(`overview.row.${row.kind}`);
}

/** What one cell of a comparison says, in the reader's language. */
export function compareCellText(row: CompareRow, s: Service, t: TFunction, locale: LocaleCode): string {
  const e = s.shared.eligibility;
  switch (row.kind) {
    case 'status':
      return e.residenceStatuses.length === 0
        ? t('overview.cell.anyStatus')
        : formatList(
            e.residenceStatuses.map((x) => t(`residenceStatus.${x}`)),
            locale,
            'disjunction',
          );
    case 'audience':
      return e.audiences.length === 0
        ? t('overview.cell.everyone')
        : formatList(
            e.audiences.map((x) => t(`audience.${x}`)),
            locale,
            'disjunction',
          );
    case 'age':
      if (e.ageMin !== undefined && e.ageMax !== undefined)
        return t('eligibility.ageRange', { min: e.ageMin, max: e.ageMax, count: e.ageMax });
      if (e.ageMin !== undefined) return t('eligibility.ageFrom', { count: e.ageMin });
      if (e.ageMax !== undefined) return t('eligibility.ageUpTo', { count: e.ageMax });
      return t('overview.cell.anyAge');
    case 'residence': {
      const base = t(`openData.residence.${e.residence}`);
      return e.residenceMonths > 0 ? `${base} ${t('eligibility.residence.months', { count: e.residenceMonths })}` : base;
    }
    case 'document': {
      const group = groupWith(e.documents, row.document!);
      if (!group) return t('overview.cell.notNeeded');
      const others = group.oneOf.filter((d) => d !== row.document);
      return others.length === 0
        ? t('overview.cell.needed')
        : t('overview.cell.neededOr', {
            list: formatList(
              others.map((d) => t(`document.${d}`)),
              locale,
              'disjunction',
            ),
          });
    }
    case 'cost': {
      const label = t(`cost.${s.shared.cost.type}`);
      return s.shared.cost.amountEUR !== undefined ? `${label} · ${formatEuros(s.shared.cost.amountEUR, locale)}` : label;
    }
    case 'appointment':
      return t(`appointment.${s.shared.appointment}`);
  }
}
