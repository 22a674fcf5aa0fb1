import { Injectable } from '@nestjs/common';
import { GranularityName } from '../metrics/catalog';
import { listBuckets, Period } from '../metrics/periods';
import { CoverageFact, CoverageRepository } from './coverage.repository';
import { PeriodCoverage } from './models/coverage.model';
import { SourceCoverage } from './source-coverage';

/** A range without any source (nothing loaded yet) is reported as such, not as 0. */
export const NOTHING_EXPECTED: PeriodCoverage = {
  completeness: 'nog_niet_geleverd',
  sourcesDelivered: 0,
  sourcesExpected: 0,
  notDelivered: [],
};

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

  /**
   * The coverage of each bucket of an indicator series over [from, to], keyed by bucket start (null: the
   * whole range without granularity); a bucket is clipped to the range.
   */
  async forBuckets(
    municipalities: readonly string[] | null,
    range: { from: string; to: string; granularity: GranularityName | null },
    today: string,
    fact: CoverageFact,
  ): Promise<Map<string | null, PeriodCoverage>> {
    const { from, to, granularity } = range;
    const spans: { key: string | null; period: Period }[] = granularity
      ? listBuckets(from, to, granularity).map((bucket) => ({
          key: bucket.start,
          period: { start: bucket.start < from ? from : bucket.start, end: bucket.end > to ? to : bucket.end },
        }))
      : [{ key: null, period: { start: from, end: to } }];
    const sources = await this.forRange(municipalities, from, to, today, fact);
    return new Map(spans.map(({ key, period }) => [key, sources.of(period)]));
  }
}
