import type { Pool } from 'pg';
import type { Actor } from '../reference/reference.repository';
import { type BoundaryImportSummary, saveBoundaries } from './boundaries.repository';
import { parseBoundaries } from './parse-boundaries';

/** Reads a CBS boundary file and stores it for the municipality: the CLI, the dashboard and the demo share this. */
export function importBoundaries(
  pool: Pool,
  municipalityCode: string,
  text: string,
  sourceFile: string,
  actor: Actor,
): Promise<BoundaryImportSummary> {
  const code = municipalityCode.trim().toUpperCase();
  return saveBoundaries(pool, code, parseBoundaries(text, code), sourceFile, actor);
}
