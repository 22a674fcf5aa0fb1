import type { Pool } from 'pg';
import { withTransaction } from '@leerlus/sql';
import { ImportUsageError } from '../errors';
import { KINDS } from '../profiles/targets';
import { type Actor, audit } from './reference.repository';

/**
 * Handling terms per source (and optionally per theme or kind) of a municipality: a Signalen category's own
 * term, a provider's contractual term. An import gives a record without its own term the most specific
 * matching norm (fillNormTerms); the readings then treat it as the record's own term. Audited.
 */
export type TermUnit = 'dagen' | 'weken';

export interface NormInput {
  municipalityCode: string;
  /** Organisation code of the source that delivers the records. */
  source: string;
  /** Theme code; absent = every theme of the source. */
  theme?: string | undefined;
  /** Record kind; absent = every kind. */
  kind?: string | undefined;
  termAmount: number;
  termUnit: TermUnit;
  replacesNorm: string;
  validFrom: string;
  validTo?: string | undefined;
  note?: string | undefined;
}

export interface NormListing {
  id: number;
  municipalityCode: string;
  source: string;
  sourceName: string;
  theme: string | null;
  themeLabel: string | null;
  kind: string | null;
  termAmount: number;
  termUnit: TermUnit;
  termDays: number;
  replacesNorm: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar days, as imports store them on records (chk_handling_norm_days). */
function termDays(input: NormInput): number {
  return input.termUnit === 'weken' ? input.termAmount * 7 : input.termAmount;
}

function check(input: NormInput): void {
  for (const [value, label] of [
    [input.validFrom, 'Geldig vanaf'],
    [input.validTo, 'Geldig tot en met'],
  ] as const) {
    if (value !== undefined && !ISO_DATE.test(value)) {
      throw new ImportUsageError(`${label} "${value}" is geen datum als jjjj-mm-dd.`);
    }
  }
  if (input.validTo !== undefined && input.validTo < input.validFrom) {
    throw new ImportUsageError('De einddatum ligt voor de begindatum.');
  }
  if (!Number.isInteger(input.termAmount) || input.termAmount <= 0 || input.termAmount > 730) {
    throw new ImportUsageError('Een termijn is een heel aantal dagen of weken, groter dan 0.');
  }
  if (input.kind !== undefined && !(KINDS as readonly string[]).includes(input.kind)) {
    throw new ImportUsageError(`Soort "${input.kind}" bestaat niet; kies uit ${KINDS.join(', ')}.`);
  }
}

export async function listNorms(pool: Pool, municipalityCode?: string): Promise<NormListing[]> {
  const { rows } = await pool.query<NormListing>(
    `SELECT n.id, n.municipality_code AS "municipalityCode", o.code AS source, o.name AS "sourceName",
            t.code AS theme, t.label AS "themeLabel", n.kind, n.term_amount AS "termAmount",
            n.term_unit AS "termUnit", n.term_days AS "termDays", n.replaces_norm AS "replacesNorm",
            n.valid_from::text AS "validFrom", n.valid_to::text AS "validTo", n.note
       FROM handling_norm n
       JOIN organisation o ON o.id = n.source_organisation_id
       LEFT JOIN theme t ON t.id = n.theme_id
      WHERE $1::text IS NULL OR n.municipality_code = $1
      ORDER BY n.municipality_code, o.name, t.code NULLS FIRST, n.kind NULLS FIRST, n.valid_from, n.id`,
    [municipalityCode ?? null],
  );
  return rows;
}

/** Resolves the codes of a norm to ids, with a Dutch message for each unknown one. */
async function resolve(
  client: Pick<Pool, 'query'>,
  input: NormInput,
): Promise<{ source: number; theme: number | null }> {
  const { rows } = await client.query<{
    municipality: string | null;
    source: number | null;
    theme: number | null;
  }>(
    `SELECT (SELECT code FROM municipality WHERE code = $1) AS municipality,
            (SELECT id FROM organisation WHERE code = $2) AS source,
            (SELECT id FROM theme WHERE code = $3) AS theme`,
    [input.municipalityCode, input.source, input.theme ?? null],
  );
  const row = rows[0];
  if (!row?.municipality) throw new ImportUsageError(`Gemeente ${input.municipalityCode} bestaat niet.`);
  if (row.source === null) throw new ImportUsageError(`Organisatie ${input.source} bestaat niet.`);
  if (input.theme !== undefined && row.theme === null) {
    throw new ImportUsageError(`Thema ${input.theme} bestaat niet.`);
  }
  return { source: row.source, theme: row.theme };
}

export async function addNorm(pool: Pool, input: NormInput, actor: Actor): Promise<number> {
  check(input);
  return withTransaction(pool, async (client) => {
    const ids = await resolve(client, input);
    const inserted = await client.query<{ id: number }>(
      `INSERT INTO handling_norm (municipality_code, source_organisation_id, theme_id, kind, term_amount, term_unit,
                                  term_days, replaces_norm, valid_from, valid_to, note)
       VALUES ($1, $2, $3, $4, $5, $6, $11, $7, $8, $9, $10) RETURNING id`,
      [
        input.municipalityCode,
        ids.source,
        ids.theme,
        input.kind ?? null,
        input.termAmount,
        input.termUnit,
        input.replacesNorm,
        input.validFrom,
        input.validTo ?? null,
        input.note ?? null,
        termDays(input),
      ],
    );
    const id = inserted.rows[0]?.id;
    if (id === undefined) throw new Error('handling_norm insert returned no id');
    await audit(client, actor, 'norm.add', 'handling_norm', String(id), { ...input });
    return id;
  });
}

/** Changes every setting of a norm; the audit entry keeps the settings before and after. */
export async function changeNorm(pool: Pool, id: number, input: NormInput, actor: Actor): Promise<void> {
  check(input);
  await withTransaction(pool, async (client) => {
    const before = await client.query<{ municipality_code: string }>(
      'SELECT * FROM handling_norm WHERE id = $1 FOR UPDATE',
      [id],
    );
    const old = before.rows[0];
    if (!old) throw new ImportUsageError(`Termijn ${id} bestaat niet.`);
    if (old.municipality_code !== input.municipalityCode) {
      throw new ImportUsageError('Een termijn verhuist niet naar een andere gemeente; voeg een nieuwe toe.');
    }
    const ids = await resolve(client, input);
    await client.query(
      `UPDATE handling_norm SET source_organisation_id = $2, theme_id = $3, kind = $4, term_amount = $5,
              term_unit = $6, replaces_norm = $7, valid_from = $8, valid_to = $9, note = $10, term_days = $11
        WHERE id = $1`,
      [
        id,
        ids.source,
        ids.theme,
        input.kind ?? null,
        input.termAmount,
        input.termUnit,
        input.replacesNorm,
        input.validFrom,
        input.validTo ?? null,
        input.note ?? null,
        termDays(input),
      ],
    );
    await audit(client, actor, 'norm.change', 'handling_norm', String(id), { before: old, after: input });
  });
}

/** Ends a norm on `validTo` (its last day); records received later fall back to the next norm or the law. */
export async function endNorm(pool: Pool, id: number, validTo: string, actor: Actor): Promise<void> {
  if (!ISO_DATE.test(validTo)) throw new ImportUsageError(`"${validTo}" is geen datum als jjjj-mm-dd.`);
  await withTransaction(pool, async (client) => {
    const { rows } = await client.query<{ valid_from: string }>(
      'SELECT valid_from::text FROM handling_norm WHERE id = $1 FOR UPDATE',
      [id],
    );
    const norm = rows[0];
    if (!norm) throw new ImportUsageError(`Termijn ${id} bestaat niet.`);
    if (validTo < norm.valid_from) {
      throw new ImportUsageError(`De einddatum ligt voor de begindatum (${norm.valid_from}).`);
    }
    await client.query('UPDATE handling_norm SET valid_to = $2 WHERE id = $1', [id, validTo]);
    await audit(client, actor, 'norm.end', 'handling_norm', String(id), { validTo });
  });
}

/** The municipality a norm belongs to, or null. */
export async function normMunicipality(pool: Pool, id: number): Promise<string | null> {
  const { rows } = await pool.query<{ code: string }>(
    'SELECT municipality_code AS code FROM handling_norm WHERE id = $1',
    [id],
  );
  return rows[0]?.code ?? null;
}
