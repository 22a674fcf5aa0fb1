import { Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { DisclosedCount, DisclosurePolicy } from '../disclosure/disclosure';
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
import { basedOn, discloseTable, rate } from './indicator-table';
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
  counts: Record<HandlingCount, number>;
  /** Days to closure -> closed records. */
  histogram: Map<number, number>;
}

const WAITING_COUNTS = ['complaints', 'waitingTime'] as const;
type WaitingCount = (typeof WAITING_COUNTS)[number];

const emptyStats = (): HandlingStats => ({
  counts: { received: 0, closed: 0, open: 0, withinTerm: 0, beyondTerm: 0, extended: 0, openBeyondTerm: 0 },
  histogram: new Map(),
});

@Injectable()
export class HandlingTimesService {
  constructor(
    private readonly repository: HandlingTimesRepository,
    @Inject(DISCLOSURE_POLICY) private readonly policy: DisclosurePolicy,
    @Inject(METRICS_CLOCK) private readonly clock: MetricsClock,
  ) {}

  /**
   * Median, p90, % within and beyond the legal term, % extended and open-beyond-term per bucket and
   * member. The term of each record follows from its norm (norms.ts): committee term when a committee
   * was involved, plus the maximum extension when the term was extended.
   */
  async handlingTimes(
    input: HandlingTimesQueryInput,
    viewer: AuthenticatedUser,
  ): Promise<HandlingTimesResult> {
    const today = this.clock.today();
    const { selection, buckets } = this.prepare(input, viewer, today);
    const norm = NORMS[HANDLING_TIME_FAMILIES[input.family].norm];
    const asOf = input.asOf ?? null;
    const rows = await this.repository.histogram(input.family, selection, today, undefined, asOf);
    const members = indicatorMembers(rows);
    const stats = new Map<string, HandlingStats>();
    for (const row of rows) {
      const keys =
        row.code === null
          ? [cellKey(row.period, null)]
          : [cellKey(row.period, row.code), cellKey(row.period, null)];
      for (const key of keys) {
        const cell = stats.get(key) ?? emptyStats();
        addRow(cell, row, applicableTermDays(norm, row.committee, row.extended));
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
      const cells = members.map((member) => stats.get(cellKey(bucket.period, member.code)) ?? emptyStats());
      const total = stats.get(cellKey(bucket.period, null)) ?? emptyStats();
      const disclosed = discloseTable(
        HANDLING_COUNTS,
        cells.map((cell) => cell.counts),
        total.counts,
        this.policy,
        apply,
      );
      members.forEach((member, index) => {
        const cell = disclosed.cells[index];
        if (cell) result.rows.push(handlingRow(bucket, member, cell, cells[index] ?? emptyStats()));
      });
      result.totals.push(handlingRow(bucket, null, disclosed.total, total));
    }
    return result;
  }

  /** Complaints whose primary theme is wachttijd (or a subtheme): count and share per bucket and member. */
  async waitingTime(input: IndicatorQueryInput, viewer: AuthenticatedUser): Promise<WaitingTimeResult> {
    const { selection, buckets } = this.prepare(input, viewer, this.clock.today());
    const rows = await this.repository.waitingTime(selection);
    const members = indicatorMembers(rows);
    const counts = new Map<string, Record<WaitingCount, number>>();
    const add = (key: string, row: WaitingTimeRow): void => {
      const cell = counts.get(key) ?? { complaints: 0, waitingTime: 0 };
      cell.complaints += row.complaints;
      cell.waitingTime += row.waitingTime;
      counts.set(key, cell);
    };
    for (const row of rows) {
      if (row.code !== null) add(cellKey(row.period, row.code), row);
      add(cellKey(row.period, null), row);
    }
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const result: WaitingTimeResult = { rows: [], totals: [], disclosureControl: apply };
    const zero = (): Record<WaitingCount, number> => ({ complaints: 0, waitingTime: 0 });
    for (const bucket of buckets) {
      const disclosed = discloseTable(
        WAITING_COUNTS,
        members.map((member) => counts.get(cellKey(bucket.period, member.code)) ?? zero()),
        counts.get(cellKey(bucket.period, null)) ?? zero(),
        this.policy,
        apply,
      );
      members.forEach((member, index) => {
        const cell = disclosed.cells[index];
        if (cell) result.rows.push(waitingRow(bucket, member, cell));
      });
      result.totals.push(waitingRow(bucket, null, disclosed.total));
    }
    return result;
  }

  private prepare(
    input: IndicatorQueryInput,
    viewer: AuthenticatedUser,
    today: string,
  ): { selection: IndicatorSelection; buckets: IndicatorBucket[] } {
    const granularity = input.granularity ?? null;
    const { from, to } = input.dateRange;
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
  const { counts } = stats;
  counts.received += row.count;
  if (row.extended) counts.extended += row.count;
  if (row.closed) {
    counts.closed += row.count;
    if (row.days <= term) counts.withinTerm += row.count;
    else counts.beyondTerm += row.count;
    stats.histogram.set(row.days, (stats.histogram.get(row.days) ?? 0) + row.count);
  } else {
    counts.open += row.count;
    if (row.days > term) counts.openBeyondTerm += row.count;
  }
}

function handlingRow(
  bucket: IndicatorBucket,
  member: IndicatorMember | null,
  counts: Record<HandlingCount, DisclosedCount>,
  stats: HandlingStats,
): HandlingTimeRowModel {
  return {
    period: bucket.period,
    complete: bucket.complete,
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
