import { Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { CoverageService, NOTHING_EXPECTED } from '../coverage/coverage.service';
import { PeriodCoverage } from '../coverage/models/coverage.model';
import { snapToGrid } from '../disclosure/aggregate-grid';
import { checkFilterGrid } from '../disclosure/filter-grid';
import { basedOn, DisclosedCount, DisclosurePolicy, publishedEmpty, rate } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { METRICS_CLOCK, MetricsClock } from '../metrics/metrics.service';
import { mapNorm } from '../norms/norms.service';
import { applicableTermDays, NORMS } from '../norms/norms';
import { HandlingTimesQueryInput, IndicatorQueryInput } from './dto/indicator-query.input';
import { HANDLING_TIME_FAMILIES } from './handling-times.catalog';
import { HandlingTimeRow, HandlingTimesRepository, WaitingTimeRow } from './handling-times.repository';
import { percentile } from './histogram';
import {
  cellKey,
  IndicatorBucket,
  indicatorBuckets,
  IndicatorMember,
  indicatorMembers,
  scopeIndicatorFilters,
} from './indicator-periods';
import { addTo, deliveredCounts, discloseCounts, KeyedCounts, zeroCounts } from './indicator-table';
import { IndicatorSelection } from './indicator-sql';
import {
  HandlingTimeRowModel,
  HandlingTimesResult,
  WaitingTimeResult,
  WaitingTimeRowModel,
} from './models/handling-times.model';

const HANDLING_COUNTS = [
  'received',
  'closed',
  'open',
  'withinTerm',
  'beyondTerm',
  'extended',
  'openBeyondTerm',
] as const;
type HandlingCount = (typeof HANDLING_COUNTS)[number];

interface HandlingStats {
  counts: KeyedCounts<HandlingCount>;
  /** Days to closure -> closed records. */
  histogram: Map<number, number>;
}

const WAITING_COUNTS = ['complaints', 'waitingTime'] as const;
type WaitingCount = (typeof WAITING_COUNTS)[number];

const emptyStats = (): HandlingStats => ({ counts: zeroCounts(HANDLING_COUNTS), histogram: new Map() });

@Injectable()
export class HandlingTimesService {
  constructor(
    private readonly repository: HandlingTimesRepository,
    @Inject(DISCLOSURE_POLICY) private readonly policy: DisclosurePolicy,
    @Inject(METRICS_CLOCK) private readonly clock: MetricsClock,
    private readonly coverage: CoverageService,
  ) {}

  /**
   * Median, p90, % within and beyond the legal term, % extended and open-beyond-term per bucket and
   * member. The term of each record is its own (from the source or a handling norm) or else follows from
   * its norm (norms.ts): committee term when a committee was involved; plus the maximum extension when
   * the term was extended.
   */
  async handlingTimes(
    input: HandlingTimesQueryInput,
    viewer: AuthenticatedUser,
  ): Promise<HandlingTimesResult> {
    const today = this.clock.today();
    const { selection, buckets } = this.prepare(input, viewer, today);
    const norm = NORMS[HANDLING_TIME_FAMILIES[input.family].norm];
    const asOf = input.asOf ?? null;
    // Independent reads, on two connections at once: a cold answer waits for the slower, not the sum.
    const [rows, coverage] = await Promise.all([
      this.repository.histogram(input.family, selection, today, asOf),
      this.coverage.forBuckets(
        selection.filters.municipality ?? null,
        selection,
        today,
        HANDLING_TIME_FAMILIES[input.family].fact,
      ),
    ]);
    const members = indicatorMembers(rows);
    const stats = new Map<string, HandlingStats>();
    for (const row of rows) {
      const keys =
        row.code === null
          ? [cellKey(row.period, null)]
          : [cellKey(row.period, row.code), cellKey(row.period, null)];
      for (const key of keys) {
        const cell = stats.get(key) ?? emptyStats();
        addRow(cell, row, applicableTermDays(norm, row.committee, row.extended, row.termDays));
        stats.set(key, cell);
      }
    }
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const result: HandlingTimesResult = {
      family: input.family,
      norm: mapNorm(norm),
      rows: [],
      totals: [],
      disclosureControl: apply,
      openAsOf: asOf,
    };
    for (const bucket of buckets) {
      const delivered = coverage.get(bucket.period) ?? NOTHING_EXPECTED;
      const disclose = (cell: HandlingStats): Record<HandlingCount, DisclosedCount> =>
        deliveredCounts(
          HANDLING_COUNTS,
          discloseCounts(HANDLING_COUNTS, cell.counts, this.policy, apply),
          delivered,
        );
      for (const member of members) {
        const cell = stats.get(cellKey(bucket.period, member.code)) ?? emptyStats();
        const counts = disclose(cell);
        if (apply && publishedEmpty(counts)) continue;
        result.rows.push(handlingRow(bucket, member, counts, cell, delivered));
      }
      const total = stats.get(cellKey(bucket.period, null)) ?? emptyStats();
      result.totals.push(handlingRow(bucket, null, disclose(total), total, delivered));
    }
    return result;
  }

  /** Complaints whose primary theme is wachttijd (or a subtheme): count and share per bucket and member. */
  async waitingTime(input: IndicatorQueryInput, viewer: AuthenticatedUser): Promise<WaitingTimeResult> {
    const { selection, buckets } = this.prepare(input, viewer, this.clock.today());
    const rows = await this.repository.waitingTime(selection);
    const members = indicatorMembers(rows);
    const counts = new Map<string, KeyedCounts<WaitingCount>>();
    const add = (key: string, row: WaitingTimeRow): void => {
      const cell = counts.get(key) ?? zeroCounts(WAITING_COUNTS);
      addTo(cell, 'complaints', row.complaints, row.complaintsKeySum);
      addTo(cell, 'waitingTime', row.waitingTime, row.waitingTimeKeySum);
      counts.set(key, cell);
    };
    for (const row of rows) {
      if (row.code !== null) add(cellKey(row.period, row.code), row);
      add(cellKey(row.period, null), row);
    }
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const result: WaitingTimeResult = { rows: [], totals: [], disclosureControl: apply };
    const disclose = (key: string): Record<WaitingCount, DisclosedCount> =>
      discloseCounts(WAITING_COUNTS, counts.get(key) ?? zeroCounts(WAITING_COUNTS), this.policy, apply);
    for (const bucket of buckets) {
      for (const member of members) {
        const counts = disclose(cellKey(bucket.period, member.code));
        if (!(apply && publishedEmpty(counts))) result.rows.push(waitingRow(bucket, member, counts));
      }
      result.totals.push(waitingRow(bucket, null, disclose(cellKey(bucket.period, null))));
    }
    return result;
  }

  private prepare(
    input: IndicatorQueryInput,
    viewer: AuthenticatedUser,
    today: string,
  ): { selection: IndicatorSelection; buckets: IndicatorBucket[] } {
    const granularity = input.granularity ?? null;
    const aggregateOnly = SUPPRESSED_ROLES.includes(viewer.role);
    const { from, to } = aggregateOnly ? snapToGrid(input.dateRange, granularity) : input.dateRange;
    if (aggregateOnly) checkFilterGrid(input.filters ?? {});
    const buckets = indicatorBuckets(from, to, granularity, today);
    const selection: IndicatorSelection = {
      from,
      to,
      granularity,
      dimension: input.dimension ?? null,
      filters: scopeIndicatorFilters(input.filters ?? {}, viewer),
    };
    return { selection, buckets };
  }
}

function addRow(stats: HandlingStats, row: HandlingTimeRow, term: number): void {
  const add = (name: HandlingCount): void => addTo(stats.counts, name, row.count, row.keySum);
  add('received');
  if (row.extended) add('extended');
  if (row.closed) {
    add('closed');
    add(row.days <= term ? 'withinTerm' : 'beyondTerm');
    stats.histogram.set(row.days, (stats.histogram.get(row.days) ?? 0) + row.count);
  } else {
    add('open');
    if (row.days > term) add('openBeyondTerm');
  }
}

function handlingRow(
  bucket: IndicatorBucket,
  member: IndicatorMember | null,
  counts: Record<HandlingCount, DisclosedCount>,
  stats: HandlingStats,
  coverage: PeriodCoverage,
): HandlingTimeRowModel {
  return {
    period: bucket.period,
    complete: bucket.complete,
    coverage,
    code: member?.code ?? null,
    label: member?.label ?? null,
    ...counts,
    medianDays: basedOn(counts.closed, percentile(stats.histogram, 0.5)),
    p90Days: basedOn(counts.closed, percentile(stats.histogram, 0.9)),
    withinTermPercentage: rate(counts.withinTerm, counts.closed),
    beyondTermPercentage: rate(counts.beyondTerm, counts.closed),
    extendedPercentage: rate(counts.extended, counts.received),
  };
}

function waitingRow(
  bucket: IndicatorBucket,
  member: IndicatorMember | null,
  counts: Record<WaitingCount, DisclosedCount>,
): WaitingTimeRowModel {
  return {
    period: bucket.period,
    complete: bucket.complete,
    code: member?.code ?? null,
    label: member?.label ?? null,
    ...counts,
    waitingTimeShare: rate(counts.waitingTime, counts.complaints),
  };
}
