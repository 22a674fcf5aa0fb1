import type { Pool } from 'pg';
import { withTransaction } from '@leerlus/sql';
import { ImportUsageError } from '../errors';
import { type Actor, audit } from './reference.repository';

/**
 * Contracts maintained one by one (a whole contract list loads through a profile with target
 * `contract`): a provider's contract with a municipality for one domain, and its end. Audited.
 */
export interface ContractInput {
  municipalityCode: string;
  /** Organisation code of the provider. */
  organisation: string;
  domain: string;
  reference?: string | undefined;
  startsOn: string;
  endsOn?: string | undefined;
  halfYearReportRequired?: boolean | undefined;
}

export interface ContractListing {
  id: number;
  municipalityCode: string;
  organisation: string;
  organisationName: string;
  domain: string;
  domainLabel: string;
  reference: string | null;
  startsOn: string;
  endsOn: string | null;
  halfYearReportRequired: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: string | undefined, label: string): void {
  if (value !== undefined && !ISO_DATE.test(value)) {
    throw new ImportUsageError(`${label} "${value}" is geen datum als jjjj-mm-dd.`);
  }
}

export async function listContracts(pool: Pool, municipalityCode?: string): Promise<ContractListing[]> {
  const { rows } = await pool.query<ContractListing>(
    `SELECT c.id, c.municipality_code AS "municipalityCode", o.code AS organisation,
            o.name AS "organisationName", c.domain_code AS domain, d.label AS "domainLabel",
            c.reference, c.starts_on::text AS "startsOn", c.ends_on::text AS "endsOn",
            c.half_year_report_required AS "halfYearReportRequired"
       FROM contract c
       JOIN organisation o ON o.id = c.organisation_id
       JOIN domain d ON d.code = c.domain_code
      WHERE $1::text IS NULL OR c.municipality_code = $1
      ORDER BY c.municipality_code, o.name, c.starts_on, c.id`,
    [municipalityCode ?? null],
  );
  return rows;
}

export async function addContract(pool: Pool, input: ContractInput, actor: Actor): Promise<number> {
  checkDate(input.startsOn, 'Begindatum');
  checkDate(input.endsOn, 'Einddatum');
  if (input.endsOn !== undefined && input.endsOn < input.startsOn) {
    throw new ImportUsageError('De einddatum ligt voor de begindatum.');
  }
  return withTransaction(pool, async (client) => {
    const found = await client.query<{
      organisation: number | null;
      domain: string | null;
      municipality: string | null;
    }>(
      `SELECT (SELECT id FROM organisation WHERE code = $1) AS organisation,
              (SELECT code FROM domain WHERE code = $2) AS domain,
              (SELECT code FROM municipality WHERE code = $3) AS municipality`,
      [input.organisation, input.domain, input.municipalityCode],
    );
    const row = found.rows[0];
    if (!row?.municipality) throw new ImportUsageError(`Gemeente ${input.municipalityCode} bestaat niet.`);
    if (row.organisation === null) {
      throw new ImportUsageError(`Organisatie ${input.organisation} bestaat niet.`);
    }
    if (row.domain === null) throw new ImportUsageError(`Domein ${input.domain} bestaat niet.`);
    const inserted = await client.query<{ id: number }>(
      `INSERT INTO contract (municipality_code, organisation_id, domain_code, reference, starts_on, ends_on,
                             half_year_report_required)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        input.municipalityCode,
        row.organisation,
        input.domain,
        input.reference ?? null,
        input.startsOn,
        input.endsOn ?? null,
        input.halfYearReportRequired ?? true,
      ],
    );
    const id = inserted.rows[0]?.id;
    if (id === undefined) throw new Error('contract insert returned no id');
    await audit(client, actor, 'contract.add', 'contract', String(id), { ...input });
    return id;
  });
}

/** Ends a contract on `endsOn` (the last day it runs); the municipality check is the caller's. */
export async function endContract(pool: Pool, id: number, endsOn: string, actor: Actor): Promise<void> {
  checkDate(endsOn, 'Einddatum');
  await withTransaction(pool, async (client) => {
    const { rows } = await client.query<{ starts_on: string }>(
      'SELECT starts_on::text FROM contract WHERE id = $1 FOR UPDATE',
      [id],
    );
    const contract = rows[0];
    if (!contract) throw new ImportUsageError(`Contract ${id} bestaat niet.`);
    if (endsOn < contract.starts_on) {
      throw new ImportUsageError(`De einddatum ligt voor de begindatum (${contract.starts_on}).`);
    }
    await client.query('UPDATE contract SET ends_on = $2 WHERE id = $1', [id, endsOn]);
    await audit(client, actor, 'contract.end', 'contract', String(id), { endsOn });
  });
}

/** The municipality a contract belongs to, or null. */
export async function contractMunicipality(pool: Pool, id: number): Promise<string | null> {
  const { rows } = await pool.query<{ code: string }>(
    'SELECT municipality_code AS code FROM contract WHERE id = $1',
    [id],
  );
  return rows[0]?.code ?? null;
}
