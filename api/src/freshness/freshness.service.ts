import { Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { discloseCount, DisclosurePolicy, KeyedCount } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { checkFilterGrid } from '../disclosure/filter-grid';
import { scopeMunicipalities } from '../handling-times/indicator-periods';
import { METRICS_CLOCK, MetricsClock } from '../metrics/metrics.service';
import { daysBetween } from '../metrics/periods';
import { FreshnessQueryInput } from './dto/freshness-query.input';
import { FreshnessRepository, SourceFreshnessRow } from './freshness.repository';
import { FreshnessResult } from './models/freshness.model';

/** Calendar date of a timestamp in Europe/Amsterdam. */
function amsterdamDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);
}

@Injectable()
export class FreshnessService {
  constructor(
    private readonly repository: FreshnessRepository,
    @Inject(DISCLOSURE_POLICY) private readonly policy: DisclosurePolicy,
    @Inject(METRICS_CLOCK) private readonly clock: MetricsClock,
  ) {}

  async freshness(input: FreshnessQueryInput, viewer: AuthenticatedUser): Promise<FreshnessResult> {
    const today = this.clock.today();
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    if (apply) checkFilterGrid({ municipality: input.municipality });
    const sources = await this.repository.sources(scopeMunicipalities(input.municipality, viewer));
    const rowsOf = (source: SourceFreshnessRow): KeyedCount => ({
      count: source.rows,
      keySum: source.rowsKeySum,
    });
    // The total is a cell of its own (all rows, all keys), not the sum of the perturbed counts.
    const total = sources
      .map(rowsOf)
      .reduce((sum, rows) => ({ count: sum.count + rows.count, keySum: sum.keySum + rows.keySum }), {
        count: 0,
        keySum: 0,
      });
    return {
      sources: sources.map((source) => {
        const { expectedWithinDays } = source;
        const daysSinceLatestData = source.latestBusinessDate
          ? daysBetween(source.latestBusinessDate, today)
          : null;
        return {
          organisationCode: source.organisationCode,
          organisationName: source.organisationName,
          kind: source.kind,
          rows: discloseCount(rowsOf(source), this.policy, apply),
          latestBusinessDate: source.latestBusinessDate,
          lastImportAt: source.lastImportAt ? new Date(source.lastImportAt).toISOString() : null,
          daysSinceLatestData,
          daysSinceLastImport: source.lastImportAt
            ? daysBetween(amsterdamDate(new Date(source.lastImportAt)), today)
            : null,
          expectedWithinDays,
          stale: daysSinceLatestData === null || daysSinceLatestData > expectedWithinDays,
        };
      }),
      totalRows: discloseCount(total, this.policy, apply),
      today,
      disclosureControl: apply,
    };
  }
}
