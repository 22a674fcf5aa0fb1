import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  type Actor,
  addContract,
  contractMunicipality,
  type ContractInput,
  type ContractListing,
  endContract,
  listContracts,
  listMunicipalities,
  listPopulations,
  type MunicipalityListing,
  listOrganisations,
  mergeOrganisations,
  type OrganisationInput,
  type OrganisationListing,
  saveMunicipality,
  type MunicipalityInput,
  saveOrganisation,
  type PopulationListing,
  setPopulation,
} from '@leerlus/etl';
import { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * Reference data (municipalities, inhabitants, organisations, contracts) through the ETL's own statements, so the
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

  listMunicipalities(): Promise<MunicipalityListing[]> {
    return listMunicipalities(this.pool);
  }

  listPopulations(municipalityCode: string | undefined): Promise<PopulationListing[]> {
    return listPopulations(this.pool, municipalityCode);
  }

  async listDomains(): Promise<{ code: string; label: string }[]> {
    const { rows } = await this.pool.query<{ code: string; label: string }>(
      'SELECT code, label FROM domain ORDER BY sort_order, code',
    );
    return rows;
  }

  listContracts(municipalityCode: string | undefined): Promise<ContractListing[]> {
    return listContracts(this.pool, municipalityCode);
  }

  addContract(input: ContractInput, actor: Actor): Promise<number> {
    return addContract(this.pool, input, actor);
  }

  contractMunicipality(id: number): Promise<string | null> {
    return contractMunicipality(this.pool, id);
  }

  endContract(id: number, endsOn: string, actor: Actor): Promise<void> {
    return endContract(this.pool, id, endsOn, actor);
  }
}
