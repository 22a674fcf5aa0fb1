import { Inject, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { snapToGrid } from '../disclosure/aggregate-grid';
import { checkFilterGrid } from '../disclosure/filter-grid';
import { estimateCombinations } from '../hardening/answer-estimate';
import {
  DisclosedCount,
  DisclosurePolicy,
  discloseCount,
  KeyedCount,
  publishedEmpty,
} from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { CoverageService } from '../coverage/coverage.service';
import { PeriodCoverage } from '../coverage/models/coverage.model';
import {
  BASE_COUNTS,
  BaseCount,
  ComparisonName,
  DimensionName,
  GranularityName,
  MEASURES,
  MeasureName,
} from './catalog';
import { MetricsQueryInput } from './dto/metrics-query.input';
import { AggregateRow, MetricsFilters, MetricsRepository } from './metrics.repository';
import { MetricDimensionValue, MetricRow, MetricsResult, MetricValue } from './models/metrics-result.model';
import {
  addDays,
  daysBetween,
  isIsoDate,
  listBuckets,
  Period,
  previousPeriod,
  shiftYear,
  yearOf,
} from './periods';

/** Today's calendar date (Europe/Amsterdam); injectable so tests can fix "now". */
export interface MetricsClock {
  today(): string;
}
export const METRICS_CLOCK = Symbol('METRICS_CLOCK');
// Built once: constructing a DateTimeFormat costs about a millisecond, and every cached answer asks.
const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

export const systemClock: MetricsClock = {
  today: () => amsterdamDate.format(new Date()),
};

export const MAX_DIMENSIONS = 2;
export const MAX_BUCKETS = 530;
/** Rows in one answer (periods × combinations of dimension values): about 6 MB of JSON. */
export const MAX_ANSWER_ROWS = 20_000;

/** Refuses an answer larger than MAX_ANSWER_ROWS before it is disclosed, built and sent. */
export function checkAnswerSize(periods: number, combinations: number): void {
  const rows = periods * Math.max(1, combinations);
  if (rows > MAX_ANSWER_ROWS) {
    throw badInput(
      `Het antwoord wordt te groot (${rows} rijen, maximaal ${MAX_ANSWER_ROWS}); kies een grovere tijdsindeling, een kortere periode of minder uitsplitsingen`,
    );
  }
}

/** Below this base count a change is flagged as small numbers ("2 -> 4 is not +100%"). */
export const SMALL_NUMBER_BASE = 10;

type Counts = Record<BaseCount, KeyedCount>;

/** All counts of one period: per combination of dimension codes, and the total. */
interface PeriodData {
  cells: Map<string, Counts>;
  total: Counts;
}

/** The same, after disclosure control; and the population for rates. */
interface DisclosedPeriod {
  cells: Map<string, Record<BaseCount, DisclosedCount>>;
  total: Record<BaseCount, DisclosedCount>;
  population: number | null;
}

interface Bucket {
  period: Period;
  /** The part of the bucket inside the requested range. */
  covered: Period;
  complete: boolean;
  /** What this bucket is compared with; null when not compared. */
  comparison: Period | null;
}

interface Combo {
  key: string;
  codes: string[];
  labels: string[];
}

const BASE_NAMES = Object.keys(BASE_COUNTS) as BaseCount[];
const zeroCounts = (): Counts => ({
  caseCount: { count: 0, keySum: 0 },
  closedCount: { count: 0, keySum: 0 },
});
const comboKey = (codes: readonly string[]): string => JSON.stringify(codes);

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

@Injectable()
export class MetricsService {
  constructor(
    private readonly repository: MetricsRepository,
    private readonly coverageService: CoverageService,
    @Inject(DISCLOSURE_POLICY) private readonly policy: DisclosurePolicy,
    @Inject(METRICS_CLOCK) private readonly clock: MetricsClock,
  ) {}

  async query(input: MetricsQueryInput, viewer: AuthenticatedUser): Promise<MetricsResult> {
    const dimensions = input.dimensions ?? [];
    const granularity = input.granularity ?? null;
    validate(input, dimensions, granularity);
    const disclosureControl = SUPPRESSED_ROLES.includes(viewer.role);
    const { from, to } = disclosureControl ? snapToGrid(input.dateRange, granularity) : input.dateRange;
    if (disclosureControl) checkFilterGrid(input.filters ?? {});
    const filters = scopeFilters(input.filters ?? {}, viewer);
    const buckets = this.buckets(
      from,
      to,
      granularity,
      input.comparison ?? 'NONE',
      input.periodToDate ?? false,
    );

    // Sized before the SQL runs (issue 19, finding 3); checked again on the real combinations below.
    const distinct = await this.repository.distinctEstimates(dimensions);
    checkAnswerSize(buckets.length, estimateCombinations(dimensions, filters, distinct));
    const years = [
      ...new Set(buckets.flatMap((b) => [b.period, ...(b.comparison ? [b.comparison] : [])])),
    ].map((p) => yearOf(p.start));
    const spans = buckets.flatMap((b) => [b.covered, ...(b.comparison ? [b.comparison] : [])]);
    // Independent reads, on several connections at once: a cold answer waits for the slowest, not the sum.
    const [currentRows, previous, population, coverage] = await Promise.all([
      this.repository.aggregate({ from, to, granularity, dimensions, filters }),
      this.comparisonData(buckets, granularity, dimensions, filters),
      this.repository.population(filters.municipality ?? null, [...new Set(years)]),
      this.coverageService.forRange(
        filters.municipality ?? null,
        spans.map((p) => p.start).sort()[0] ?? from,
        spans
          .map((p) => p.end)
          .sort()
          .at(-1) ?? to,
        this.clock.today(),
      ),
    ]);
    const current = groupByPeriod(currentRows, granularity);
    const combos = collectCombos([...current.rows, ...previous.rows], dimensions.length);
    checkAnswerSize(buckets.length, combos.list.length);

    const disclose = (data: PeriodData | undefined, period: Period): DisclosedPeriod => ({
      ...this.disclose(data ?? { cells: new Map(), total: zeroCounts() }, combos, disclosureControl),
      population: population.get(yearOf(period.start)) ?? null,
    });

    const rows: MetricRow[] = [];
    const totals: MetricRow[] = [];
    for (const bucket of buckets) {
      const key = granularity ? bucket.period.start : '';
      const now = disclose(current.byPeriod.get(key), bucket.period);
      const before = bucket.comparison
        ? disclose(previous.byBucket.get(bucket.period.start), bucket.comparison)
        : null;
      const period = granularity ? bucket.period.start : null;
      const bucketCoverage = coverage.of(bucket.covered);
      const previousCoverage = bucket.comparison ? coverage.of(bucket.comparison) : null;
      const comparable = !bucket.comparison || coverage.sameSources(bucket.covered, bucket.comparison);
      const delivered = (metric: MetricValue): MetricValue =>
        withCoverage(metric, bucketCoverage, previousCoverage, comparable);
      for (const combo of combos.list) {
        const cell = now.cells.get(combo.key);
        if (!cell) continue;
        const compared = before?.cells.get(combo.key);
        // A combination published as all zeros looks like one without records (publishedEmpty).
        if (disclosureControl && publishedEmpty(cell) && (!compared || publishedEmpty(compared))) continue;
        rows.push({
          period,
          complete: bucket.complete,
          coverage: bucketCoverage,
          comparable,
          dimensions: dimensions.map((dimension, index): MetricDimensionValue => ({
            dimension,
            code: combo.codes[index] ?? '',
            label: combo.labels[index] ?? '',
          })),
          values: input.measures.map((measure) =>
            delivered(
              value(
                measure,
                cell,
                now.population,
                before ? (before.cells.get(combo.key) ?? null) : null,
                before,
              ),
            ),
          ),
        });
      }
      totals.push({
        period,
        complete: bucket.complete,
        coverage: bucketCoverage,
        comparable,
        dimensions: [],
        values: input.measures.map((measure) =>
          delivered(value(measure, now.total, now.population, before?.total ?? null, before)),
        ),
      });
    }
    return { rows, totals, disclosureControl, sourceMonths: coverage.months() };
  }

  /**
   * Buckets of the range and what each is compared with. A bucket is complete when it lies fully
   * inside the range and its last day is before today. By default only complete buckets are compared
   * (with the complete previous bucket, or the same bucket a year earlier). With periodToDate an
   * incomplete bucket is compared with the same days of its comparison period: from the same offset
   * as its first covered day up to the offset of the last covered day that has passed (at most
   * yesterday).
   */
  private buckets(
    from: string,
    to: string,
    granularity: GranularityName | null,
    comparison: ComparisonName,
    periodToDate: boolean,
  ): Bucket[] {
    const today = this.clock.today();
    const periods = granularity ? listBuckets(from, to, granularity) : [{ start: from, end: to }];
    return periods.map((period) => {
      const covered = { start: max(period.start, from), end: min(period.end, to) };
      const complete = period.start >= from && period.end <= to && period.end < today;
      const shifted =
        comparison === 'NONE'
          ? null
          : comparison === 'PREVIOUS_PERIOD'
            ? previousPeriod(period, granularity)
            : shiftYear(period, granularity);
      let compared: Period | null = null;
      if (shifted && complete) {
        compared = shifted;
      } else if (shifted && periodToDate) {
        const lastPassed = min(covered.end, addDays(today, -1));
        if (lastPassed >= covered.start) {
          compared = {
            start: addDays(shifted.start, daysBetween(period.start, covered.start)),
            end: min(shifted.end, addDays(shifted.start, daysBetween(period.start, lastPassed))),
          };
        }
      }
      return { period, covered, complete, comparison: compared };
    });
  }

  /** Comparison counts per current bucket: whole buckets in one query, partial periods one by one. */
  private async comparisonData(
    buckets: readonly Bucket[],
    granularity: GranularityName | null,
    dimensions: readonly DimensionName[],
    filters: MetricsFilters,
  ): Promise<{ byBucket: Map<string, PeriodData>; rows: AggregateRow[] }> {
    const byBucket = new Map<string, PeriodData>();
    const rows: AggregateRow[] = [];
    const whole = granularity ? buckets.filter((b) => b.comparison && b.complete) : [];
    if (granularity && whole.length > 0) {
      const from = whole.map((b) => b.comparison?.start ?? '').sort()[0] ?? '';
      const to =
        whole
          .map((b) => b.comparison?.end ?? '')
          .sort()
          .at(-1) ?? '';
      const fetched = await this.repository.aggregate({ from, to, granularity, dimensions, filters });
      const grouped = groupByPeriod(fetched, granularity);
      rows.push(...fetched);
      for (const bucket of whole) {
        const data = grouped.byPeriod.get(bucket.comparison?.start ?? '');
        if (data) byBucket.set(bucket.period.start, data);
      }
    }
    for (const bucket of buckets) {
      if (!bucket.comparison || whole.includes(bucket)) continue;
      const { start, end } = bucket.comparison;
      const fetched = await this.repository.aggregate({
        from: start,
        to: end,
        granularity: null,
        dimensions,
        filters,
      });
      rows.push(...fetched);
      const data = groupByPeriod(fetched, null).byPeriod.get('');
      if (data) byBucket.set(bucket.period.start, data);
    }
    return { byBucket, rows };
  }

  /**
   * Disclosure control of one period: for roles that see aggregates only every base count of every
   * cell, and of the total (its own cell), is perturbed with its cell key and small results suppressed
   * (api/src/disclosure). Other roles get exact values.
   */
  private disclose(data: PeriodData, combos: Combos, apply: boolean): Omit<DisclosedPeriod, 'population'> {
    const protect = (counts: Counts): Record<BaseCount, DisclosedCount> =>
      Object.fromEntries(
        BASE_NAMES.map((base) => [base, discloseCount(counts[base], this.policy, apply)]),
      ) as Record<BaseCount, DisclosedCount>;
    const cells = new Map<string, Record<BaseCount, DisclosedCount>>();
    // Without dimensions the single row is the total.
    for (const combo of combos.list) {
      cells.set(
        combo.key,
        protect(combo.codes.length === 0 ? data.total : (data.cells.get(combo.key) ?? zeroCounts())),
      );
    }
    return { cells, total: protect(data.total) };
  }
}

class Combos {
  readonly list: Combo[] = [];
  readonly byKey = new Map<string, Combo>();
  readonly first: string[] = [];
  readonly second: string[] = [];
  private readonly labels = [new Map<string, string>(), new Map<string, string>()];

  add(codes: string[], labels?: string[]): void {
    codes.forEach((code, index) => {
      const known = this.labels[index];
      if (known && !known.has(code)) {
        known.set(code, labels?.[index] ?? code);
        (index === 0 ? this.first : this.second).push(code);
      }
    });
    const key = comboKey(codes);
    if (this.byKey.has(key)) return;
    const combo = { key, codes, labels: codes.map((code, index) => this.labels[index]?.get(code) ?? code) };
    this.byKey.set(key, combo);
    this.list.push(combo);
    this.list.sort((a, b) => a.key.localeCompare(b.key));
  }
}

function collectCombos(rows: readonly AggregateRow[], dimensionCount: number): Combos {
  const combos = new Combos();
  if (dimensionCount === 0) {
    combos.add([]);
    return combos;
  }
  for (const row of rows) combos.add(row.codes, row.labels);
  return combos;
}

function groupByPeriod(
  rows: readonly AggregateRow[],
  granularity: GranularityName | null,
): { byPeriod: Map<string, PeriodData>; rows: readonly AggregateRow[] } {
  const byPeriod = new Map<string, PeriodData>();
  for (const row of rows) {
    const key = granularity ? (row.period ?? '') : '';
    const data = byPeriod.get(key) ?? { cells: new Map<string, Counts>(), total: zeroCounts() };
    const cellKey = comboKey(row.codes);
    const cell = data.cells.get(cellKey) ?? zeroCounts();
    for (const base of BASE_NAMES) {
      for (const target of [cell[base], data.total[base]]) {
        target.count += row.counts[base];
        target.keySum += row.keySums[base];
      }
    }
    data.cells.set(cellKey, cell);
    byPeriod.set(key, data);
  }
  return { byPeriod, rows };
}

/** One measure of one cell, with its comparison. */
function value(
  measure: MeasureName,
  now: Record<BaseCount, DisclosedCount>,
  population: number | null,
  before: Record<BaseCount, DisclosedCount> | null,
  beforePeriod: DisclosedPeriod | null,
): MetricValue {
  const definition = MEASURES[measure];
  const compared = beforePeriod !== null;
  const previousCounts = before ?? (compared ? zeroDisclosed() : null);
  if (definition.type === 'count') {
    const current = now[definition.base];
    const previous = previousCounts?.[definition.base] ?? null;
    return compare(measure, current, previous, current.value, previous?.value ?? null, false);
  }
  const numerator = now[definition.numerator];
  const previousNumerator = previousCounts?.[definition.numerator] ?? null;
  const rate = (count: DisclosedCount, denominator: number | null): DisclosedCount =>
    count.suppressed
      ? count
      : {
          value: denominator && count.value !== null ? (count.value / denominator) * definition.per : null,
          suppressed: false,
        };
  return compare(
    measure,
    rate(numerator, population),
    previousNumerator ? rate(previousNumerator, beforePeriod?.population ?? null) : null,
    numerator.value,
    previousNumerator?.value ?? null,
    true,
  );
}

/**
 * A period no source delivered has no figures (null, never 0); a comparison with a period other
 * sources delivered is not computed (docs/indicators/coverage.md).
 */
function withCoverage(
  metric: MetricValue,
  coverage: PeriodCoverage,
  previousCoverage: PeriodCoverage | null,
  comparable: boolean,
): MetricValue {
  const notDelivered = coverage.completeness === 'nog_niet_geleverd';
  const previousNotDelivered = previousCoverage?.completeness === 'nog_niet_geleverd';
  const noChange = notDelivered || previousNotDelivered || !comparable;
  return {
    ...metric,
    value: notDelivered ? null : metric.value,
    previousValue: previousNotDelivered ? null : metric.previousValue,
    change: noChange ? null : metric.change,
    changePercentage: noChange ? null : metric.changePercentage,
    changePercentagePoints: noChange ? null : metric.changePercentagePoints,
    smallNumbers: noChange ? null : metric.smallNumbers,
  };
}

function zeroDisclosed(): Record<BaseCount, DisclosedCount> {
  return { caseCount: { value: 0, suppressed: false }, closedCount: { value: 0, suppressed: false } };
}

function compare(
  measure: MeasureName,
  current: DisclosedCount,
  previous: DisclosedCount | null,
  baseNow: number | null,
  basePrevious: number | null,
  ratio: boolean,
): MetricValue {
  const previousValue = previous?.value ?? null;
  const change = current.value !== null && previousValue !== null ? current.value - previousValue : null;
  // Never derived from a hidden value: that would tell the reader it is below 10.
  const smallNumbers =
    current.suppressed || previous?.suppressed
      ? null
      : (baseNow ?? 0) < SMALL_NUMBER_BASE || (previous !== null && (basePrevious ?? 0) < SMALL_NUMBER_BASE);
  return {
    measure,
    value: current.value,
    suppressed: current.suppressed,
    previousValue,
    previousSuppressed: previous?.suppressed ?? false,
    change,
    changePercentage:
      !ratio && change !== null && !smallNumbers && previousValue ? (change / previousValue) * 100 : null,
    changePercentagePoints: ratio ? change : null,
    smallNumbers,
  };
}

function validate(
  input: MetricsQueryInput,
  dimensions: readonly DimensionName[],
  granularity: GranularityName | null,
): void {
  const { from, to } = input.dateRange;
  if (input.measures.length === 0) throw badInput('Ask for at least one measure');
  if (dimensions.length > MAX_DIMENSIONS) throw badInput(`At most ${MAX_DIMENSIONS} dimensions`);
  if (new Set(dimensions).size !== dimensions.length) throw badInput('A dimension may occur only once');
  if (!isIsoDate(from) || !isIsoDate(to)) throw badInput('dateRange needs ISO dates (YYYY-MM-DD)');
  if (from > to) throw badInput('dateRange.from must not be after dateRange.to');
  const count = granularity ? listBuckets(from, to, granularity).length : 1;
  if (count > MAX_BUCKETS) throw badInput(`Too many periods (${count}); at most ${MAX_BUCKETS}`);
}

/** A viewer bound to one municipality only ever sees that municipality, whatever the filter says. */
function scopeFilters(filters: MetricsFilters, viewer: AuthenticatedUser): MetricsFilters {
  if (viewer.municipalityCode === null) return filters;
  const own = viewer.municipalityCode;
  const requested = filters.municipality;
  return { ...filters, municipality: requested ? requested.filter((code) => code === own) : [own] };
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}

function max(a: string, b: string): string {
  return a > b ? a : b;
}
