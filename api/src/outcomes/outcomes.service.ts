import { Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { CoverageService, NOTHING_EXPECTED } from '../coverage/coverage.service';
import { PeriodCoverage } from '../coverage/models/coverage.model';
import { snapToGrid } from '../disclosure/aggregate-grid';
import { checkFilterGrid } from '../disclosure/filter-grid';
import {
  DisclosedCount,
  discloseCount,
  DisclosurePolicy,
  exact,
  KeyedCount,
  publishedEmpty,
  rate,
  SUPPRESSED,
} from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { HANDLING_TIME_FAMILIES } from '../handling-times/handling-times.catalog';
import {
  cellKey,
  IndicatorBucket,
  indicatorBuckets,
  IndicatorMember,
  indicatorMembers,
  scopeIndicatorFilters,
} from '../handling-times/indicator-periods';
import {
  addTo,
  deliveredCounts,
  discloseCounts,
  KeyedCounts,
  zeroCounts,
} from '../handling-times/indicator-table';
import { METRICS_CLOCK, MetricsClock } from '../metrics/metrics.service';
import { OutcomesQueryInput } from './dto/outcomes-query.input';
import { MeasuresResult, OutcomeRowModel, OutcomesResult } from './models/outcomes.model';
import { wilsonBounds } from './rate-interval';
import { OUTCOME_COUNTS, OutcomeCount, OutcomeCountsRow, OutcomesRepository } from './outcomes.repository';

type Counts = KeyedCounts<OutcomeCount>;

@Injectable()
export class OutcomesService {
  constructor(
    private readonly repository: OutcomesRepository,
    @Inject(DISCLOSURE_POLICY) private readonly policy: DisclosurePolicy,
    @Inject(METRICS_CLOCK) private readonly clock: MetricsClock,
    private readonly coverage: CoverageService,
  ) {}

  /** Uphold rate and ombudsman recommendations per bucket and member. */
  async outcomes(input: OutcomesQueryInput, viewer: AuthenticatedUser): Promise<OutcomesResult> {
    const granularity = input.granularity ?? null;
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const { from, to } = apply ? snapToGrid(input.dateRange, granularity) : input.dateRange;
    if (apply) checkFilterGrid(input.filters ?? {});
    const buckets = indicatorBuckets(from, to, granularity, this.clock.today());
    const filters = scopeIndicatorFilters(input.filters ?? {}, viewer);
    // Independent reads, on two connections at once: a cold answer waits for the slower, not the sum.
    const [rows, coverage] = await Promise.all([
      this.repository.counts(input.family, {
        from,
        to,
        granularity,
        dimension: input.dimension ?? null,
        filters,
      }),
      this.coverage.forBuckets(
        filters.municipality ?? null,
        { from, to, granularity },
        this.clock.today(),
        HANDLING_TIME_FAMILIES[input.family].fact,
      ),
    ]);
    const members = indicatorMembers(rows);
    const counts = new Map<string, Counts>();
    for (const row of rows) {
      if (row.code !== null) add(counts, cellKey(row.period, row.code), row);
      add(counts, cellKey(row.period, null), row);
    }
    const result: OutcomesResult = { rows: [], totals: [], disclosureControl: apply };
    const disclose = (key: string): Record<OutcomeCount, DisclosedCount> =>
      discloseCounts(OUTCOME_COUNTS, counts.get(key) ?? zeroCounts(OUTCOME_COUNTS), this.policy, apply);
    for (const bucket of buckets) {
      const delivered = coverage.get(bucket.period) ?? NOTHING_EXPECTED;
      for (const member of members) {
        const counts = disclose(cellKey(bucket.period, member.code));
        if (!(apply && publishedEmpty(counts))) {
          result.rows.push(outcomeRow(bucket, member, counts, delivered));
        }
      }
      result.totals.push(outcomeRow(bucket, null, disclose(cellKey(bucket.period, null)), delivered));
    }
    return result;
  }

  /**
   * The distribution of measures over upheld complaints. Measures are not additive (one complaint can
   * carry several), so each count is protected on its own cell key; the upheld total likewise, and the
   * shares are derived from the protected counts.
   */
  async measures(input: OutcomesQueryInput, viewer: AuthenticatedUser): Promise<MeasuresResult> {
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const { from, to } = apply ? snapToGrid(input.dateRange, null) : input.dateRange;
    if (apply) checkFilterGrid(input.filters ?? {});
    indicatorBuckets(from, to, null, this.clock.today());
    const filters = scopeIndicatorFilters(input.filters ?? {}, viewer);
    const data = await this.repository.measures(from, to, {
      municipality: filters.municipality,
      domain: filters.domain,
      line: filters.line,
      subjectOrganisation: filters.subjectOrganisation,
    });
    const protect = (count: KeyedCount): DisclosedCount => discloseCount(count, this.policy, apply);
    const upheld = protect(data.upheld);
    return {
      upheld,
      measures: data.rows
        .map((row) => ({ measure: row.measure, count: protect(row.count) }))
        // A measure published as 0 is left out, like one nobody took (publishedEmpty).
        .filter(({ count }) => !(apply && publishedEmpty({ count })))
        .map(({ measure, count }) => ({ measure, count, share: rate(count, upheld) })),
      disclosureControl: apply,
    };
  }
}

function add(counts: Map<string, Counts>, key: string, row: OutcomeCountsRow): void {
  const cell = counts.get(key) ?? zeroCounts(OUTCOME_COUNTS);
  for (const name of OUTCOME_COUNTS) addTo(cell, name, row.counts[name].count, row.counts[name].keySum);
  counts.set(key, cell);
}

function outcomeRow(
  bucket: IndicatorBucket,
  member: IndicatorMember | null,
  disclosed: Record<OutcomeCount, DisclosedCount>,
  coverage: PeriodCoverage,
): OutcomeRowModel {
  const counts = deliveredCounts(OUTCOME_COUNTS, disclosed, coverage);
  const known =
    counts.recommendationsFollowed.suppressed || counts.recommendationsNotFollowed.suppressed
      ? SUPPRESSED
      : exact((counts.recommendationsFollowed.value ?? 0) + (counts.recommendationsNotFollowed.value ?? 0));
  const uphold = wilsonBounds(counts.upheld, counts.decided);
  const followed = wilsonBounds(counts.recommendationsFollowed, known);
  return {
    period: bucket.period,
    complete: bucket.complete,
    coverage,
    code: member?.code ?? null,
    label: member?.label ?? null,
    ...counts,
    upholdRate: rate(counts.upheld, counts.decided),
    upholdRateLower: uphold.lower,
    upholdRateUpper: uphold.upper,
    recommendationFollowedRate: rate(counts.recommendationsFollowed, known),
    recommendationFollowedRateLower: followed.lower,
    recommendationFollowedRateUpper: followed.upper,
  };
}
