import { Injectable } from '@nestjs/common';
import { NormModel } from './models/norm.model';
import { NormDefinition, NORMS } from './norms';

export function mapNorm(norm: NormDefinition): NormModel {
  return {
    ...norm,
    domains: norm.domains ? [...norm.domains] : null,
    extension: norm.extension ? { ...norm.extension } : null,
  };
}

@Injectable()
export class NormsService {
  list(): NormModel[] {
    return Object.values<NormDefinition>(NORMS).map(mapNorm);
  }
}
