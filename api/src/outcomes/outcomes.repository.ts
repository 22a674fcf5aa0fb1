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
  OutcomeMonthRollup,
  outcomeMonthRollupFor,
  UPHELD_OUTCOMES,
} from './outcomes.catalog';

/**
 * The counts of the outcome indicators over case_outcome_daily (outcome code in the key): per count the
 * column summed, its key-sum column (for cell-key perturbation) and the rows it counts ($2 decided
 * outcomes, $3 upheld outcomes).
 */
const DAILY_COUNT_SQL = {
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
export type OutcomeCount = keyof typeof DAILY_COUNT_SQL;
export const OUTCOME_COUNTS = Object.keys(DAILY_COUNT_SQL) as OutcomeCount[];

/** The sum of the outcome_month_* columns `<outcome>_<suffix>` of the given outcomes (one per decided outcome). */
const columnsOf = (outcomes: readonly (typeof DECIDED_OUTCOMES)[number][], suffix: string): string =>
  outcomes.map((outcome) => `d.${outcome}_${suffix}`).join(' + ');

/**
 * The same counts over the outcome_month_* rollups, which keep a count per decided outcome instead of
 * the outcome code (sql/migrations/0300): per count the SQL of the count and of its key sum.
 */
const MONTHLY_COUNT_SQL = {
  received: ['d.case_count', 'd.case_key_sum'],
  decided: [columnsOf(DECIDED_OUTCOMES, 'count'), columnsOf(DECIDED_OUTCOMES, 'key_sum')],
  upheld: [columnsOf(UPHELD_OUTCOMES, 'count'), columnsOf(UPHELD_OUTCOMES, 'key_sum')],
  gegrond: ['d.gegrond_count', 'd.gegrond_key_sum'],
  deelsGegrond: ['d.deels_gegrond_count', 'd.deels_gegrond_key_sum'],
  ongegrond: ['d.ongegrond_count', 'd.ongegrond_key_sum'],
  recommendationsMade: ['d.recommendation_made_count', 'd.recommendation_made_key_sum'],
  recommendationsFollowed: ['d.recommendation_followed_count', 'd.recommendation_followed_key_sum'],
  recommendationsNotFollowed: [
    'd.recommendation_not_followed_count',
    'd.recommendation_not_followed_key_sum',
  ],
} as const satisfies Record<OutcomeCount, readonly [string, string]>;

/** Per count, the aggregates of the count and of its key sum over `source`. */
function countAggregates(source: OutcomeSource, name: OutcomeCount): [string, string] {
  if (source !== 'case_outcome_daily') {
    const [count, keys] = MONTHLY_COUNT_SQL[name];
    return [`sum(${count})`, `sum(${keys})`];
  }
  const [count, keys, condition] = DAILY_COUNT_SQL[name];
  const filter = condition ? ` FILTER (WHERE ${condition})` : '';
  return [`sum(d.${count})${filter}`, `sum(d.${keys})${filter}`];
}

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

/** Which relation answers an outcome question: a narrow monthly rollup, or the day grain (every question). */
export type OutcomeSource = OutcomeMonthRollup | 'case_outcome_daily';

/**
 * The navigator of the outcomes: for whole months (chooseIndicatorGrain) the first outcome rollup that
 * holds the breakdown's and every filter's column (outcomeMonthRollupFor), else case_outcome_daily.
 */
export function chooseOutcomeSource(selection: IndicatorSelection<OutcomeDimensionName>): OutcomeSource {
  if (chooseIndicatorGrain(selection) === 'day') return 'case_outcome_daily';
  const used = (Object.keys(OUTCOME_DIMENSIONS) as OutcomeDimensionName[]).filter(
    (name) => selection.dimension === name || Boolean(selection.filters[name]),
  );
  return outcomeMonthRollupFor(used) ?? 'case_outcome_daily';
}

/**
 * SQL of the outcome indicators: the outcome_month_* rollups (sql/migrations/0300) or
 * the day grain case_outcome_daily (a view over the facts, sql/views/0410), and measure counts.
 */
@Injectable()
export class OutcomesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts per bucket and member from the relation chooseOutcomeSource picks; every relation gives the
   * same numbers for a question it can answer (the tests pass the source to compare them).
   */
  async counts(
    family: HandlingTimeFamilyName,
    selection: IndicatorSelection<OutcomeDimensionName>,
    source: OutcomeSource = chooseOutcomeSource(selection),
  ): Promise<OutcomeCountsRow[]> {
    const grain: IndicatorGrain = source === 'case_outcome_daily' ? 'day' : 'month';
    // $2 and $3 only where the outcome code is read: PostgreSQL refuses parameters it cannot type.
    const params: unknown[] = grain === 'day' ? [family, DECIDED_OUTCOMES, UPHELD_OUTCOMES] : [family];
    const { select, joins, where } = selectionSql(selection, params, OUTCOME_DIMENSIONS, grain);
    const sums = OUTCOME_COUNTS.flatMap((name) => {
      const [count, keys] = countAggregates(source, name);
      return [`coalesce(${count}, 0)::text AS "${name}"`, `coalesce(${keys}, 0)::text AS "${name}KeySum"`];
    });
    const sql = [
      `SELECT ${[...select, ...sums].join(', ')}`,
      `FROM ${source} d`,
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
