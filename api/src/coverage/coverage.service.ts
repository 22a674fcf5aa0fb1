import { Injectable } from '@nestjs/common';
import { CoverageFact, CoverageRepository } from './coverage.repository';
import { SourceCoverage } from './source-coverage';

/** Delivery coverage per source and month, for every series and comparison the API returns. */
@Injectable()
export class CoverageService {
  constructor(private readonly repository: CoverageRepository) {}

  async forRange(
    municipalities: readonly string[] | null,
    from: string,
    to: string,
    today: string,
    fact: CoverageFact = 'case_record',
  ): Promise<SourceCoverage> {
    return new SourceCoverage(await this.repository.sourceMonths(municipalities, from, to, today, fact));
  }
}
