import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  type Actor,
  type BoundaryImportSummary,
  type BoundaryListing,
  importBoundaries,
  listBoundaries,
} from '@leerlus/etl';
import { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface BoundarySetRow {
  municipalityCode: string;
  municipalityName: string;
  level: string;
  areas: number;
  withInhabitants: number;
  sourceFile: string;
  importedAt: Date;
}

/** Boundaries through the ETL's own statements, so the CLI, the demo and the dashboard load them alike. */
@Injectable()
export class NeighbourhoodsRepository implements OnModuleDestroy {
  private readonly pool: Pool;

  constructor(@Inject(APP_CONFIG) appConfig: AppConfig) {
    this.pool = new Pool({ connectionString: appConfig.databaseUrl, max: 2 });
    this.pool.on('error', () => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }

  boundaries(municipalities: readonly string[] | null): Promise<BoundaryListing[]> {
    return listBoundaries(this.pool, municipalities);
  }

  import(
    municipalityCode: string,
    text: string,
    sourceFile: string,
    actor: Actor,
  ): Promise<BoundaryImportSummary> {
    return importBoundaries(this.pool, municipalityCode, text, sourceFile, actor);
  }

  async boundarySets(municipality: string | null): Promise<BoundarySetRow[]> {
    const { rows } = await this.pool.query<BoundarySetRow>(
      `SELECT b.municipality_code AS "municipalityCode", m.name AS "municipalityName", b.level,
              count(*)::integer AS areas, count(b.inhabitants)::integer AS "withInhabitants",
              min(b.source_file) AS "sourceFile", max(b.imported_at) AS "importedAt"
         FROM neighbourhood_boundary b
         JOIN municipality m ON m.code = b.municipality_code
        WHERE $1::text IS NULL OR b.municipality_code = $1
        GROUP BY b.municipality_code, m.name, b.level
        ORDER BY m.name, b.level DESC`,
      [municipality],
    );
    return rows;
  }
}
