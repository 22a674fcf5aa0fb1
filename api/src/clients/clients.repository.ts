import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ClientCountRow {
  code: string;
  label: string;
  clients: number;
}

/** Client counts (reference data from the ETL's client_count target), summed over the municipalities in scope. */
@Injectable()
export class ClientsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Per domain: the municipality-wide counts (rows without a provider). */
  async byDomain(municipalities: readonly string[] | null, year: number): Promise<ClientCountRow[]> {
    return this.dataSource.query(
      `SELECT d.code, d.label, sum(c.clients)::integer AS clients
         FROM client_count c JOIN domain d ON d.code = c.domain_code
        WHERE c.organisation_id IS NULL AND c.year = $1
          AND ($2::text[] IS NULL OR c.municipality_code = ANY($2::text[]))
        GROUP BY d.code, d.label
        ORDER BY d.label`,
      [year, municipalities],
    );
  }

  /** Per provider: its clients in the domain, or in every domain when none is given. */
  async byProvider(
    municipalities: readonly string[] | null,
    year: number,
    domain: string | null,
  ): Promise<ClientCountRow[]> {
    return this.dataSource.query(
      `SELECT o.code, o.name AS label, sum(c.clients)::integer AS clients
         FROM client_count c JOIN organisation o ON o.id = c.organisation_id
        WHERE c.year = $1
          AND ($2::text[] IS NULL OR c.municipality_code = ANY($2::text[]))
          AND ($3::text IS NULL OR c.domain_code = $3)
        GROUP BY o.code, o.name
        ORDER BY o.name`,
      [year, municipalities, domain],
    );
  }

  /** A domain's clients in one municipality per year; a year without a count is absent. */
  async domainClients(
    municipality: string,
    domain: string,
    years: readonly number[],
  ): Promise<Map<number, number>> {
    const rows = await this.dataSource.query<{ year: number; clients: number }[]>(
      `SELECT year, clients FROM client_count
        WHERE municipality_code = $1 AND domain_code = $2 AND organisation_id IS NULL
          AND year = ANY($3::integer[])`,
      [municipality, domain, years],
    );
    return new Map(rows.map((row) => [Number(row.year), Number(row.clients)]));
  }
}
