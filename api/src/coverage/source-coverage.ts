import { Period } from '../metrics/periods';
import { CompletenessName, PeriodCoverage, SourceMonthCoverage } from './models/coverage.model';
import { SourceMonthRow } from './coverage.repository';

const sourceKey = (row: SourceMonthRow): string => `${row.municipalityCode}:${row.organisationId}`;
const monthEnd = (month: string): string => {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, monthNumber ?? 1, 0)).toISOString().slice(0, 10);
};

/**
 * Delivery per source and month over a range, read per period: which sources delivered the whole
 * period, and how complete the period's figures therefore are (docs/indicators/coverage.md).
 */
export class SourceCoverage {
  /** Last day of each row's month, computed once: an answer asks for every one of its periods. */
  private readonly monthEnds: readonly string[];

  constructor(private readonly rows: readonly SourceMonthRow[]) {
    this.monthEnds = rows.map((row) => monthEnd(row.month));
  }

  /** The months of the sources that overlap the period. */
  private monthsIn(period: Period): SourceMonthRow[] {
    return this.rows.filter((row, index) => row.month <= period.end && this.monthEnds[index]! >= period.start);
  }

  /** Keys of the sources expected in the period, and of those that delivered every month of it. */
  private sources(period: Period): { expected: Map<string, SourceMonthRow[]>; delivered: Set<string> } {
    const expected = new Map<string, SourceMonthRow[]>();
    for (const row of this.monthsIn(period)) {
      const months = expected.get(sourceKey(row));
      if (months) months.push(row);
      else expected.set(sourceKey(row), [row]);
    }
    const delivered = new Set(
      [...expected].filter(([, months]) => months.every((m) => m.status === 'geleverd')).map(([key]) => key),
    );
    return { expected, delivered };
  }

  of(period: Period): PeriodCoverage {
    const { expected, delivered } = this.sources(period);
    const anyPart = [...expected.values()].some((months) => (months[0]?.deliveredThrough ?? '') >= period.start);
    const completeness: CompletenessName =
      delivered.size === expected.size ? 'definitief' : anyPart ? 'voorlopig' : 'nog_niet_geleverd';
    return {
      completeness,
      sourcesDelivered: delivered.size,
      sourcesExpected: expected.size,
      notDelivered: [...expected]
        .filter(([key]) => !delivered.has(key))
        .map(([, months]) => months[0]?.organisationName ?? '')
        .sort(),
    };
  }

  /** The same sources delivered both periods in full (and no other source delivered either). */
  sameSources(a: Period, b: Period): boolean {
    const first = this.sources(a).delivered;
    const second = this.sources(b).delivered;
    return first.size === second.size && [...first].every((key) => second.has(key));
  }

  /** Organisation ids of the sources that delivered both periods in full. */
  commonSources(a: Period, b: Period): number[] {
    const first = this.sources(a).delivered;
    const second = this.sources(b).delivered;
    const ids = new Set<number>();
    for (const row of this.monthsIn(a)) {
      if (first.has(sourceKey(row)) && second.has(sourceKey(row))) ids.add(row.organisationId);
    }
    return [...ids].sort((x, y) => x - y);
  }

  /** Names of these source organisations, sorted. */
  sourceNames(organisationIds: readonly number[]): string[] {
    const names = new Set(
      this.rows.filter((row) => organisationIds.includes(row.organisationId)).map((row) => row.organisationName),
    );
    return [...names].sort();
  }

  /** Every source × month, for tables and exports. */
  months(): SourceMonthCoverage[] {
    return this.rows.map((row) => ({
      organisationCode: row.organisationCode,
      organisationName: row.organisationName,
      month: row.month,
      status: row.status,
      deliveredThrough: row.deliveredThrough,
    }));
  }
}
