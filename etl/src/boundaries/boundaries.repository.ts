import type { Pool } from 'pg';
import { withTransaction } from '@leerlus/sql';
import { ImportUsageError } from '../errors';
import { type Actor, audit } from '../reference/reference.repository';
import type { BoundaryLevel, ParsedBoundaries } from './parse-boundaries';

export interface BoundaryImportSummary {
  municipalityCode: string;
  wijken: number;
  buurten: number;
  /** Features of other municipalities in the file, left out. */
  skipped: number;
  crs: ParsedBoundaries['crs'];
}

export interface BoundaryListing {
  code: string;
  municipalityCode: string;
  level: BoundaryLevel;
  name: string;
  wijkCode: string | null;
  inhabitants: number | null;
  /** GeoJSON MultiPolygon (WGS84) as text. */
  geometry: string;
}

/**
 * Replaces the municipality's boundaries of the levels in the file (a buurt file leaves its wijken in
 * place) in one transaction, and audits who did it. Re-importing a file therefore never duplicates.
 */
export async function saveBoundaries(
  pool: Pool,
  municipalityCode: string,
  parsed: ParsedBoundaries,
  sourceFile: string,
  actor: Actor,
): Promise<BoundaryImportSummary> {
  const levels = [...new Set(parsed.areas.map((area) => area.level))];
  await withTransaction(pool, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM municipality WHERE code = $1', [municipalityCode]);
    if (rowCount === 0) throw new ImportUsageError(`Gemeente ${municipalityCode} bestaat niet in Leerlus.`);
    await client.query(
      'DELETE FROM neighbourhood_boundary WHERE municipality_code = $1 AND level = ANY($2::text[])',
      [municipalityCode, levels],
    );
    await client.query(
      `INSERT INTO neighbourhood_boundary
         (code, municipality_code, level, name, wijk_code, inhabitants, geometry, source_file)
       SELECT a.code, $1, a.level, a.name, a.wijk_code, a.inhabitants, a.geometry, $3
         FROM jsonb_to_recordset($2::jsonb)
           AS a(code text, level text, name text, wijk_code text, inhabitants integer, geometry jsonb)`,
      [
        municipalityCode,
        JSON.stringify(
          parsed.areas.map((area) => ({
            code: area.code,
            level: area.level,
            name: area.name,
            wijk_code: area.wijkCode,
            inhabitants: area.inhabitants,
            geometry: area.geometry,
          })),
        ),
        sourceFile,
      ],
    );
    await audit(client, actor, 'boundaries.import', 'municipality', municipalityCode, {
      sourceFile,
      levels,
      areas: parsed.areas.length,
      crs: parsed.crs,
    });
  });
  return {
    municipalityCode,
    wijken: parsed.areas.filter((area) => area.level === 'wijk').length,
    buurten: parsed.areas.filter((area) => area.level === 'buurt').length,
    skipped: parsed.skipped,
    crs: parsed.crs,
  };
}

/** The boundaries of the given municipalities (null: all), wijken first, by code. */
export async function listBoundaries(
  pool: Pool,
  municipalities: readonly string[] | null,
): Promise<BoundaryListing[]> {
  const { rows } = await pool.query<BoundaryListing>(
    `SELECT code, municipality_code AS "municipalityCode", level, name, wijk_code AS "wijkCode",
            inhabitants, geometry::text AS geometry
       FROM neighbourhood_boundary
      WHERE $1::text[] IS NULL OR municipality_code = ANY($1::text[])
      ORDER BY level DESC, code`,
    [municipalities],
  );
  return rows;
}
