import { Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { DisclosedCount, DisclosurePolicy, protectOneWay } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import {
  cellKey,
  IndicatorBucket,
  indicatorBuckets,
  IndicatorMember,
  indicatorMembers,
  scopeIndicatorFilters,
} from '../handling-times/indicator-periods';
import { discloseTable, exact, rate } from '../handling-times/indicator-table';
import { METRICS_CLOCK, MetricsClock } from '../metrics/metrics.service';
import { OutcomesQueryInput } from './dto/outcomes-query.input';
import { MeasuresResult, OutcomeRowModel, OutcomesResult } from './models/outcomes.model';
import { OutcomeCountsRow, OutcomesRepository } from './outcomes.repository';

const OUTCOME_COUNTS = [
  'received',
  'decided',
  'upheld',
  'gegrond',
  'deelsGegrond',
  'ongegrond',
  'recommendationsMade',
  'recommendationsFollowed',
  'recommendationsNotFollowed',
] as const;
type OutcomeCount = (typeof OUTCOME_COUNTS)[number];
type Counts = Record<OutcomeCount, number>;

const zero = (): Counts => ({
  received: 0,
  decided: 0,
  upheld: 0,
  gegrond: 0,
  deelsGegrond: 0,
  ongegrond: 0,
  recommendationsMade: 0,
  recommendationsFollowed: 0,
  recommendationsNotFollowed: 0,
});

@Injectable()
export class OutcomesService {
  constructor(
    private readonly repository: OutcomesRepository,
    @Inject(DISCLOSURE_POLICY) private readonly policy: DisclosurePolicy,
    @Inject(METRICS_CLOCK) private readonly clock: MetricsClock,
  ) {}

  /** Uphold rate and ombudsman recommendations per bucket and member. */
  async outcomes(input: OutcomesQueryInput, viewer: AuthenticatedUser): Promise<OutcomesResult> {
    const granularity = input.granularity ?? null;
    const { from, to } = input.dateRange;
    const buckets = indicatorBuckets(from, to, granularity, this.clock.today());
    const rows = await this.repository.counts(input.family, {
      from,
      to,
      granularity,
      dimension: input.dimension ?? null,
      filters: scopeIndicatorFilters(input.filters ?? {}, viewer),
    });
    const members = indicatorMembers(rows);
    const counts = new Map<string, Counts>();
    for (const row of rows) {
      if (row.code !== null) add(counts, cellKey(row.period, row.code), row);
      add(counts, cellKey(row.period, null), row);
    }
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const result: OutcomesResult = { rows: [], totals: [], disclosureControl: apply };
    for (const bucket of buckets) {
      const disclosed = discloseTable(
        OUTCOME_COUNTS,
        members.map((member) => counts.get(cellKey(bucket.period, member.code)) ?? zero()),
        counts.get(cellKey(bucket.period, null)) ?? zero(),
        this.policy,
        apply,
      );
      members.forEach((member, index) => {
        const cell = disclosed.cells[index];
        if (cell) result.rows.push(outcomeRow(bucket, member, cell));
      });
      result.totals.push(outcomeRow(bucket, null, disclosed.total));
    }
    return result;
  }

  /**
   * The distribution of measures over upheld complaints. Measures are not additive (one complaint can
   * carry several), so each count is protected on its own (primary suppression); the upheld total is
   * protected likewise.
   */
  async measures(input: OutcomesQueryInput, viewer: AuthenticatedUser): Promise<MeasuresResult> {
    const { from, to } = input.dateRange;
    indicatorBuckets(from, to, null, this.clock.today());
    const filters = scopeIndicatorFilters(input.filters ?? {}, viewer);
    const data = await this.repository.measures(from, to, {
      municipality: filters.municipality,
      domain: filters.domain,
      line: filters.line,
      subjectOrganisation: filters.subjectOrganisation,
    });
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const protect = (count: number): DisclosedCount =>
      apply ? protectOneWay([], count, this.policy).total : exact(count);
    const upheld = protect(data.upheld);
    return {
      upheld,
      measures: data.rows.map((row) => {
        const count = protect(row.count);
        return { measure: row.measure, count, share: rate(count, upheld) };
      }),
      disclosureControl: apply,
    };
  }
}

function add(counts: Map<string, Counts>, key: string, row: OutcomeCountsRow): void {
  const cell = counts.get(key) ?? zero();
  for (const name of OUTCOME_COUNTS) cell[name] += row[name];
  counts.set(key, cell);
}

function outcomeRow(
  bucket: IndicatorBucket,
  member: IndicatorMember | null,
  counts: Record<OutcomeCount, DisclosedCount>,
): OutcomeRowModel {
  const known =
    counts.recommendationsFollowed.suppressed || counts.recommendationsNotFollowed.suppressed
      ? { value: null, suppressed: true }
      : exact((counts.recommendationsFollowed.value ?? 0) + (counts.recommendationsNotFollowed.value ?? 0));
  return {
    period: bucket.period,
    complete: bucket.complete,
    code: member?.code ?? null,
    label: member?.label ?? null,
    ...counts,
    upholdRate: rate(counts.upheld, counts.decided),
    recommendationFollowedRate: rate(counts.recommendationsFollowed, known),
  };
}
