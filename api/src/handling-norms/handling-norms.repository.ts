import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  type Actor,
  addNorm,
  changeNorm,
  endNorm,
  listNorms,
  type NormInput,
  type NormListing,
  normMunicipality,
} from '@leerlus/etl';
import { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** Handling norms through the ETL's own statements, so the CLI and the dashboard change (and audit) them alike. */
@Injectable()
export class HandlingNormsRepository implements OnModuleDestroy {
  private readonly pool: Pool;

  constructor(@Inject(APP_CONFIG) appConfig: AppConfig) {
    this.pool = new Pool({ connectionString: appConfig.databaseUrl, max: 2 });
    this.pool.on('error', () => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }

  list(municipalityCode: string | undefined): Promise<NormListing[]> {
    return listNorms(this.pool, municipalityCode);
  }

  add(input: NormInput, actor: Actor): Promise<number> {
    return addNorm(this.pool, input, actor);
  }

  change(id: number, input: NormInput, actor: Actor): Promise<void> {
    return changeNorm(this.pool, id, input, actor);
  }

  end(id: number, validTo: string, actor: Actor): Promise<void> {
    return endNorm(this.pool, id, validTo, actor);
  }

  async themes(): Promise<{ code: string; label: string }[]> {
    const { rows } = await this.pool.query<{ code: string; label: string }>(
      'SELECT code, label FROM theme WHERE active ORDER BY sort_order, code',
    );
    return rows;
  }

  municipality(id: number): Promise<string | null> {
    return normMunicipality(this.pool, id);
  }
}
