import type { Pool, PoolClient } from 'pg';
import { withTransaction } from '@leerlus/sql';
import { ImportUsageError } from '../errors';
import { refreshDerivedData } from '../import-file';

/**
 * Reference data maintained without SQL (`etl municipality …`, `etl organisation …`): municipalities with
 * their inhabitants per year (the denominator of per-1,000 rates) and organisations with their other
 * spellings, active period and merges. Every change is written to the audit log with who made it.
 */
export type OrganisationKind = 'gemeente' | 'aanbieder' | 'ombudsman' | 'samenwerkingsverband';

export interface Actor {
  /** Who made the change, e.g. `cli:jansen` or a user name. */
  username: string;
  userId?: number | null;
}

export async function audit(
  client: Pick<PoolClient, 'query'>,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string,
  details: Record<string, unknown>,
): Promise<void> {
  await client.query(
    `INSERT INTO audit_log (user_id, username, role, action, entity, entity_id, details)
     VALUES ($1, $2, 'beheer', $3, $4, $5, $6)`,
    [actor.userId ?? null, actor.username, action, entity, entityId, JSON.stringify(details)],
  );
}

export interface MunicipalityInput {
  code: string;
  name: string;
  region?: string | undefined;
  province?: string | undefined;
}

const CBS_CODE = /^GM\d{4}$/;

/** Adds a municipality or updates its name, region and province; its own organisation is created too. */
export async function saveMunicipality(pool: Pool, input: MunicipalityInput, actor: Actor): Promise<void> {
  const code = input.code.trim().toUpperCase();
  if (!CBS_CODE.test(code)) {
    throw new ImportUsageError(`"${input.code}" is geen CBS-gemeentecode (GM gevolgd door 4 cijfers)`);
  }
  if (input.name.trim() === '') throw new ImportUsageError('Geef de naam van de gemeente.');
  await withTransaction(pool, async (client) => {
    await client.query(
      `INSERT INTO municipality (code, name, region, province) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name,
         region = coalesce(excluded.region, municipality.region), province = coalesce(excluded.province, municipality.province)`,
      [code, input.name.trim(), input.region ?? null, input.province ?? null],
    );
    const orgCode = `gemeente-${input.name
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`;
    await client.query(
      `INSERT INTO organisation (code, name, kind, municipality_code)
       SELECT $1, $2, 'gemeente', $3
       WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE municipality_code = $3 AND kind = 'gemeente')
       ON CONFLICT (code) DO NOTHING`,
      [orgCode, `Gemeente ${input.name.trim()}`, code],
    );
    await audit(client, actor, 'municipality.save', 'municipality', code, { ...input, code });
  });
}

/** Inhabitants of a municipality in a year (CBS), the denominator for rates per 1,000. */
export async function setPopulation(
  pool: Pool,
  code: string,
  year: number,
  population: number,
  actor: Actor,
): Promise<void> {
  if (!Number.isInteger(population) || population <= 0) {
    throw new ImportUsageError('Het aantal inwoners moet positief zijn.');
  }
  await withTransaction(pool, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM municipality WHERE code = $1', [code]);
    if (!rowCount) throw new ImportUsageError(`Gemeente ${code} bestaat niet; voeg haar eerst toe.`);
    await client.query(
      `INSERT INTO municipality_population (municipality_code, year, population) VALUES ($1, $2, $3)
       ON CONFLICT (municipality_code, year) DO UPDATE SET population = excluded.population`,
      [code, year, population],
    );
    await audit(client, actor, 'municipality.population', 'municipality', code, { year, population });
  });
}

export interface MunicipalityListing {
  code: string;
  name: string;
  region: string | null;
  population: number | null;
  year: number | null;
}

export async function listMunicipalities(pool: Pool): Promise<MunicipalityListing[]> {
  const { rows } = await pool.query<MunicipalityListing>(
    `SELECT m.code, m.name, m.region, p.population, p.year
     FROM municipality m
     LEFT JOIN LATERAL (SELECT population, year FROM municipality_population
                        WHERE municipality_code = m.code ORDER BY year DESC LIMIT 1) p ON true
     ORDER BY m.name`,
  );
  return rows;
}

export interface OrganisationInput {
  code: string;
  name: string;
  kind: OrganisationKind;
  municipalityCode?: string | undefined;
  aliases?: string[] | undefined;
  activeFrom?: string | undefined;
  activeTo?: string | undefined;
}

/** Adds an organisation or updates it (by code); aliases are added to the ones it has. */
export async function saveOrganisation(pool: Pool, input: OrganisationInput, actor: Actor): Promise<void> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(input.code)) {
    throw new ImportUsageError(`"${input.code}" is geen geldige code (kleine letters, cijfers en streepjes)`);
  }
  await withTransaction(pool, async (client) => {
    await client.query(
      `INSERT INTO organisation (code, name, kind, municipality_code, aliases, active_from, active_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
         municipality_code = coalesce(excluded.municipality_code, organisation.municipality_code),
         aliases = ARRAY(SELECT DISTINCT unnest(organisation.aliases || excluded.aliases)),
         active_from = coalesce(excluded.active_from, organisation.active_from),
         active_to = coalesce(excluded.active_to, organisation.active_to)`,
      [
        input.code,
        input.name.trim(),
        input.kind,
        input.municipalityCode ?? null,
        input.aliases ?? [],
        input.activeFrom ?? null,
        input.activeTo ?? null,
      ],
    );
    await audit(client, actor, 'organisation.save', 'organisation', input.code, { ...input });
  });
}

export interface OrganisationListing {
  code: string;
  name: string;
  kind: string;
  municipality: string | null;
  aliases: string[];
  active_from: string | null;
  active_to: string | null;
}

export async function listOrganisations(
  pool: Pool,
  municipalityCode?: string,
): Promise<OrganisationListing[]> {
  const { rows } = await pool.query<OrganisationListing>(
    `SELECT code, name, kind, municipality_code AS municipality, aliases,
            active_from::text AS active_from, active_to::text AS active_to
     FROM organisation WHERE $1::text IS NULL OR municipality_code = $1 OR municipality_code IS NULL
     ORDER BY kind, name`,
    [municipalityCode ?? null],
  );
  return rows;
}

/** Every column that references organisation(id), read from the catalog so new ones are included. */
async function organisationReferences(client: PoolClient): Promise<{ table: string; column: string }[]> {
  const { rows } = await client.query<{ table: string; column: string }>(
    `SELECT c.conrelid::regclass::text AS table, a.attname AS column
     FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
     WHERE c.contype = 'f' AND c.confrelid = 'organisation'::regclass
     ORDER BY 1, 2`,
  );
  return rows;
}

/**
 * Two organisations that turn out to be the same: everything that points at `from` moves to `into`,
 * `from`'s code and name become aliases of `into` (so exports that use them still resolve), `from` is
 * removed, and the derived figures of the affected municipalities are recomputed.
 */
export async function mergeOrganisations(
  pool: Pool,
  fromCode: string,
  intoCode: string,
  actor: Actor,
): Promise<{ moved: Record<string, number> }> {
  if (fromCode === intoCode) throw new ImportUsageError('Kies twee verschillende organisaties.');
  return withTransaction(pool, async (client) => {
    const { rows } = await client.query<{ id: number; code: string; name: string; aliases: string[] }>(
      'SELECT id, code, name, aliases FROM organisation WHERE code = ANY($1) FOR UPDATE',
      [[fromCode, intoCode]],
    );
    const from = rows.find((row) => row.code === fromCode);
    const into = rows.find((row) => row.code === intoCode);
    if (!from || !into) {
      throw new ImportUsageError(`Organisatie ${!from ? fromCode : intoCode} bestaat niet.`);
    }
    const moved: Record<string, number> = {};
    for (const { table, column } of await organisationReferences(client)) {
      const result = await client.query(`UPDATE ${table} SET ${column} = $1 WHERE ${column} = $2`, [
        into.id,
        from.id,
      ]);
      if (result.rowCount) moved[`${table}.${column}`] = result.rowCount;
    }
    await client.query(
      `UPDATE organisation SET aliases = ARRAY(SELECT DISTINCT unnest(aliases || $2::text[])) WHERE id = $1`,
      [into.id, [from.code, from.name, ...from.aliases]],
    );
    await client.query('DELETE FROM organisation WHERE id = $1', [from.id]);
    const { rows: municipalities } = await client.query<{ code: string }>('SELECT code FROM municipality');
    for (const municipality of municipalities) await refreshDerivedData(client, municipality.code);
    await audit(client, actor, 'organisation.merge', 'organisation', into.code, { from: from.code, moved });
    return { moved };
  });
}

export interface PopulationListing {
  municipalityCode: string;
  year: number;
  population: number;
}

/** Inhabitants per municipality and year (newest year first), for the Beheer pages. */
export async function listPopulations(pool: Pool, municipalityCode?: string): Promise<PopulationListing[]> {
  const { rows } = await pool.query<PopulationListing>(
    `SELECT municipality_code AS "municipalityCode", year, population FROM municipality_population
      WHERE $1::text IS NULL OR municipality_code = $1 ORDER BY municipality_code, year DESC`,
    [municipalityCode ?? null],
  );
  return rows;
}
