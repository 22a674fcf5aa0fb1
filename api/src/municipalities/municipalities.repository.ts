import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MunicipalityOption } from './models/municipality-option.model';

@Injectable()
export class MunicipalitiesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Municipalities of this installation by name; only `code` when the viewer is bound to one. */
  list(code: string | null): Promise<MunicipalityOption[]> {
    return this.dataSource.query<MunicipalityOption[]>(
      `SELECT code, name, region FROM municipality WHERE $1::text IS NULL OR code = $1 ORDER BY name, code`,
      [code],
    );
  }
}
