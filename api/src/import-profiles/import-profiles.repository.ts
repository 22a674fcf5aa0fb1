import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  type Actor,
  listStoredProfiles,
  type SavedProfile,
  saveStoredProfile,
  type StoredProfileListing,
  storedProfileYaml,
} from '@leerlus/etl';
import { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** Saved source profiles through the ETL's own statements, so the CLI and the dashboard share them. */
@Injectable()
export class ImportProfilesRepository implements OnModuleDestroy {
  private readonly pool: Pool;

  constructor(@Inject(APP_CONFIG) appConfig: AppConfig) {
    this.pool = new Pool({ connectionString: appConfig.databaseUrl, max: 2 });
    this.pool.on('error', () => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }

  save(yaml: string, actor: Actor): Promise<SavedProfile> {
    return saveStoredProfile(this.pool, yaml, actor);
  }

  list(): Promise<StoredProfileListing[]> {
    return listStoredProfiles(this.pool);
  }

  yaml(name: string): Promise<{ yaml: string; revision: number } | null> {
    return storedProfileYaml(this.pool, name);
  }
}
