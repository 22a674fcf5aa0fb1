import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { type Actor, ImportUsageError, type NormInput, type TermUnit } from '@leerlus/etl';
import { AuthenticatedUser } from '../auth/role';
import { NORMS } from '../norms/norms';
import { SaveHandlingNormInput } from './dto/save-handling-norm.input';
import { HandlingNormsRepository } from './handling-norms.repository';
import { HandlingNorm } from './models/handling-norm.model';
import { HandlingNormTheme } from './models/handling-norm-theme.model';

const UNITS: readonly TermUnit[] = ['dagen', 'weken'];

function actor(user: AuthenticatedUser): Actor {
  return { username: user.username, userId: user.id };
}

/** Usage errors of the norm statements (unknown source or theme, bad dates) as 400s with their text. */
async function asRequest<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ImportUsageError) throw new BadRequestException(error.message);
    throw error;
  }
}

/** Handling norms (beheer); a user bound to a municipality sees and changes only that one's. */
@Injectable()
export class HandlingNormsService {
  constructor(private readonly repository: HandlingNormsRepository) {}

  private checkMunicipality(user: AuthenticatedUser, code: string): void {
    if (user.municipalityCode !== null && code !== user.municipalityCode) {
      throw new ForbiddenException(`U beheert alleen gemeente ${user.municipalityCode}.`);
    }
  }

  private async checkOwned(user: AuthenticatedUser, id: number): Promise<void> {
    const municipality = await this.repository.municipality(id);
    if (municipality === null) throw new BadRequestException(`Termijn ${id} bestaat niet.`);
    this.checkMunicipality(user, municipality);
  }

  private normInput(user: AuthenticatedUser, input: SaveHandlingNormInput): NormInput {
    const municipalityCode = input.municipalityCode.trim().toUpperCase();
    this.checkMunicipality(user, municipalityCode);
    const termUnit = UNITS.find((unit) => unit === input.termUnit);
    if (!termUnit) {
      throw new BadRequestException(`Eenheid "${input.termUnit}" bestaat niet; kies dagen of weken.`);
    }
    if (!Object.keys(NORMS).includes(input.replacesNorm)) {
      throw new BadRequestException(`Wettelijke termijn "${input.replacesNorm}" bestaat niet.`);
    }
    return {
      municipalityCode,
      source: input.source,
      theme: input.theme || undefined,
      kind: input.kind || undefined,
      termAmount: input.termAmount,
      termUnit,
      replacesNorm: input.replacesNorm,
      validFrom: input.validFrom,
      validTo: input.validTo || undefined,
      note: input.note?.trim() || undefined,
    };
  }

  list(user: AuthenticatedUser): Promise<HandlingNorm[]> {
    return this.repository.list(user.municipalityCode ?? undefined);
  }

  themes(): Promise<HandlingNormTheme[]> {
    return this.repository.themes();
  }

  add(user: AuthenticatedUser, input: SaveHandlingNormInput): Promise<number> {
    return asRequest(this.repository.add(this.normInput(user, input), actor(user)));
  }

  async change(user: AuthenticatedUser, id: number, input: SaveHandlingNormInput): Promise<boolean> {
    await this.checkOwned(user, id);
    await asRequest(this.repository.change(id, this.normInput(user, input), actor(user)));
    return true;
  }

  async end(user: AuthenticatedUser, id: number, validTo: string): Promise<boolean> {
    await this.checkOwned(user, id);
    await asRequest(this.repository.end(id, validTo, actor(user)));
    return true;
  }
}
