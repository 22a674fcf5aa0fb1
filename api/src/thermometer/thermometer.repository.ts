import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chooseIndicatorGrain, IndicatorGrain } from '../handling-times/indicator-grain';
import { CaseMonthRollup, regionRollupOf } from '../metrics/catalog';
import { AWB_9_11, DECIDED_OUTCOMES, UPHELD_OUTCOMES, WAITING_THEME_CODE } from './thermometer.config';

export interface DomainRow {
  code: string;
  label: string;
}

/** Counts of one domain in one quarter (quarter = ISO date of its first day). */
export interface QuarterCounts {
  domainCode: string;
  quarter: string;
  complaints: number;
  waiting: number;
  /** Sums of the record keys of the counted records (cell-key perturbation), per count. */
  complaintsKeySum: number;
  waitingKeySum: number;
}

export interface TermCounts {
  domainCode: string;
  quarter: string;
  closed: number;
  withinTerm: number;
  closedKeySum: number;
  withinTermKeySum: number;
}

export interface ObjectionCounts {
  domainCode: string;
  quarter: string;
  decided: number;
  upheld: number;
  decidedKeySum: number;
  upheldKeySum: number;
}

/** The monthly rollups with complaints (kind) by domain, and by domain and theme. */
const COMPLAINTS_ROLLUP = 'case_month_domain' satisfies CaseMonthRollup;
const COMPLAINTS_BY_THEME_ROLLUP = 'case_month_theme' satisfies CaseMonthRollup;

/**
 * Month grain: the complaints from COMPLAINTS_ROLLUP (a few cells per domain and month) next to the
 * waiting-time complaints from COMPLAINTS_BY_THEME_ROLLUP, read by the ids of the waiting-time theme
 * and its subthemes (an index condition), instead of every theme's cells ($1 from, $2 to, $3 the
 * waiting-time theme code, $4 the municipality). Over every municipality their region twins
 * (sql/migrations/0372), which have no municipality.
 */
function monthlyComplaintsSql(scope: MunicipalityScope): string {
  const [complaints, byTheme] =
    scope === null
      ? [regionRollupOf(COMPLAINTS_ROLLUP), regionRollupOf(COMPLAINTS_BY_THEME_ROLLUP)]
      : [COMPLAINTS_ROLLUP, COMPLAINTS_BY_THEME_ROLLUP];
  const inScope = (alias: string): string =>
    scope === null ? '' : `AND ${alias}.municipality_code = $4::text`;
  return `
  SELECT d.domain_code, to_char(date_trunc('quarter', d.month)::date, 'YYYY-MM-DD') AS quarter,
         sum(d.complaints) AS complaints, sum(d.waiting) AS waiting,
         sum(d.complaints_key_sum) AS complaints_key_sum, sum(d.waiting_key_sum) AS waiting_key_sum
    FROM (
      SELECT c.domain_code, c.month, c.case_count AS complaints, 0 AS waiting,
             c.case_key_sum AS complaints_key_sum, 0 AS waiting_key_sum
        FROM ${complaints} c
       WHERE c.month BETWEEN $1::date AND $2::date AND c.kind = 'klacht' ${inScope('c')}
      UNION ALL
      SELECT t.domain_code, t.month, 0, t.case_count, 0, t.case_key_sum
        FROM ${byTheme} t
       WHERE t.month BETWEEN $1::date AND $2::date AND t.kind = 'klacht' ${inScope('t')}
         AND t.theme_id = ANY (ARRAY(SELECT thm.id FROM theme thm LEFT JOIN theme parent ON parent.id = thm.parent_id
                                     WHERE $3 IN (thm.code, parent.code)))
    ) d
   GROUP BY 1, 2`;
}

/**
 * complaint_term_monthly caps its day counts at 366 ("more than a year"; sql/migrations/0051). The term
 * rule gives the same answer on capped values only while every term plus the maximum extension stays
 * below the cap; with a norm configured beyond that the thermometer reads the facts instead.
 */
const TERM_ROLLUP_CAP_DAYS = 366;

export function termRuleFitsRollup(
  norm: { readonly [K in keyof typeof AWB_9_11]: number } = AWB_9_11,
): boolean {
  return (
    Math.max(norm.termDays, norm.committeeTermDays) + Math.max(norm.maxExtensionDays, 0) <
    TERM_ROLLUP_CAP_DAYS
  );
}

/**
 * The most days over its own term a record of a complaint_term_monthly cell (alias t) may take to count as
 * handled within the term: the norm's term unless the source gave one ($4 term, $5 with a committee), plus
 * the extension up to its maximum ($6).
 */
const WITHIN_TERM_OVERRUN_SQL =
  'CASE WHEN t.has_source_term THEN 0 WHEN t.committee THEN $5::integer ELSE $4::integer END' +
  ' + least(t.extension_days, $6::integer)';

/** The grain for a range of whole quarters (or any range: the navigator decides). */
const quarterGrain = (from: string, to: string): IndicatorGrain =>
  chooseIndicatorGrain({ from, to, granularity: 'QUARTER' });

/** Scope: null is every municipality of the installation. */
export type MunicipalityScope = string | null;

/** The only place that emits SQL for the thermometer. */
@Injectable()
export class ThermometerRepository {
  constructor(private readonly dataSource: DataSource) {}

  async domains(): Promise<DomainRow[]> {
    return this.dataSource.query<DomainRow[]>('SELECT code, label FROM domain ORDER BY sort_order, code');
  }

  /**
   * Complaints and waiting-time complaints per domain and quarter. Month grain: the rollups
   * case_month_domain and case_month_theme or their region twins (monthlyComplaintsSql); day grain: the view case_record_daily (same numbers;
   * the tests compare them). The thermometer's ranges are whole quarters, so it reads the month grain.
   * `sources`: only records of these source organisations (day grain), for comparisons over the
   * sources that delivered both periods (docs/indicators/coverage.md).
   */
  async complaintsPerQuarter(
    from: string,
    to: string,
    scope: MunicipalityScope,
    grain: IndicatorGrain = quarterGrain(from, to),
    sources: readonly number[] | null = null,
  ): Promise<QuarterCounts[]> {
    // Only the day grain knows the source of a record.
    const monthly = grain === 'month' && sources === null;
    const rows = await this.dataSource.query<
      {
        domain_code: string;
        quarter: string;
        complaints: string;
        waiting: string;
        complaints_key_sum: string;
        waiting_key_sum: string;
      }[]
    >(
      monthly
        ? monthlyComplaintsSql(scope)
        : `SELECT d.domain_code,
                  to_char(date_trunc('quarter', d.day)::date, 'YYYY-MM-DD') AS quarter,
                  sum(d.case_count) AS complaints,
                  coalesce(sum(d.case_count) FILTER (WHERE $4 IN (thm.code, parent.code)), 0) AS waiting,
                  sum(d.case_key_sum) AS complaints_key_sum,
                  coalesce(sum(d.case_key_sum) FILTER (WHERE $4 IN (thm.code, parent.code)), 0) AS waiting_key_sum
             FROM case_record_daily d
             LEFT JOIN theme thm ON thm.id = d.theme_id
             LEFT JOIN theme parent ON parent.id = thm.parent_id
            WHERE d.day BETWEEN $1::date AND $2::date
              AND d.kind = 'klacht'
              AND ($3::text IS NULL OR d.municipality_code = $3::text)
              AND ($5::integer[] IS NULL OR d.source_organisation_id = ANY($5::integer[]))
            GROUP BY 1, 2`,
      monthly
        ? [from, to, WAITING_THEME_CODE, ...(scope === null ? [] : [scope])]
        : [from, to, scope, WAITING_THEME_CODE, sources],
    );
    return rows.map((row) => ({
      domainCode: row.domain_code,
      quarter: row.quarter,
      complaints: Number(row.complaints),
      waiting: Number(row.waiting),
      complaintsKeySum: Number(row.complaints_key_sum),
      waitingKeySum: Number(row.waiting_key_sum),
    }));
  }

  /**
   * First-line complaints closed in the range, per domain and quarter of closing, and how many of them
   * were closed within the Awb 9:11 term (a term from the source wins; extension at most 4 weeks).
   * Month grain: the rollup complaint_term_monthly, to which the term rule is applied here with the
   * configured norm (sql/migrations/0051 explains its columns; 0392 keeps a cell's overruns in arrays, summed
   * here per cell, so the grouping by quarter sees a row per cell); day grain: the facts. Same numbers (the
   * tests compare them), as long as the norm's terms fit under the rollup's cap (termRuleFitsRollup).
   */
  async handledWithinTerm(
    from: string,
    to: string,
    scope: MunicipalityScope,
    grain: IndicatorGrain = termRuleFitsRollup() ? quarterGrain(from, to) : 'day',
  ): Promise<TermCounts[]> {
    const sql =
      grain === 'month'
        ? `SELECT t.domain_code,
                  to_char(date_trunc('quarter', t.closed_month)::date, 'YYYY-MM-DD') AS quarter,
                  sum(t.case_count) AS closed, coalesce(sum(w.within_term), 0) AS within_term,
                  sum(w.key_sum) AS closed_key_sum, coalesce(sum(w.within_term_key_sum), 0) AS within_term_key_sum
             FROM complaint_term_monthly t
            CROSS JOIN LATERAL (
                    SELECT sum(u.count) FILTER (WHERE u.overrun_days <= ${WITHIN_TERM_OVERRUN_SQL}) AS within_term,
                           sum(u.key_sum) AS key_sum,
                           sum(u.key_sum) FILTER (WHERE u.overrun_days <= ${WITHIN_TERM_OVERRUN_SQL}) AS within_term_key_sum
                      FROM unnest(t.overrun_days, t.overrun_counts, t.overrun_key_sums) AS u(overrun_days, count, key_sum)
                  ) w
            WHERE t.closed_month BETWEEN $1::date AND $2::date
              AND t.line IN ('eerste_lijn_gemeente', 'eerste_lijn_aanbieder')
              AND ($3::text IS NULL OR t.municipality_code = $3::text)
            GROUP BY 1, 2`
        : `SELECT c.domain_code,
                  to_char(date_trunc('quarter', c.closed_on)::date, 'YYYY-MM-DD') AS quarter,
                  count(*) AS closed,
                  count(*) FILTER (
                    WHERE c.closed_on <= c.received_on
                      + coalesce(c.term_days, CASE WHEN c.external_committee THEN $5::integer ELSE $4::integer END)
                      + CASE WHEN c.extended THEN least(coalesce(c.extension_days, $6::integer), $6::integer) ELSE 0 END
                  ) AS within_term,
                  sum(c.record_key) AS closed_key_sum,
                  coalesce(sum(c.record_key) FILTER (
                    WHERE c.closed_on <= c.received_on
                      + coalesce(c.term_days, CASE WHEN c.external_committee THEN $5::integer ELSE $4::integer END)
                      + CASE WHEN c.extended THEN least(coalesce(c.extension_days, $6::integer), $6::integer) ELSE 0 END
                  ), 0) AS within_term_key_sum
             FROM case_record c
            WHERE c.closed_on BETWEEN $1::date AND $2::date
              AND c.kind = 'klacht'
              AND c.line IN ('eerste_lijn_gemeente', 'eerste_lijn_aanbieder')
              AND ($3::text IS NULL OR c.municipality_code = $3::text)
            GROUP BY 1, 2`;
    const rows = await this.dataSource.query<
      {
        domain_code: string;
        quarter: string;
        closed: string;
        within_term: string;
        closed_key_sum: string;
        within_term_key_sum: string;
      }[]
    >(sql, [from, to, scope, AWB_9_11.termDays, AWB_9_11.committeeTermDays, AWB_9_11.maxExtensionDays]);
    return rows.map((row) => ({
      domainCode: row.domain_code,
      quarter: row.quarter,
      closed: Number(row.closed),
      withinTerm: Number(row.within_term),
      closedKeySum: Number(row.closed_key_sum),
      withinTermKeySum: Number(row.within_term_key_sum),
    }));
  }

  /** Objection decisions per domain and quarter of the decision, and how many were (partly) upheld. */
  async objectionOutcomes(from: string, to: string, scope: MunicipalityScope): Promise<ObjectionCounts[]> {
    const rows = await this.dataSource.query<
      {
        domain_code: string;
        quarter: string;
        decided: string;
        upheld: string;
        decided_key_sum: string;
        upheld_key_sum: string;
      }[]
    >(
      `SELECT o.domain_code,
              to_char(date_trunc('quarter', o.decided_on)::date, 'YYYY-MM-DD') AS quarter,
              count(*) AS decided,
              count(*) FILTER (WHERE o.outcome = ANY($5::text[])) AS upheld,
              sum(o.record_key) AS decided_key_sum,
              coalesce(sum(o.record_key) FILTER (WHERE o.outcome = ANY($5::text[])), 0) AS upheld_key_sum
         FROM objection_decision o
        WHERE o.decided_on BETWEEN $1::date AND $2::date
          AND o.outcome = ANY($4::text[])
          AND ($3::text IS NULL OR o.municipality_code = $3::text)
        GROUP BY 1, 2`,
      [from, to, scope, DECIDED_OUTCOMES, UPHELD_OUTCOMES],
    );
    return rows.map((row) => ({
      domainCode: row.domain_code,
      quarter: row.quarter,
      decided: Number(row.decided),
      upheld: Number(row.upheld),
      decidedKeySum: Number(row.decided_key_sum),
      upheldKeySum: Number(row.upheld_key_sum),
    }));
  }

  /**
   * Inhabitants per year of the municipalities in scope; a year is missing when any municipality in
   * scope lacks a figure (a partial sum would inflate the rate).
   */
  async population(scope: MunicipalityScope, years: readonly number[]): Promise<Map<number, number>> {
    const rows = await this.dataSource.query<{ year: number; population: string | null }[]>(
      `SELECT y.year,
              CASE WHEN count(m.code) > 0 AND count(p.population) = count(m.code)
                   THEN sum(p.population) END AS population
         FROM unnest($1::integer[]) AS y(year)
         LEFT JOIN municipality m ON ($2::text IS NULL OR m.code = $2::text)
         LEFT JOIN municipality_population p ON p.municipality_code = m.code AND p.year = y.year
        GROUP BY y.year`,
      [years, scope],
    );
    const result = new Map<number, number>();
    for (const row of rows) {
      if (row.population !== null) result.set(Number(row.year), Number(row.population));
    }
    return result;
  }
}
