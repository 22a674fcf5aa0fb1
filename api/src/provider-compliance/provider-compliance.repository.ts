import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RequiredReportRow {
  municipalityCode: string;
  organisationCode: string;
  organisationName: string;
  periodStart: string;
  /** The report's own due date, else the municipality's reporting calendar (migration 0089). */
  dueOn: string;
  submittedOn: string | null;
  /** The unit's key for cell-key perturbation: its contracts' keys summed (migrations/0061). */
  unitKey: number;
}

/** SQL of provider reporting compliance: contracts that require a half-year report, and the reports. */
@Injectable()
export class ProviderComplianceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One row per municipality × provider × half year in which the provider had at least one contract
   * with half_year_report_required, with its report (due and submitted dates) when there is one.
   */
  async requiredReports(
    halves: readonly { start: string; end: string }[],
    municipalities: readonly string[] | null,
  ): Promise<RequiredReportRow[]> {
    return this.dataSource.query<RequiredReportRow[]>(
      `WITH half AS (
         SELECT s::date AS period_start, e::date AS period_end FROM unnest($1::text[], $2::text[]) AS h(s, e)
       ),
       required AS (
         SELECT c.municipality_code, c.organisation_id, half.period_start, half.period_end,
                sum(c.record_key) AS unit_key
           FROM contract c
           JOIN half ON c.starts_on <= half.period_end AND (c.ends_on IS NULL OR c.ends_on >= half.period_start)
          WHERE c.half_year_report_required
            AND ($3::text[] IS NULL OR c.municipality_code = ANY($3::text[]))
          GROUP BY 1, 2, 3, 4
       )
       SELECT r.municipality_code AS "municipalityCode", o.code AS "organisationCode",
              o.name AS "organisationName", to_char(r.period_start, 'YYYY-MM-DD') AS "periodStart",
              to_char(coalesce(pr.due_on, provider_report_due_on(r.municipality_code, r.period_end)), 'YYYY-MM-DD')
                AS "dueOn",
              to_char(pr.submitted_on, 'YYYY-MM-DD') AS "submittedOn", r.unit_key::integer AS "unitKey"
         FROM required r
         JOIN organisation o ON o.id = r.organisation_id
         LEFT JOIN provider_report pr ON pr.municipality_code = r.municipality_code
          AND pr.provider_organisation_id = r.organisation_id AND pr.period_start = r.period_start
        ORDER BY r.period_start, r.municipality_code, o.code`,
      [halves.map((half) => half.start), halves.map((half) => half.end), municipalities],
    );
  }

  /**
   * The calendar's due date of each half year: the calendar of the one municipality in scope, else the
   * default calendar (sql/views/0250_reporting_calendar.sql).
   */
  async calendarDueDates(
    halves: readonly { start: string; end: string }[],
    municipalities: readonly string[] | null,
  ): Promise<Map<string, string>> {
    const rows = await this.dataSource.query<{ periodStart: string; dueOn: string }[]>(
      `SELECT s AS "periodStart",
              to_char(provider_report_due_on(CASE WHEN cardinality($3::text[]) = 1 THEN ($3::text[])[1] END, e::date),
                      'YYYY-MM-DD') AS "dueOn"
         FROM unnest($1::text[], $2::text[]) AS h(s, e)`,
      [halves.map((half) => half.start), halves.map((half) => half.end), municipalities],
    );
    return new Map(rows.map((row) => [row.periodStart, row.dueOn]));
  }
}
