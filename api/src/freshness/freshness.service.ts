import { Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { DisclosurePolicy } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { scopeMunicipalities } from '../handling-times/indicator-periods';
import { discloseTable } from '../handling-times/indicator-table';
import { METRICS_CLOCK, MetricsClock } from '../metrics/metrics.service';
import { daysBetween } from '../metrics/periods';
import { FreshnessQueryInput } from './dto/freshness-query.input';
import { FRESHNESS_EXPECTATIONS, FreshnessExpectations, OrganisationKind } from './freshness.config';
import { FreshnessRepository } from './freshness.repository';
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
    @Inject(FRESHNESS_EXPECTATIONS) private readonly expectations: FreshnessExpectations,
  ) {}

  async freshness(input: FreshnessQueryInput, viewer: AuthenticatedUser): Promise<FreshnessResult> {
    const today = this.clock.today();
    const sources = await this.repository.sources(scopeMunicipalities(input.municipality, viewer));
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const total = sources.reduce((sum, source) => sum + source.rows, 0);
    const disclosed = discloseTable(
      ['rows'] as const,
      sources.map((source) => ({ rows: source.rows })),
      { rows: total },
      this.policy,
      apply,
    );
    return {
      sources: sources.map((source, index) => {
        const expectedWithinDays =
          this.expectations[source.kind as OrganisationKind] ?? this.expectations.gemeente;
        const daysSinceLatestData = source.latestBusinessDate
          ? daysBetween(source.latestBusinessDate, today)
          : null;
        return {
          organisationCode: source.organisationCode,
          organisationName: source.organisationName,
          kind: source.kind,
          rows: disclosed.cells[index]?.rows ?? { value: null, suppressed: true },
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
      totalRows: disclosed.total.rows,
      today,
      disclosureControl: apply,
    };
  }
}
