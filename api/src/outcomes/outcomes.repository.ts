import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HandlingTimeFamilyName } from '../handling-times/handling-times.catalog';
import { chooseIndicatorGrain, IndicatorGrain } from '../handling-times/indicator-grain';
import { IndicatorFilters, IndicatorSelection, selectionSql } from '../handling-times/indicator-sql';
import { KeyedCounts } from '../handling-times/indicator-table';
import { KeyedCount } from '../disclosure/disclosure';
import {
  DECIDED_OUTCOMES,
  OUTCOME_DIMENSIONS,
  OutcomeDimensionName,
  UPHELD_OUTCOMES,
} from './outcomes.catalog';

/**
 * The counts of the outcome indicators: per count the rollup column summed, its key-sum column (for
 * cell-key perturbation) and the rows it counts ($2 decided outcomes, $3 upheld outcomes).
 */
const OUTCOME_COUNT_SQL = {
  received: ['case_count', 'case_key_sum', null],
  decided: ['case_count', 'case_key_sum', 'd.outcome = ANY($2::text[])'],
  upheld: ['case_count', 'case_key_sum', 'd.outcome = ANY($3::text[])'],
  gegrond: ['case_count', 'case_key_sum', "d.outcome = 'gegrond'"],
  deelsGegrond: ['case_count', 'case_key_sum', "d.outcome = 'deels_gegrond'"],
  ongegrond: ['case_count', 'case_key_sum', "d.outcome = 'ongegrond'"],
  recommendationsMade: ['recommendation_made_count', 'recommendation_made_key_sum', null],
  recommendationsFollowed: ['recommendation_followed_count', 'recommendation_followed_key_sum', null],
  recommendationsNotFollowed: [
    'recommendation_not_followed_count',
    'recommendation_not_followed_key_sum',
    null,
  ],
} as const satisfies Record<string, readonly [string, string, string | null]>;
export type OutcomeCount = keyof typeof OUTCOME_COUNT_SQL;
export const OUTCOME_COUNTS = Object.keys(OUTCOME_COUNT_SQL) as OutcomeCount[];

export interface OutcomeCountsRow {
  period: string | null;
  code: string | null;
  label: string | null;
  counts: KeyedCounts<OutcomeCount>;
}

export interface MeasureCountRow {
  measure: string;
  count: KeyedCount;
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
    const sums = OUTCOME_COUNTS.flatMap((name) => {
      const [count, keys, condition] = OUTCOME_COUNT_SQL[name];
      const filter = condition ? ` FILTER (WHERE ${condition})` : '';
      return [
        `coalesce(sum(d.${count})${filter}, 0)::text AS "${name}"`,
        `coalesce(sum(d.${keys})${filter}, 0)::text AS "${name}KeySum"`,
      ];
    });
    const sql = [
      `SELECT ${[...select, ...sums].join(', ')}`,
      grain === 'month' ? 'FROM case_outcome_monthly d' : 'FROM case_outcome_daily d',
      ...joins,
      `WHERE d.family = $1 AND ${where.join(' AND ')}`,
      'GROUP BY 1, 2, 3',
    ].join('\n');
    const rows = await this.dataSource.query<Record<string, string | null>[]>(sql, params);
    return rows.map((row) => ({
      period: row.period ?? null,
      code: row.code ?? null,
      label: row.label ?? null,
      counts: Object.fromEntries(
        OUTCOME_COUNTS.map((name) => [
          name,
          { count: Number(row[name]), keySum: Number(row[`${name}KeySum`]) },
        ]),
      ) as KeyedCounts<OutcomeCount>,
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
  ): Promise<{ upheld: KeyedCount; rows: MeasureCountRow[] }> {
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
    const rows = await this.dataSource.query<{ measure: string | null; count: string; keySum: string }[]>(
      `SELECT m.measure, count(*) AS count, sum(c.record_key)::text AS "keySum"
         FROM case_record c
         LEFT JOIN organisation sub ON sub.id = c.subject_organisation_id
         LEFT JOIN LATERAL unnest(CASE WHEN cardinality(c.measures) = 0 THEN ARRAY['geen'] ELSE c.measures END)
           AS m(measure) ON true
        WHERE ${where.join(' AND ')}
        GROUP BY m.measure
        ORDER BY m.measure`,
      params,
    );
    const total = await this.dataSource.query<{ upheld: string; keySum: string | null }[]>(
      `SELECT count(*) AS upheld, sum(c.record_key)::text AS "keySum" FROM case_record c
         LEFT JOIN organisation sub ON sub.id = c.subject_organisation_id
        WHERE ${where.join(' AND ')}`,
      params,
    );
    return {
      upheld: { count: Number(total[0]?.upheld ?? 0), keySum: Number(total[0]?.keySum ?? 0) },
      rows: rows
        .filter((row) => row.measure !== null)
        .map((row) => ({
          measure: row.measure ?? '',
          count: { count: Number(row.count), keySum: Number(row.keySum) },
        })),
    };
  }
}
