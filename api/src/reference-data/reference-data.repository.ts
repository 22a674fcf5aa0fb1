import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  type Actor,
  listOrganisations,
  mergeOrganisations,
  type OrganisationInput,
  type OrganisationListing,
  saveMunicipality,
  type MunicipalityInput,
  saveOrganisation,
  setPopulation,
} from '@leerlus/etl';
import { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * Reference data (municipalities, inhabitants, organisations) through the ETL's own statements, so the
 * command line and the dashboard change it the same way (and audit it the same way).
 */
@Injectable()
export class ReferenceDataRepository implements OnModuleDestroy {
  private readonly pool: Pool;

  constructor(@Inject(APP_CONFIG) appConfig: AppConfig) {
    this.pool = new Pool({ connectionString: appConfig.databaseUrl, max: 2 });
    this.pool.on('error', () => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }

  saveMunicipality(input: MunicipalityInput, actor: Actor): Promise<void> {
    return saveMunicipality(this.pool, input, actor);
  }

  setPopulation(code: string, year: number, population: number, actor: Actor): Promise<void> {
    return setPopulation(this.pool, code, year, population, actor);
  }

  saveOrganisation(input: OrganisationInput, actor: Actor): Promise<void> {
    return saveOrganisation(this.pool, input, actor);
  }

  listOrganisations(municipalityCode: string | undefined): Promise<OrganisationListing[]> {
    return listOrganisations(this.pool, municipalityCode);
  }

  mergeOrganisations(from: string, into: string, actor: Actor): Promise<{ moved: Record<string, number> }> {
    return mergeOrganisations(this.pool, from, into, actor);
  }
}
