import type { PoolClient } from 'pg';
import { copyText } from '../load/copy';
import type { FieldValue } from '../transform/row-mapper';
import {
  type Duplicate,
  duplicatesByKey,
  type MergeContext,
  type MergeResult,
  TargetImporter,
} from './importer';

/**
 * A municipality's contract list: one row per provider x domain x start date. A contract tells which
 * domain a provider works in and whether it owes the half-year complaint report (seed 003). A row that
 * matches a stored contract on that key updates its number, end date and report duty.
 */
export class ContractImporter extends TargetImporter {
  readonly target = 'contract' as const;
  readonly organisationColumns = ['provider_id'];
  readonly duplicateField = 'contract_number';
  readonly factTables = ['contract'];
  protected readonly columns = [
    ['provider_id', 'integer'],
    ['domain_code', 'text'],
    ['reference', 'text'],
    ['starts_on', 'date'],
    ['ends_on', 'date'],
    ['half_year_report_required', 'boolean'],
  ] as const;

  private readonly i = {
    provider: this.mapper.index('provider'),
    domain: this.mapper.index('domain'),
    contractNumber: this.mapper.index('contract_number'),
    startsOn: this.mapper.index('starts_on'),
    endsOn: this.mapper.index('ends_on'),
    halfYearReport: this.mapper.index('half_year_report_required'),
  };

  line(v: FieldValue[], rowNumber: number): string {
    const i = this.i;
    const report = v[i.halfYearReport] as boolean | null;
    return (
      `${rowNumber}\t${v[i.provider] as number}\t${v[i.domain] as string}\t` +
      `${copyText(v[i.contractNumber] as string | null)}\t${v[i.startsOn] as string}\t` +
      `${copyText(v[i.endsOn] as string | null)}\t${report === false ? 'f' : 't'}\t\\N\t\\N\t\\N\t\\N\n`
    );
  }

  findDuplicates(client: PoolClient): Promise<Duplicate[]> {
    return duplicatesByKey(client, this.staging, 'provider_id, domain_code, starts_on');
  }

  async merge({ client, municipalityCode }: MergeContext): Promise<MergeResult> {
    const { rows } = await client.query<{
      inserted: number;
      updated: number;
      unchanged: number;
      min_date: string | null;
      max_date: string | null;
    }>(
      `WITH staged AS (
         SELECT s.*, c.id AS existing_id,
                (c.reference, c.ends_on, c.half_year_report_required)
                  IS NOT DISTINCT FROM (s.reference, s.ends_on, s.half_year_report_required) AS same
         FROM ${this.staging} s
         LEFT JOIN contract c ON c.municipality_code = $1 AND c.organisation_id = s.provider_id
                              AND c.domain_code = s.domain_code AND c.starts_on = s.starts_on
         WHERE s.reject_reason IS NULL
       ), updated AS (
         UPDATE contract c SET reference = st.reference, ends_on = st.ends_on,
           half_year_report_required = st.half_year_report_required
         FROM staged st WHERE c.id = st.existing_id AND NOT st.same
         RETURNING c.id
       ), inserted AS (
         INSERT INTO contract (municipality_code, organisation_id, domain_code, reference, starts_on, ends_on,
           half_year_report_required)
         SELECT $1, provider_id, domain_code, reference, starts_on, ends_on, half_year_report_required
         FROM staged WHERE existing_id IS NULL
         RETURNING id
       )
       SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT count(*) FROM updated)::int AS updated,
              (SELECT count(*) FROM staged WHERE same AND existing_id IS NOT NULL)::int AS unchanged,
              (SELECT min(starts_on) FROM staged)::text AS min_date,
              (SELECT max(coalesce(ends_on, starts_on)) FROM staged)::text AS max_date`,
      [municipalityCode],
    );
    const r = rows[0];
    return {
      inserted: r?.inserted ?? 0,
      updated: r?.updated ?? 0,
      unchanged: r?.unchanged ?? 0,
      minDate: r?.min_date ?? null,
      maxDate: r?.max_date ?? null,
    };
  }
}
