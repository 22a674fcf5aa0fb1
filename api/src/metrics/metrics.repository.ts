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
} from './catalog';

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

  async aggregate(query: AggregateQuery): Promise<AggregateRow[]> {
    const params: unknown[] = [query.from, query.to];
    const joins = new Set<LookupJoin>();
    const select: string[] = [
      query.granularity
        ? `to_char(${GRANULARITIES[query.granularity].bucketSql}, 'YYYY-MM-DD') AS period`
        : 'NULL::text AS period',
    ];
    query.dimensions.forEach((name, index) => {
      const dimension = DIMENSIONS[name];
      dimension.joins.forEach((join) => joins.add(join));
      select.push(`${dimension.codeSql} AS d${index}_code`, `${dimension.labelSql} AS d${index}_label`);
    });
    for (const [name, count] of Object.entries(BASE_COUNTS)) select.push(`${count.sql} AS "${name}"`);

    const where = ['d.day BETWEEN $1::date AND $2::date'];
    const municipalities = query.filters.municipality;
    if (municipalities) {
      params.push(municipalities);
      where.push(`d.municipality_code = ANY($${params.length}::text[])`);
    }
    for (const name of Object.keys(DIMENSIONS) as DimensionName[]) {
      const codes = query.filters[name];
      if (!codes) continue;
      const dimension = DIMENSIONS[name];
      dimension.joins.forEach((join) => joins.add(join));
      params.push(codes);
      where.push(`${dimension.codeSql} = ANY($${params.length}::text[])`);
    }
    const groupBy = Array.from({ length: 1 + 2 * query.dimensions.length }, (_, index) => index + 1);

    const sql = [
      `SELECT ${select.join(', ')}`,
      'FROM case_record_daily d',
      ...[...joins].sort().map((alias) => LOOKUP_JOINS[alias]),
      `WHERE ${where.join(' AND ')}`,
      `GROUP BY ${groupBy.join(', ')}`,
      `ORDER BY ${groupBy.join(', ')}`,
    ].join('\n');
    const rows = await this.dataSource.query<RawRow[]>(sql, params);
    return rows.map((row) => ({
      period: row.period,
      codes: query.dimensions.map((_, index) => String(row[`d${index}_code`])),
      labels: query.dimensions.map((_, index) => String(row[`d${index}_label`])),
      counts: { caseCount: Number(row.caseCount), closedCount: Number(row.closedCount) },
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
}
