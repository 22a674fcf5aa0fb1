import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { type Actor, ImportUsageError, type OrganisationKind } from '@leerlus/etl';
import { AuthenticatedUser } from '../auth/role';
import { AddContractInput } from './dto/add-contract.input';
import { SaveMunicipalityInput } from './dto/save-municipality.input';
import { SaveOrganisationInput } from './dto/save-organisation.input';
import { ReferenceContract } from './models/reference-contract.model';
import { ReferenceDomain } from './models/reference-domain.model';
import { ReferenceMunicipality } from './models/reference-municipality.model';
import { ReferenceOrganisation } from './models/reference-organisation.model';
import { ReferenceDataRepository } from './reference-data.repository';

const KINDS: readonly OrganisationKind[] = ['gemeente', 'aanbieder', 'ombudsman', 'samenwerkingsverband'];

function actor(user: AuthenticatedUser): Actor {
  return { username: user.username, userId: user.id };
}

/** Usage errors of the reference statements (bad code, unknown organisation) as 400s with their text. */
async function asRequest<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ImportUsageError) throw new BadRequestException(error.message);
    throw error;
  }
}

/** Reference data without SQL (beheer); a user bound to a municipality only changes that one. */
@Injectable()
export class ReferenceDataService {
  constructor(private readonly repository: ReferenceDataRepository) {}

  private checkMunicipality(user: AuthenticatedUser, code: string | null | undefined): void {
    if (user.municipalityCode !== null && code?.toUpperCase() !== user.municipalityCode) {
      throw new ForbiddenException(`U beheert alleen gemeente ${user.municipalityCode}.`);
    }
  }

  async saveMunicipality(user: AuthenticatedUser, input: SaveMunicipalityInput): Promise<boolean> {
    this.checkMunicipality(user, input.code);
    await asRequest(
      this.repository.saveMunicipality(
        {
          code: input.code,
          name: input.name,
          region: input.region ?? undefined,
          province: input.province ?? undefined,
        },
        actor(user),
      ),
    );
    if (input.inhabitants !== undefined && input.inhabitants !== null) {
      const year = input.year ?? new Date().getFullYear();
      await asRequest(
        this.repository.setPopulation(input.code.toUpperCase(), year, input.inhabitants, actor(user)),
      );
    }
    return true;
  }

  async saveOrganisation(user: AuthenticatedUser, input: SaveOrganisationInput): Promise<boolean> {
    const kind = KINDS.find((candidate) => candidate === input.kind);
    if (!kind) {
      throw new BadRequestException(`Soort "${input.kind}" bestaat niet; kies uit ${KINDS.join(', ')}.`);
    }
    if (user.municipalityCode !== null) this.checkMunicipality(user, input.municipalityCode);
    await asRequest(
      this.repository.saveOrganisation(
        {
          code: input.code,
          name: input.name,
          kind,
          municipalityCode: input.municipalityCode?.toUpperCase() ?? undefined,
          aliases: input.aliases ?? undefined,
          activeFrom: input.activeFrom ?? undefined,
          activeTo: input.activeTo ?? undefined,
        },
        actor(user),
      ),
    );
    return true;
  }

  async organisations(user: AuthenticatedUser): Promise<ReferenceOrganisation[]> {
    const rows = await this.repository.listOrganisations(user.municipalityCode ?? undefined);
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      kind: row.kind,
      municipalityCode: row.municipality,
      aliases: row.aliases,
      activeFrom: row.active_from,
      activeTo: row.active_to,
    }));
  }

  async mergeOrganisations(user: AuthenticatedUser, from: string, into: string): Promise<boolean> {
    if (user.municipalityCode !== null) {
      throw new ForbiddenException('Alleen een beheerder van de hele installatie voegt organisaties samen.');
    }
    await asRequest(this.repository.mergeOrganisations(from, into, actor(user)));
    return true;
  }

  async municipalities(user: AuthenticatedUser): Promise<ReferenceMunicipality[]> {
    const own = user.municipalityCode ?? undefined;
    const [municipalities, populations] = await Promise.all([
      this.repository.listMunicipalities(),
      this.repository.listPopulations(own),
    ]);
    return municipalities
      .filter((municipality) => own === undefined || municipality.code === own)
      .map((municipality) => ({
        code: municipality.code,
        name: municipality.name,
        region: municipality.region,
        inhabitants: populations
          .filter((population) => population.municipalityCode === municipality.code)
          .map((population) => ({ year: population.year, inhabitants: population.population })),
      }));
  }

  domains(): Promise<ReferenceDomain[]> {
    return this.repository.listDomains();
  }

  contracts(user: AuthenticatedUser): Promise<ReferenceContract[]> {
    return this.repository.listContracts(user.municipalityCode ?? undefined);
  }

  async addContract(user: AuthenticatedUser, input: AddContractInput): Promise<number> {
    const municipalityCode = input.municipalityCode.trim().toUpperCase();
    this.checkMunicipality(user, municipalityCode);
    return asRequest(
      this.repository.addContract(
        {
          municipalityCode,
          organisation: input.organisation,
          domain: input.domain,
          reference: input.reference?.trim() || undefined,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? undefined,
          halfYearReportRequired: input.halfYearReportRequired ?? undefined,
        },
        actor(user),
      ),
    );
  }

  async endContract(user: AuthenticatedUser, id: number, endsOn: string): Promise<boolean> {
    const municipality = await this.repository.contractMunicipality(id);
    if (municipality === null) throw new BadRequestException(`Contract ${id} bestaat niet.`);
    this.checkMunicipality(user, municipality);
    await asRequest(this.repository.endContract(id, endsOn, actor(user)));
    return true;
  }
}
