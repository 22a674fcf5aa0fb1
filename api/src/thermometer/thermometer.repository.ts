import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
}

export interface TermCounts {
  domainCode: string;
  quarter: string;
  closed: number;
  withinTerm: number;
}

export interface ObjectionCounts {
  domainCode: string;
  quarter: string;
  decided: number;
  upheld: number;
}

/** Scope: null is every municipality of the installation. */
export type MunicipalityScope = string | null;

/** The only place that emits SQL for the thermometer. */
@Injectable()
export class ThermometerRepository {
  constructor(private readonly dataSource: DataSource) {}

  async domains(): Promise<DomainRow[]> {
    return this.dataSource.query<DomainRow[]>('SELECT code, label FROM domain ORDER BY sort_order, code');
  }

  /** Complaints and waiting-time complaints per domain and quarter, from the rollup case_record_daily. */
  async complaintsPerQuarter(from: string, to: string, scope: MunicipalityScope): Promise<QuarterCounts[]> {
    const rows = await this.dataSource.query<
      { domain_code: string; quarter: string; complaints: string; waiting: string }[]
    >(
      `SELECT d.domain_code,
              to_char(date_trunc('quarter', d.day)::date, 'YYYY-MM-DD') AS quarter,
              sum(d.case_count) AS complaints,
              coalesce(sum(d.case_count) FILTER (WHERE $4 IN (thm.code, parent.code)), 0) AS waiting
         FROM case_record_daily d
         LEFT JOIN theme thm ON thm.id = d.theme_id
         LEFT JOIN theme parent ON parent.id = thm.parent_id
        WHERE d.day BETWEEN $1::date AND $2::date
          AND d.kind = 'klacht'
          AND ($3::text IS NULL OR d.municipality_code = $3::text)
        GROUP BY 1, 2`,
      [from, to, scope, WAITING_THEME_CODE],
    );
    return rows.map((row) => ({
      domainCode: row.domain_code,
      quarter: row.quarter,
      complaints: Number(row.complaints),
      waiting: Number(row.waiting),
    }));
  }

  /**
   * First-line complaints closed in the range, per domain and quarter of closing, and how many of them
   * were closed within the Awb 9:11 term (a term from the source wins; extension at most 4 weeks).
   */
  async handledWithinTerm(from: string, to: string, scope: MunicipalityScope): Promise<TermCounts[]> {
    const rows = await this.dataSource.query<
      { domain_code: string; quarter: string; closed: string; within_term: string }[]
    >(
      `SELECT c.domain_code,
              to_char(date_trunc('quarter', c.closed_on)::date, 'YYYY-MM-DD') AS quarter,
              count(*) AS closed,
              count(*) FILTER (
                WHERE c.closed_on <= c.received_on
                  + coalesce(c.term_days, CASE WHEN c.external_committee THEN $5::integer ELSE $4::integer END)
                  + CASE WHEN c.extended THEN least(coalesce(c.extension_days, $6::integer), $6::integer) ELSE 0 END
              ) AS within_term
         FROM case_record c
        WHERE c.closed_on BETWEEN $1::date AND $2::date
          AND c.kind = 'klacht'
          AND c.line IN ('eerste_lijn_gemeente', 'eerste_lijn_aanbieder')
          AND ($3::text IS NULL OR c.municipality_code = $3::text)
        GROUP BY 1, 2`,
      [from, to, scope, AWB_9_11.termDays, AWB_9_11.committeeTermDays, AWB_9_11.maxExtensionDays],
    );
    return rows.map((row) => ({
      domainCode: row.domain_code,
      quarter: row.quarter,
      closed: Number(row.closed),
      withinTerm: Number(row.within_term),
    }));
  }

  /** Objection decisions per domain and quarter of the decision, and how many were (partly) upheld. */
  async objectionOutcomes(from: string, to: string, scope: MunicipalityScope): Promise<ObjectionCounts[]> {
    const rows = await this.dataSource.query<
      { domain_code: string; quarter: string; decided: string; upheld: string }[]
    >(
      `SELECT o.domain_code,
              to_char(date_trunc('quarter', o.decided_on)::date, 'YYYY-MM-DD') AS quarter,
              count(*) AS decided,
              count(*) FILTER (WHERE o.outcome = ANY($5::text[])) AS upheld
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
