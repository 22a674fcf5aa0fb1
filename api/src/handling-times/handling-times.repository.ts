import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseMonthRollup } from '../metrics/catalog';
import { HandlingTimeFamilyName, WAITING_TIME_THEME } from './handling-times.catalog';
import { chooseIndicatorGrain, IndicatorGrain } from './indicator-grain';
import { IndicatorSelection, selectionSql } from './indicator-sql';

export interface HandlingTimeRow {
  period: string | null;
  code: string | null;
  label: string | null;
  committee: boolean;
  extended: boolean;
  closed: boolean;
  /** Closed: days from receipt to closure (366 = more than 365). Open: age on the as-of date (capped at 366). */
  days: number;
  /** The records' own term (from the source or a handling norm, migrations/0181); 0 = the legal term. */
  termDays: number;
  count: number;
  /** Sum of the record keys of these records (cell-key perturbation). */
  keySum: number;
}

export interface WaitingTimeRow {
  period: string | null;
  code: string | null;
  label: string | null;
  complaints: number;
  waitingTime: number;
  complaintsKeySum: number;
  waitingTimeKeySum: number;
}

/**
 * The monthly rollup that holds complaints by theme (kind and theme are always used), per domain;
 * summing over its domains gives the totals.
 */
const WAITING_TIME_ROLLUP = 'case_month_theme' satisfies CaseMonthRollup;

/**
 * Waiting-time complaints can be read from WAITING_TIME_ROLLUP when the month grain gives the same
 * numbers (chooseIndicatorGrain) and the selection uses no dimension outside it: no breakdown or
 * filter by line or subject organisation.
 */
export function chooseWaitingTimeGrain(selection: IndicatorSelection): IndicatorGrain {
  const outside = (['line', 'subjectOrganisation'] as const).some(
    (name) => selection.dimension === name || Boolean(selection.filters[name]),
  );
  return outside ? 'day' : chooseIndicatorGrain(selection);
}

/** The closed records' histogram: by day, per month with line and subject organisation, or per month by domain. */
export type HandlingTimeSource =
  'handling_time_daily' | 'handling_time_monthly' | 'handling_time_month_domain';

/** The open records: with line and subject organisation, or by domain only (sql/views/0110). */
export type OpenRecordsSource = 'handling_time_open' | 'handling_time_open_domain';

/** Whether a selection breaks down or filters by a column only the wide rollups keep. */
const byLineOrSubject = (selection: IndicatorSelection): boolean =>
  (['line', 'subjectOrganisation'] as const).some(
    (name) => selection.dimension === name || Boolean(selection.filters[name]),
  );

/**
 * The navigator of the handling times: for whole months (chooseIndicatorGrain) the narrow
 * handling_time_month_domain (sql/migrations/0300) unless the selection breaks down or filters by line
 * or subject organisation, which only handling_time_monthly keeps; otherwise the day grain.
 */
export function chooseHandlingTimeSource(selection: IndicatorSelection): HandlingTimeSource {
  if (chooseIndicatorGrain(selection) === 'day') return 'handling_time_daily';
  return byLineOrSubject(selection) ? 'handling_time_monthly' : 'handling_time_month_domain';
}

/** The open records by domain (sql/migrations/0371) unless the selection needs line or organisation. */
export function chooseOpenRecordsSource(selection: IndicatorSelection): OpenRecordsSource {
  return byLineOrSubject(selection) ? 'handling_time_open' : 'handling_time_open_domain';
}

/** Which relations answer a histogram; the tests pass them to compare every pair. */
export interface HistogramSources {
  closed?: HandlingTimeSource;
  open?: OpenRecordsSource;
}

/**
 * A histogram rollup's cells (sql/migrations/0390, 0391) unnested: a row per cell and duration. Both forms give
 * the same rows; which is faster depends on the plan (docs/scaling.md, "Rollup sizes, sixth session"). In the
 * select list (`projected`) no tuple store is filled per cell, which makes the hashed aggregations over
 * handling_time_month_domain faster; the lateral join lets a sorted aggregation over handling_time_monthly
 * (many groups: lines, organisations) sort its cells before unnesting them, twice as fast region-wide.
 */
const unnestedHistogram = (
  table: HandlingTimeSource,
  cellColumns: readonly string[],
  form: 'projected' | 'lateral',
): string => {
  const cell = cellColumns.map((column) => `h.${column}`).join(', ');
  return form === 'projected'
    ? [
        `(SELECT ${cell}, unnest(h.duration_days) AS duration_days,`,
        '   unnest(h.duration_counts) AS case_count, unnest(h.duration_key_sums) AS key_sum',
        ` FROM ${table} h)`,
      ].join('\n')
    : [
        `(SELECT ${cell}, u.duration_days, u.case_count, u.key_sum`,
        ` FROM ${table} h`,
        ' CROSS JOIN LATERAL unnest(h.duration_days, h.duration_counts, h.duration_key_sums)',
        '   AS u(duration_days, case_count, key_sum))',
      ].join('\n');
};

/** What each source is read as: a row per cell and duration. */
const HISTOGRAM_ROWS: Record<HandlingTimeSource, string> = {
  handling_time_daily: 'handling_time_daily',
  handling_time_month_domain: unnestedHistogram(
    'handling_time_month_domain',
    ['family', 'month', 'municipality_code', 'domain_code', 'committee', 'extended', 'term_days'],
    'projected',
  ),
  handling_time_monthly: unnestedHistogram(
    'handling_time_monthly',
    [
      'municipality_code',
      'family',
      'month',
      'domain_code',
      'line',
      'subject_organisation_id',
      'committee',
      'extended',
      'term_days',
    ],
    'lateral',
  ),
};

/** SQL of the handling-time and waiting-time indicators; reads the rollups only. */
@Injectable()
export class HandlingTimesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The duration histogram per bucket and member. Closed records from the relation
   * chooseHandlingTimeSource picks (sql/migrations/0040, 0051, 0300), open records from the view
   * chooseOpenRecordsSource picks (sql/views/0110_handling_time_open.sql), aged to `asOf` or, when null,
   * to the export date of each record's import; every relation gives the same rows for a query it can
   * answer (the tests pass the sources to compare them).
   */
  async histogram(
    family: HandlingTimeFamilyName,
    selection: IndicatorSelection,
    today: string,
    asOf: string | null = null,
    sources: HistogramSources = {},
  ): Promise<HandlingTimeRow[]> {
    const closedSource = sources.closed ?? chooseHandlingTimeSource(selection);
    const openSource = sources.open ?? chooseOpenRecordsSource(selection);
    const params: unknown[] = [family, today, asOf];
    const daily = selectionSql(selection, params);
    const closedSql = (table: HandlingTimeSource): string => {
      const closed =
        table === 'handling_time_daily' ? daily : selectionSql(selection, params, undefined, 'month');
      return [
        `SELECT ${closed.select.join(', ')}, d.committee, d.extended, true AS closed, d.duration_days AS days,`,
        '  d.term_days AS "termDays", sum(d.case_count)::integer AS count, sum(d.key_sum)::text AS "keySum"',
        `FROM ${HISTOGRAM_ROWS[table]} d`,
        ...closed.joins,
        `WHERE d.family = $1 AND ${[...(table === 'handling_time_daily' ? ['d.closed'] : []), ...closed.where].join(' AND ')}`,
        'GROUP BY 1, 2, 3, 4, 5, 6, 7, 8',
      ].join('\n');
    };
    // Open records: age on the chosen as-of date, else on their export's date; never after today.
    const openSql = [
      `SELECT ${daily.select.join(', ')}, d.committee, d.extended, false AS closed,`,
      '  greatest(least(least(coalesce($3::date, d.as_of), $2::date) - d.day, 366), 0) AS days,',
      '  d.term_days AS "termDays", sum(d.case_count)::integer AS count, sum(d.key_sum)::text AS "keySum"',
      `FROM ${openSource} d`,
      ...daily.joins,
      `WHERE d.family = $1 AND ${daily.where.join(' AND ')}`,
      'GROUP BY 1, 2, 3, 4, 5, 6, 7, 8',
    ].join('\n');
    const sql = [closedSql(closedSource), 'UNION ALL', openSql].join('\n');
    const rows = await this.dataSource.query<
      (HandlingTimeRow & { count: string | number; keySum: string })[]
    >(sql, params);
    return rows.map((row) => ({
      ...row,
      days: Number(row.days),
      termDays: Number(row.termDays),
      count: Number(row.count),
      keySum: Number(row.keySum),
    }));
  }

  /**
   * Complaints and waiting-time complaints (theme wachttijd or one of its subthemes). Month grain: the
   * rollup case_month_theme; day grain: the view case_record_daily. The tests
   * pass the grain to compare them.
   */
  async waitingTime(
    selection: IndicatorSelection,
    grain: IndicatorGrain = chooseWaitingTimeGrain(selection),
  ): Promise<WaitingTimeRow[]> {
    const params: unknown[] = [WAITING_TIME_THEME];
    const { select, joins, where } = selectionSql(selection, params, undefined, grain);
    const sql = [
      `SELECT ${select.join(', ')}, sum(d.case_count)::integer AS complaints,`,
      '  (coalesce(sum(d.case_count) FILTER (WHERE wt.code = $1 OR wtp.code = $1), 0))::integer AS "waitingTime",',
      '  sum(d.case_key_sum)::text AS "complaintsKeySum",',
      '  coalesce(sum(d.case_key_sum) FILTER (WHERE wt.code = $1 OR wtp.code = $1), 0)::text AS "waitingTimeKeySum"',
      `FROM ${grain === 'month' ? WAITING_TIME_ROLLUP : 'case_record_daily'} d`,
      ...joins,
      'LEFT JOIN theme wt ON wt.id = d.theme_id',
      'LEFT JOIN theme wtp ON wtp.id = wt.parent_id',
      `WHERE d.kind = 'klacht' AND ${where.join(' AND ')}`,
      'GROUP BY 1, 2, 3',
    ].join('\n');
    const rows = await this.dataSource.query<WaitingTimeRow[]>(sql, params);
    return rows.map((row) => ({
      ...row,
      complaints: Number(row.complaints),
      waitingTime: Number(row.waitingTime),
      complaintsKeySum: Number(row.complaintsKeySum),
      waitingTimeKeySum: Number(row.waitingTimeKeySum),
    }));
  }
}
