import { GRANULARITIES, GranularityName, LOOKUP_JOINS, LookupJoin } from '../metrics/catalog';
import { INDICATOR_DIMENSIONS, IndicatorDimensionName } from './handling-times.catalog';
import { IndicatorGrain } from './indicator-grain';

/** Filters as lists of codes (null = all); municipality already scoped to the viewer. */
export type IndicatorFilters<D extends string = IndicatorDimensionName> = Partial<
  Record<D | 'municipality', readonly string[] | null>
>;

export interface IndicatorSelection<D extends string = IndicatorDimensionName> {
  from: string;
  to: string;
  granularity: GranularityName | null;
  dimension: D | null;
  filters: IndicatorFilters<D>;
}

/** The part of a catalog dimension that SQL is built from. */
export interface DimensionSql {
  codeSql: string;
  labelSql: string;
  joins: readonly LookupJoin[];
}

/** The SQL of a bucket start over `d.day` (day grain) or `d.month` (month grain). */
function bucketSql(granularity: GranularityName, grain: IndicatorGrain): string {
  const definition = GRANULARITIES[granularity];
  if (grain === 'day') return definition.bucketSql;
  // chooseIndicatorGrain never picks the month grain for such a bucket; this guards direct callers.
  if (definition.monthlyBucketSql === null) throw new Error(`No ${granularity} buckets over months`);
  return definition.monthlyBucketSql;
}

/**
 * SELECT/JOIN/WHERE fragments over a rollup aliased `d` with columns municipality_code, `day` (day
 * grain) or `month` (month grain, first day of the month) and the dimension columns of
 * case_record_daily. Fragments come only from the catalogs; values are bound parameters appended to
 * `params` (which already holds the caller's own parameters). The select list is always period, code,
 * label (positions 1-3; group by position, since names like `code` also exist in the lookup tables).
 * The month grain is only exact for whole-month ranges (chooseIndicatorGrain).
 */
export function selectionSql<D extends string = IndicatorDimensionName>(
  selection: IndicatorSelection<D>,
  params: unknown[],
  catalog: Record<D, DimensionSql> = INDICATOR_DIMENSIONS as unknown as Record<D, DimensionSql>,
  grain: IndicatorGrain = 'day',
): { select: string[]; joins: string[]; where: string[] } {
  const joins = new Set<LookupJoin>();
  params.push(selection.from, selection.to);
  const dateColumn = grain === 'day' ? 'd.day' : 'd.month';
  const where = [`${dateColumn} BETWEEN $${params.length - 1}::date AND $${params.length}::date`];
  const select = [
    selection.granularity
      ? `to_char(${bucketSql(selection.granularity, grain)}, 'YYYY-MM-DD') AS period`
      : 'NULL::text AS period',
  ];
  if (selection.dimension) {
    const dimension = catalog[selection.dimension];
    dimension.joins.forEach((join) => joins.add(join));
    select.push(`${dimension.codeSql} AS code`, `${dimension.labelSql} AS label`);
  } else {
    select.push('NULL::text AS code', 'NULL::text AS label');
  }
  if (selection.filters.municipality) {
    params.push(selection.filters.municipality);
    where.push(`d.municipality_code = ANY($${params.length}::text[])`);
  }
  for (const name of Object.keys(catalog) as D[]) {
    const codes = selection.filters[name];
    if (!codes) continue;
    const dimension = catalog[name];
    dimension.joins.forEach((join) => joins.add(join));
    params.push(codes);
    where.push(`${dimension.codeSql} = ANY($${params.length}::text[])`);
  }
  return { select, joins: [...joins].sort().map((alias) => LOOKUP_JOINS[alias]), where };
}
