import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BASE_COUNTS,
  BaseCount,
  DIMENSIONS,
  DimensionName,
  GRANULARITIES,
  GranularityName,
  LOOKUP_JOINS,
  LookupJoin,
  CaseMonthRegionRollup,
  CaseMonthRollup,
  caseMonthRollupFor,
  regionRollupOf,
} from './catalog';
import { addDays } from './periods';

/** Filters as lists of codes; keys are catalog dimensions plus the municipality. */
export type MetricsFilters = Partial<Record<DimensionName | 'municipality', readonly string[] | null>>;

export interface AggregateQuery {
  from: string;
  to: string;
  granularity: GranularityName | null;
  dimensions: readonly DimensionName[];
  filters: MetricsFilters;
}

export interface AggregateRow {
  /** Bucket start (ISO) or null without granularity. */
  period: string | null;
  codes: string[];
  labels: string[];
  counts: Record<BaseCount, number>;
  /** Per base count, the sum of the record keys of the records it counts (cell-key perturbation). */
  keySums: Record<BaseCount, number>;
}

/**
 * Which relation answers an aggregate: a narrow monthly rollup (CASE_MONTH_ROLLUPS) or the view
 * case_record_daily over the facts, which answers every query.
 */
export type AggregateSource =
  { relation: CaseMonthRollup | CaseMonthRegionRollup } | { relation: 'case_record_daily' };

export const DAILY_SOURCE: AggregateSource = { relation: 'case_record_daily' };

const isFirstOfMonth = (iso: string): boolean => iso.endsWith('-01');

/**
 * The aggregate navigator: a case_month_* rollup when its rows give exactly the same numbers, i.e. the
 * buckets are whole months (MONTH, QUARTER, HALF_YEAR, YEAR or no granularity), the range runs from
 * the first day of a month to the last day of a month, and one rollup holds the columns of every
 * requested and filtered dimension (caseMonthRollupFor: the smallest such); over every municipality
 * its region twin when it has one (regionRollupOf). Otherwise the facts (case_record_daily). The
 * municipality filter is always possible (a column of every rollup but the twins).
 */
export function chooseSource(query: AggregateQuery): AggregateSource {
  if (query.granularity && GRANULARITIES[query.granularity].monthlyBucketSql === null) return DAILY_SOURCE;
  if (!isFirstOfMonth(query.from) || !isFirstOfMonth(addDays(query.to, 1)) || query.from > query.to) {
    return DAILY_SOURCE;
  }
  const used = new Set<DimensionName>(query.dimensions);
  for (const name of Object.keys(DIMENSIONS) as DimensionName[]) if (query.filters[name]) used.add(name);
  const rollup = caseMonthRollupFor(used);
  if (!rollup) return DAILY_SOURCE;
  return { relation: query.filters.municipality ? rollup : regionRollupOf(rollup) };
}

interface RawRow {
  period: string | null;
  [column: string]: string | number | null;
}

/**
 * The only place that emits SQL for the indicators API. Statements are assembled from catalog entries
 * (fixed fragments, never user strings) and every user value is a bound parameter.
 */
@Injectable()
export class MetricsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Base counts per bucket and dimension members. `source` defaults to chooseSource(query); the tests
   * pass DAILY_SOURCE to compare both paths. A rollup and the facts give the same rows for a query the
   * rollup can answer.
   */
  async aggregate(
    query: AggregateQuery,
    source: AggregateSource = chooseSource(query),
  ): Promise<AggregateRow[]> {
    const monthly = source.relation !== 'case_record_daily';
    const params: unknown[] = [query.from, query.to];
    const joins = new Set<LookupJoin>();
    const granularity = query.granularity ? GRANULARITIES[query.granularity] : null;
    const bucketSql = granularity && (monthly ? granularity.monthlyBucketSql : granularity.bucketSql);
    if (granularity && !bucketSql) throw new Error(`${source.relation} has no ${query.granularity} buckets`);
    // Inner query: sum the counts per bucket and raw dimension column (filters applied here), so the
    // label expressions and lookup joins of the outer query run on a few rows instead of every cell.
    const innerJoins = new Set<LookupJoin>();
    const columns = [...new Set(query.dimensions.map((name) => `d.${DIMENSIONS[name].column}`))];
    const inner: string[] = [...(bucketSql ? [`${bucketSql} AS bucket`] : []), ...columns];
    for (const count of Object.values(BASE_COUNTS)) {
      inner.push(
        `sum(d.${count.column}) AS ${count.column}`,
        `sum(d.${count.keyColumn}) AS ${count.keyColumn}`,
      );
    }

    const where = [monthly ? 'd.month BETWEEN $1::date AND $2::date' : 'd.day BETWEEN $1::date AND $2::date'];
    const municipalities = query.filters.municipality;
    if (municipalities) {
      params.push(municipalities);
      where.push(`d.municipality_code = ANY($${params.length}::text[])`);
    }
    for (const name of Object.keys(DIMENSIONS) as DimensionName[]) {
      const codes = query.filters[name];
      if (!codes) continue;
      const dimension = DIMENSIONS[name];
      dimension.joins.forEach((join) => innerJoins.add(join));
      params.push(codes);
      where.push(`${dimension.codeSql} = ANY($${params.length}::text[])`);
    }
    const innerGroupBy = Array.from(
      { length: inner.length - 2 * Object.keys(BASE_COUNTS).length },
      (_, i) => i + 1,
    );

    // Outer query: codes and labels from the catalog over the inner rows (aliased d, same column names).
    const select: string[] = [
      bucketSql ? `to_char(d.bucket, 'YYYY-MM-DD') AS period` : 'NULL::text AS period',
    ];
    query.dimensions.forEach((name, index) => {
      const dimension = DIMENSIONS[name];
      dimension.joins.forEach((join) => joins.add(join));
      select.push(`${dimension.codeSql} AS d${index}_code`, `${dimension.labelSql} AS d${index}_label`);
    });
    for (const [name, count] of Object.entries(BASE_COUNTS)) {
      select.push(`${count.sql} AS "${name}"`, `sum(d.${count.keyColumn})::text AS "${name}KeySum"`);
    }
    const groupBy = Array.from({ length: 1 + 2 * query.dimensions.length }, (_, index) => index + 1);

    const sql = [
      `SELECT ${select.join(', ')}`,
      'FROM (',
      `  SELECT ${inner.join(', ')}`,
      `  FROM ${source.relation} d`,
      ...[...innerJoins].sort().map((alias) => `  ${LOOKUP_JOINS[alias]}`),
      `  WHERE ${where.join(' AND ')}`,
      // Without columns to group by the sums are one row even over no cells; HAVING keeps that out.
      innerGroupBy.length > 0 ? `  GROUP BY ${innerGroupBy.join(', ')}` : '  HAVING count(*) > 0',
      ') d',
      ...[...joins].sort().map((alias) => LOOKUP_JOINS[alias]),
      `GROUP BY ${groupBy.join(', ')}`,
      `ORDER BY ${groupBy.join(', ')}`,
    ].join('\n');
    const rows = await this.dataSource.query<RawRow[]>(sql, params);
    return rows.map((row) => ({
      period: row.period,
      codes: query.dimensions.map((_, index) => String(row[`d${index}_code`])),
      labels: query.dimensions.map((_, index) => String(row[`d${index}_label`])),
      counts: { caseCount: Number(row.caseCount), closedCount: Number(row.closedCount) },
      keySums: { caseCount: Number(row.caseCountKeySum), closedCount: Number(row.closedCountKeySum) },
    }));
  }

  /**
   * Inhabitants per year of the municipalities in scope (null: every municipality of the installation).
   * A year is null when any municipality in scope lacks a figure: a partial sum would inflate the rate.
   */
  async population(
    municipalities: readonly string[] | null,
    years: readonly number[],
  ): Promise<Map<number, number | null>> {
    const rows = await this.dataSource.query<{ year: number; population: string | null }[]>(
      `SELECT y.year,
              CASE WHEN count(m.code) > 0 AND count(p.population) = count(m.code)
                   THEN sum(p.population) END AS population
         FROM unnest($1::integer[]) AS y(year)
         LEFT JOIN municipality m ON ($2::text[] IS NULL OR m.code = ANY($2::text[]))
         LEFT JOIN municipality_population p ON p.municipality_code = m.code AND p.year = y.year
        GROUP BY y.year`,
      [years, municipalities],
    );
    return new Map(
      rows.map((row) => [Number(row.year), row.population === null ? null : Number(row.population)]),
    );
  }

  /**
   * The planner's estimate of the distinct values of each dimension's column (pg_stats, kept by
   * ANALYZE/autovacuum; no table is read), for sizing an answer before its aggregate runs. A negative
   * n_distinct is a fraction of the table's rows. Missing when the column has no statistics yet.
   */
  async distinctEstimates(dimensions: readonly DimensionName[]): Promise<Map<DimensionName, number>> {
    if (dimensions.length === 0) return new Map();
    const columns = dimensions.map((name) => DIMENSIONS[name].column);
    const rows = await this.dataSource.query<{ column: string; distinct: number }[]>(
      `SELECT s.attname AS column,
              max(CASE WHEN s.n_distinct >= 0 THEN s.n_distinct ELSE -s.n_distinct * greatest(c.reltuples, 0) END)
                AS distinct
         FROM pg_stats s
         JOIN pg_class c ON c.relname = s.tablename AND c.relnamespace = to_regnamespace(s.schemaname)
        WHERE s.schemaname = current_schema() AND s.tablename IN ('case_record', 'case_theme')
          AND s.attname = ANY($1::text[])
        GROUP BY s.attname`,
      [columns],
    );
    const byColumn = new Map(rows.map((row) => [row.column, Math.ceil(Number(row.distinct))]));
    const found = new Map<DimensionName, number>();
    for (const name of dimensions) {
      const distinct = byColumn.get(DIMENSIONS[name].column);
      if (distinct !== undefined) found.set(name, distinct);
    }
    return found;
  }
}
