import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeliveryStatusName } from './models/coverage.model';

export interface SourceMonthRow {
  municipalityCode: string;
  organisationId: number;
  organisationCode: string;
  organisationName: string;
  month: string;
  deliveredThrough: string;
  status: DeliveryStatusName;
}

/** Which records the sources deliver: complaint-like records, or objection decisions. */
export type CoverageFact = 'case_record' | 'objection_decision';

/** The only place that emits SQL for delivery coverage. */
@Injectable()
export class CoverageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Per source and month of [from, to] (sql/views/0200_source_coverage.sql); null: every municipality. */
  async sourceMonths(
    municipalities: readonly string[] | null,
    from: string,
    to: string,
    today: string,
    fact: CoverageFact = 'case_record',
  ): Promise<SourceMonthRow[]> {
    return this.dataSource.query<SourceMonthRow[]>(
      `SELECT municipality_code AS "municipalityCode", organisation_id AS "organisationId",
              organisation_code AS "organisationCode", organisation_name AS "organisationName",
              to_char(month, 'YYYY-MM-DD') AS month, to_char(delivered_through, 'YYYY-MM-DD') AS "deliveredThrough",
              status
         FROM source_month_coverage($1::text[], $2::date, $3::date, $4::date, $5::text)`,
      [municipalities, from, to, today, fact],
    );
  }
}
