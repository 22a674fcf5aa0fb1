import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HandlingTimeFamilyName } from '../handling-times/handling-times.catalog';
import { chooseIndicatorGrain, IndicatorGrain } from '../handling-times/indicator-grain';
import { IndicatorFilters, IndicatorSelection, selectionSql } from '../handling-times/indicator-sql';
import {
  DECIDED_OUTCOMES,
  OUTCOME_DIMENSIONS,
  OutcomeDimensionName,
  UPHELD_OUTCOMES,
} from './outcomes.catalog';

export interface OutcomeCountsRow {
  period: string | null;
  code: string | null;
  label: string | null;
  received: number;
  decided: number;
  upheld: number;
  gegrond: number;
  deelsGegrond: number;
  ongegrond: number;
  recommendationsMade: number;
  recommendationsFollowed: number;
  recommendationsNotFollowed: number;
}

export interface MeasureCountRow {
  measure: string;
  count: number;
}

/** Whether a selection breaks down or filters by theme. */
const usesTheme = (selection: IndicatorSelection<OutcomeDimensionName>): boolean =>
  selection.dimension === 'theme' || Boolean(selection.filters.theme);

/**
 * SQL of the outcome indicators: the rollups case_outcome_monthly (sql/migrations/0051) or
 * case_outcome_daily (0040), and measure counts.
 */
@Injectable()
export class OutcomesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts per bucket and member, from case_outcome_monthly when the month grain gives the same numbers
   * (chooseIndicatorGrain), else from case_outcome_daily; the tests pass the grain to compare them.
   */
  async counts(
    family: HandlingTimeFamilyName,
    selection: IndicatorSelection<OutcomeDimensionName>,
    grain: IndicatorGrain = chooseIndicatorGrain(selection),
  ): Promise<OutcomeCountsRow[]> {
    const params: unknown[] = [family, DECIDED_OUTCOMES, UPHELD_OUTCOMES];
    const { select, joins, where } = selectionSql(selection, params, OUTCOME_DIMENSIONS, grain);
    // case_outcome_monthly holds two grouping sets (sql/views/9000_refresh_rollups.sql): with the theme,
    // and the much smaller one without it (theme_id -1); read exactly one of them.
    if (grain === 'month') where.push(usesTheme(selection) ? 'd.theme_id <> -1' : 'd.theme_id = -1');
    const sql = [
      `SELECT ${select.join(', ')},`,
      '  sum(d.case_count)::integer AS received,',
      '  (coalesce(sum(d.case_count) FILTER (WHERE d.outcome = ANY($2::text[])), 0))::integer AS decided,',
      '  (coalesce(sum(d.case_count) FILTER (WHERE d.outcome = ANY($3::text[])), 0))::integer AS upheld,',
      `  (coalesce(sum(d.case_count) FILTER (WHERE d.outcome = 'gegrond'), 0))::integer AS gegrond,`,
      `  (coalesce(sum(d.case_count) FILTER (WHERE d.outcome = 'deels_gegrond'), 0))::integer AS "deelsGegrond",`,
      `  (coalesce(sum(d.case_count) FILTER (WHERE d.outcome = 'ongegrond'), 0))::integer AS ongegrond,`,
      '  sum(d.recommendation_made_count)::integer AS "recommendationsMade",',
      '  sum(d.recommendation_followed_count)::integer AS "recommendationsFollowed",',
      '  sum(d.recommendation_not_followed_count)::integer AS "recommendationsNotFollowed"',
      grain === 'month' ? 'FROM case_outcome_monthly d' : 'FROM case_outcome_daily d',
      ...joins,
      `WHERE d.family = $1 AND ${where.join(' AND ')}`,
      'GROUP BY 1, 2, 3',
    ].join('\n');
    const rows = await this.dataSource.query<Record<string, string | number | null>[]>(sql, params);
    return rows.map((row) => ({
      period: row.period as string | null,
      code: row.code as string | null,
      label: row.label as string | null,
      received: Number(row.received),
      decided: Number(row.decided),
      upheld: Number(row.upheld),
      gegrond: Number(row.gegrond),
      deelsGegrond: Number(row.deelsGegrond),
      ongegrond: Number(row.ongegrond),
      recommendationsMade: Number(row.recommendationsMade),
      recommendationsFollowed: Number(row.recommendationsFollowed),
      recommendationsNotFollowed: Number(row.recommendationsNotFollowed),
    }));
  }

  /**
   * Measures taken for upheld complaints: per measure code the number of upheld complaints that carry
   * it (a complaint can carry several), plus the upheld complaints without any measure ('geen').
   * Aggregated in SQL from case_record (measures is an array, so not in the rollup).
   */
  async measures(
    from: string,
    to: string,
    filters: IndicatorFilters<'domain' | 'line' | 'subjectOrganisation'>,
  ): Promise<{ upheld: number; rows: MeasureCountRow[] }> {
    const params: unknown[] = [from, to, UPHELD_OUTCOMES];
    const where = [
      `c.kind = 'klacht'`,
      'c.received_on BETWEEN $1::date AND $2::date',
      'c.outcome = ANY($3::text[])',
    ];
    const filter = (codes: readonly string[] | null | undefined, sql: string): void => {
      if (!codes) return;
      params.push(codes);
      where.push(sql.replace('$n', `$${params.length}`));
    };
    filter(filters.municipality, 'c.municipality_code = ANY($n::text[])');
    filter(filters.domain, 'c.domain_code = ANY($n::text[])');
    filter(filters.line, 'c.line = ANY($n::text[])');
    filter(filters.subjectOrganisation, `coalesce(sub.code, 'onbekend') = ANY($n::text[])`);
    const rows = await this.dataSource.query<{ measure: string | null; count: string }[]>(
      `SELECT m.measure, count(*) AS count
         FROM case_record c
         LEFT JOIN organisation sub ON sub.id = c.subject_organisation_id
         LEFT JOIN LATERAL unnest(CASE WHEN cardinality(c.measures) = 0 THEN ARRAY['geen'] ELSE c.measures END)
           AS m(measure) ON true
        WHERE ${where.join(' AND ')}
        GROUP BY m.measure
        ORDER BY m.measure`,
      params,
    );
    const total = await this.dataSource.query<{ upheld: string }[]>(
      `SELECT count(*) AS upheld FROM case_record c
         LEFT JOIN organisation sub ON sub.id = c.subject_organisation_id
        WHERE ${where.join(' AND ')}`,
      params,
    );
    return {
      upheld: Number(total[0]?.upheld ?? 0),
      rows: rows
        .filter((row) => row.measure !== null)
        .map((row) => ({ measure: row.measure ?? '', count: Number(row.count) })),
    };
  }
}
