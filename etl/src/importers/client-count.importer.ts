import type { PoolClient } from 'pg';
import type { FieldValue } from '../transform/row-mapper';
import {
  type Duplicate,
  duplicatesByKey,
  type MergeContext,
  type MergeResult,
  TargetImporter,
} from './importer';

/**
 * Clients per domain (and per provider within a domain) per year: the denominators of rates per
 * 1,000 clients (issue 18). A row without a provider is the municipality's count for the domain. A row
 * that matches a stored count on municipality x domain x provider x year replaces its number.
 */
export class ClientCountImporter extends TargetImporter {
  readonly target = 'client_count' as const;
  readonly organisationColumns = ['provider_id'];
  readonly duplicateField = 'year';
  readonly factTables = ['client_count'];
  protected readonly columns = [
    ['provider_id', 'integer'],
    ['domain_code', 'text'],
    ['year', 'integer'],
    ['clients', 'integer'],
  ] as const;

  private readonly i = {
    provider: this.mapper.index('provider'),
    domain: this.mapper.index('domain'),
    year: this.mapper.index('year'),
    clients: this.mapper.index('clients'),
  };

  line(v: FieldValue[], rowNumber: number): string {
    const i = this.i;
    const provider = v[i.provider] as number | null;
    return (
      `${rowNumber}\t${provider ?? '\\N'}\t${v[i.domain] as string}\t` +
      `${v[i.year] as number}\t${v[i.clients] as number}\t\\N\t\\N\t\\N\t\\N\n`
    );
  }

  findDuplicates(client: PoolClient): Promise<Duplicate[]> {
    return duplicatesByKey(client, this.staging, 'provider_id, domain_code, year');
  }

  async merge({ client, municipalityCode, importId }: MergeContext): Promise<MergeResult> {
    const { rows } = await client.query<{
      inserted: number;
      updated: number;
      unchanged: number;
      min_year: number | null;
      max_year: number | null;
    }>(
      `WITH staged AS (
         SELECT s.*, c.id AS existing_id, c.clients IS NOT DISTINCT FROM s.clients AS same
         FROM ${this.staging} s
         LEFT JOIN client_count c ON c.municipality_code = $1 AND c.domain_code = s.domain_code
                                 AND coalesce(c.organisation_id, 0) = coalesce(s.provider_id, 0)
                                 AND c.year = s.year
         WHERE s.reject_reason IS NULL
       ), updated AS (
         UPDATE client_count c SET clients = st.clients, import_id = $2
         FROM staged st WHERE c.id = st.existing_id AND NOT st.same
         RETURNING c.id
       ), inserted AS (
         INSERT INTO client_count (municipality_code, domain_code, organisation_id, year, clients, import_id)
         SELECT $1, domain_code, provider_id, year, clients, $2 FROM staged WHERE existing_id IS NULL
         RETURNING id
       )
       SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT count(*) FROM updated)::int AS updated,
              (SELECT count(*) FROM staged WHERE same AND existing_id IS NOT NULL)::int AS unchanged,
              (SELECT min(year) FROM staged) AS min_year, (SELECT max(year) FROM staged) AS max_year`,
      [municipalityCode, importId],
    );
    const r = rows[0];
    return {
      inserted: r?.inserted ?? 0,
      updated: r?.updated ?? 0,
      unchanged: r?.unchanged ?? 0,
      minDate: r?.min_year ? `${r.min_year}-01-01` : null,
      maxDate: r?.max_year ? `${r.max_year}-12-31` : null,
    };
  }
}
