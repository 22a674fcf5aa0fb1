import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface SourceFreshnessRow {
  organisationCode: string;
  organisationName: string;
  kind: string;
  rows: number;
  /** Sum of the record keys of those rows (cell-key perturbation). */
  rowsKeySum: number;
  latestBusinessDate: string | null;
  lastImportAt: Date | null;
  /** Days after which its newest data counts as stale: its kind's delivery rhythm (source_delivery_rhythm). */
  expectedWithinDays: number;
}

/** SQL of data freshness: per source organisation its facts, newest business date and last import. */
@Injectable()
export class FreshnessRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Every organisation that delivered facts in scope, belongs to a municipality in scope, or has a
   * contract there (so a provider that never delivered shows up, stale). Business date: received_on
   * (records), objection_received_on (objections), submitted_on else period_end (provider reports).
   * Last import: the latest finished succeeded import that (last) wrote rows of the organisation.
   * Expectation: the delivery rhythm of its kind, the same table the coverage readings use (0088).
   */
  async sources(municipalities: readonly string[] | null): Promise<SourceFreshnessRow[]> {
    const rows = await this.dataSource.query<
      (Omit<SourceFreshnessRow, 'rows' | 'rowsKeySum'> & { rows: string; rowsKeySum: string })[]
    >(
      `WITH fact AS (
         SELECT source_organisation_id AS organisation_id, import_id, received_on AS business_date, record_key
           FROM case_record WHERE $1::text[] IS NULL OR municipality_code = ANY($1::text[])
         UNION ALL
         SELECT source_organisation_id, import_id, objection_received_on, record_key
           FROM objection_decision WHERE $1::text[] IS NULL OR municipality_code = ANY($1::text[])
         UNION ALL
         SELECT provider_organisation_id, import_id, coalesce(submitted_on, period_end), record_key
           FROM provider_report WHERE $1::text[] IS NULL OR municipality_code = ANY($1::text[])
       ),
       per_import AS (
         SELECT organisation_id, import_id, count(*) AS rows, sum(record_key) AS key_sum,
                max(business_date) AS latest
           FROM fact GROUP BY 1, 2
       ),
       per_source AS (
         SELECT p.organisation_id, sum(p.rows) AS rows, sum(p.key_sum) AS key_sum, max(p.latest) AS latest,
                max(i.finished_at) FILTER (WHERE i.status = 'succeeded') AS last_import_at
           FROM per_import p LEFT JOIN import i ON i.id = p.import_id
          GROUP BY 1
       )
       SELECT o.code AS "organisationCode", o.name AS "organisationName", o.kind,
              coalesce(s.rows, 0) AS rows, coalesce(s.key_sum, 0)::text AS "rowsKeySum", to_char(s.latest, 'YYYY-MM-DD') AS "latestBusinessDate",
              s.last_import_at AS "lastImportAt", r.expected_within_days AS "expectedWithinDays"
         FROM organisation o
         JOIN source_delivery_rhythm r ON r.organisation_kind = o.kind
         LEFT JOIN per_source s ON s.organisation_id = o.id
        WHERE s.organisation_id IS NOT NULL
           OR $1::text[] IS NULL
           OR o.municipality_code = ANY($1::text[])
           OR EXISTS (SELECT 1 FROM contract c WHERE c.organisation_id = o.id AND c.municipality_code = ANY($1::text[]))
        ORDER BY o.kind, o.code`,
      [municipalities],
    );
    return rows.map((row) => ({ ...row, rows: Number(row.rows), rowsKeySum: Number(row.rowsKeySum) }));
  }
}
