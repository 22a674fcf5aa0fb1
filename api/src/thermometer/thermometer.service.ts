import { Inject, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { discloseCount, DisclosurePolicy, KeyedCount, perturb } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { CoverageService } from '../coverage/coverage.service';
import { MetricsClock, METRICS_CLOCK } from '../metrics/metrics.service';
import { addBuckets, bucketOf, bucketStart, yearOf } from '../metrics/periods';
import {
  COLOUR_SEVERITY,
  colourOf,
  INDICATOR_ORDER,
  THERMOMETER_INDICATORS,
  ThermometerColour,
  ThermometerIndicatorName,
  TREND_QUARTERS,
} from './thermometer.config';
import {
  changeExplanation,
  greenExplanation,
  indicatorExplanation,
  tooFewExplanation,
} from './thermometer.explanations';
import {
  Thermometer,
  ThermometerChange,
  ThermometerDomain,
  ThermometerIndicator,
  ThermometerPeriod,
  ThermometerTrendPoint,
} from './models/thermometer.model';
import { MunicipalityScope, ThermometerRepository } from './thermometer.repository';

/** The counts every indicator is built from, for one domain in one quarter. */
interface DomainCounts {
  complaints: number;
  waiting: number;
  closed: number;
  withinTerm: number;
  decided: number;
  upheld: number;
}
type CountName = keyof DomainCounts;
const COUNT_NAMES: readonly CountName[] = [
  'complaints',
  'waiting',
  'closed',
  'withinTerm',
  'decided',
  'upheld',
];
const zero = (): DomainCounts => ({
  complaints: 0,
  waiting: 0,
  closed: 0,
  withinTerm: 0,
  decided: 0,
  upheld: 0,
});

/**
 * Per indicator: the count it rests on (its basis) and the part of it the indicator is a share of. For
 * suppressed roles both are perturbed counts (api/src/disclosure) and an indicator shows figures only
 * when neither is suppressed.
 */
const INDICATOR_COUNTS: Record<ThermometerIndicatorName, { basis: CountName; part: CountName | null }> = {
  complaintsTrend: { basis: 'complaints', part: null },
  withinTerm: { basis: 'closed', part: 'withinTerm' },
  waitingShare: { basis: 'complaints', part: 'waiting' },
  upholdRate: { basis: 'decided', part: 'upheld' },
};

/** One domain in one quarter: the counts, and the sums of their records' keys. */
interface KeyedDomainCounts {
  counts: DomainCounts;
  keySums: DomainCounts;
}

/**
 * What a viewer may see of a domain in a quarter: its counts (perturbed for suppressed roles) and which
 * of them are hidden. A hidden count's perturbed value still decides the colour, as the exact count did
 * before perturbation: it is noise-protected, and its figures are not shown.
 */
interface PublishedCounts {
  counts: DomainCounts;
  hidden: ReadonlySet<CountName>;
}

interface Quarter {
  label: string;
  start: string;
  end: string;
}

export function quarterOf(start: string): Quarter {
  const period = bucketOf(start, 'QUARTER');
  const q = Math.floor(Number(start.slice(5, 7)) / 3) + 1;
  return { label: `${start.slice(0, 4)}-Q${q}`, start: period.start, end: period.end };
}

/** `2025-Q2` -> its quarter; throws BAD_USER_INPUT otherwise. */
export function parseQuarter(value: string): Quarter {
  const match = /^(\d{4})-Q([1-4])$/.exec(value);
  const year = Number(match?.[1]);
  if (!match || year < 2000 || year > 2100) {
    throw new GraphQLError(`period moet een kwartaal zijn als JJJJ-Qn (bijv. 2025-Q2), niet ${value}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const month = (Number(match[2]) - 1) * 3 + 1;
  return quarterOf(`${match[1]}-${String(month).padStart(2, '0')}-01`);
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
/** A rate per 1,000 inhabitants to 3 decimals, or null when not shown. */
const rate3 = (value: number | null, show: boolean): number | null =>
  show && value !== null ? Math.round(value * 1000) / 1000 : null;

@Injectable()
export class ThermometerService {
  constructor(
    private readonly repository: ThermometerRepository,
    private readonly coverageService: CoverageService,
    @Inject(DISCLOSURE_POLICY) private readonly policy: DisclosurePolicy,
    @Inject(METRICS_CLOCK) private readonly clock: MetricsClock,
  ) {}

  async read(period: string | null | undefined, viewer: AuthenticatedUser): Promise<Thermometer> {
    const quarter = period
      ? parseQuarter(period)
      : quarterOf(addBuckets(bucketStart(this.clock.today(), 'QUARTER'), 'QUARTER', -1));
    const lastYear = quarterOf(addBuckets(quarter.start, 'QUARTER', -4));
    const trendQuarters = Array.from({ length: TREND_QUARTERS }, (_, index) =>
      quarterOf(addBuckets(quarter.start, 'QUARTER', index - TREND_QUARTERS + 1)),
    );
    const scope: MunicipalityScope = viewer.municipalityCode;
    const applyControl = SUPPRESSED_ROLES.includes(viewer.role);
    const threshold = this.policy.threshold;

    const first = trendQuarters[0]?.start ?? lastYear.start;
    const bothQuarters = async <T>(read: (q: Quarter) => Promise<T[]>): Promise<T[]> =>
      (await Promise.all([lastYear, quarter].map(read))).flat();
    const [domains, complaints, terms, objections, population, coverage] = await Promise.all([
      this.repository.domains(),
      this.repository.complaintsPerQuarter(first, quarter.end, scope),
      // Terms and objections only for the two quarters compared (the trend shows complaints alone):
      // the months between them are most of the cells a wider range would read.
      bothQuarters((q) => this.repository.handledWithinTerm(q.start, q.end, scope)),
      bothQuarters((q) => this.repository.objectionOutcomes(q.start, q.end, scope)),
      this.repository.population(scope, [...new Set(trendQuarters.map((q) => yearOf(q.start)))]),
      this.coverageService.forRange(
        scope === null ? null : [scope],
        lastYear.start,
        quarter.end,
        this.clock.today(),
      ),
    ]);
    // The trend compares only what the same sources delivered in both quarters (ombudsman alone last
    // year, every source this year is not a rise of complaints).
    const sameSources = coverage.sameSources(quarter, lastYear);
    const commonSources = coverage.commonSources(quarter, lastYear);
    const comparableComplaints = sameSources
      ? null
      : await this.repository.complaintsPerQuarter(lastYear.start, quarter.end, scope, 'day', commonSources);
    // Complaints over only the sources that delivered both quarters: a cell of its own, with its own key sum.
    const comparableCell = (q: Quarter, domain: string): KeyedCount => {
      const row = comparableComplaints?.find(
        (found) => found.quarter === q.start && found.domainCode === domain,
      );
      return { count: row?.complaints ?? 0, keySum: row?.complaintsKeySum ?? 0 };
    };
    const quarterCoverage = coverage.of(quarter);

    // counts[quarter start][domain code]
    const counts = new Map<string, Map<string, KeyedDomainCounts>>();
    const cell = (quarterStart: string, domain: string): KeyedDomainCounts => {
      const byDomain = counts.get(quarterStart) ?? new Map<string, KeyedDomainCounts>();
      counts.set(quarterStart, byDomain);
      const found = byDomain.get(domain) ?? { counts: zero(), keySums: zero() };
      byDomain.set(domain, found);
      return found;
    };
    const set = (
      quarterStart: string,
      domain: string,
      name: CountName,
      count: number,
      keySum: number,
    ): void => {
      const found = cell(quarterStart, domain);
      found.counts[name] = count;
      found.keySums[name] = keySum;
    };
    for (const row of complaints) {
      set(row.quarter, row.domainCode, 'complaints', row.complaints, row.complaintsKeySum);
      set(row.quarter, row.domainCode, 'waiting', row.waiting, row.waitingKeySum);
    }
    for (const row of terms) {
      set(row.quarter, row.domainCode, 'closed', row.closed, row.closedKeySum);
      set(row.quarter, row.domainCode, 'withinTerm', row.withinTerm, row.withinTermKeySum);
    }
    for (const row of objections) {
      set(row.quarter, row.domainCode, 'decided', row.decided, row.decidedKeySum);
      set(row.quarter, row.domainCode, 'upheld', row.upheld, row.upheldKeySum);
    }
    // Disclosure control: every count is perturbed with its own cell key; shares, rates, changes and
    // colours are computed from the perturbed counts only.
    const published = (quarterStart: string, domain: string): PublishedCounts => {
      const found = cell(quarterStart, domain);
      const result = zero();
      const hidden = new Set<CountName>();
      for (const name of COUNT_NAMES) {
        const count = { count: found.counts[name], keySum: found.keySums[name] };
        if (discloseCount(count, this.policy, applyControl).suppressed) hidden.add(name);
        result[name] = applyControl ? perturb(count) : count.count;
      }
      return { counts: result, hidden };
    };

    const rate = (count: number, q: Quarter): number | null => {
      const inhabitants = population.get(yearOf(q.start));
      return inhabitants ? (count / inhabitants) * 1000 : null;
    };

    const result: ThermometerDomain[] = domains.map((domain) => {
      const publishedNow = published(quarter.start, domain.code);
      const publishedBefore = published(lastYear.start, domain.code);
      const now = publishedNow.counts;
      const before = publishedBefore.counts;
      const subset = (q: Quarter): { complaints: number; hidden: boolean } => {
        const keyed = comparableCell(q, domain.code);
        return {
          complaints: applyControl ? perturb(keyed) : keyed.count,
          hidden: discloseCount(keyed, this.policy, applyControl).suppressed,
        };
      };
      const subsetNow = sameSources ? null : subset(quarter);
      const subsetBefore = sameSources ? null : subset(lastYear);
      const indicators = INDICATOR_ORDER.map((name) => {
        const { basis, part } = INDICATOR_COUNTS[name];
        const used = part ? [basis, part] : [basis];
        const overSubset = name === 'complaintsTrend' && subsetNow !== null && subsetBefore !== null;
        const current = overSubset ? { ...now, complaints: subsetNow.complaints } : now;
        const previous = overSubset ? { ...before, complaints: subsetBefore.complaints } : before;
        return this.indicator(name, current, previous, {
          hidden: overSubset
            ? subsetNow.hidden || subsetBefore.hidden
            : used.some((count) => publishedNow.hidden.has(count) || publishedBefore.hidden.has(count)),
          rateNow: rate(current.complaints, quarter),
          rateBefore: rate(previous.complaints, lastYear),
          threshold,
          comparedSources: overSubset ? coverage.sourceNames(commonSources) : null,
        });
      });
      const trend = trendQuarters.map((q): ThermometerTrendPoint => {
        const point = published(q.start, domain.code);
        const count = point.counts.complaints;
        const suppressed = point.hidden.has('complaints');
        const perThousand = rate(count, q);
        return {
          quarter: q.label,
          start: q.start,
          count: suppressed ? null : count,
          ratePer1000: rate3(perThousand, !suppressed),
          suppressed,
        };
      });
      return {
        domain: domain.code,
        label: domain.label,
        ...this.verdict(now.complaints, indicators, threshold),
        indicators: indicators.map((entry) => entry.published),
        biggestChange: biggestChange(indicators),
        trend,
      };
    });

    const periodOut: ThermometerPeriod = {
      quarter: quarter.label,
      start: quarter.start,
      end: quarter.end,
      comparisonQuarter: lastYear.label,
      completeness: quarterCoverage.completeness,
      notDelivered: quarterCoverage.notDelivered,
    };
    return { period: periodOut, disclosureControl: applyControl, threshold, domains: result };
  }

  private indicator(
    name: ThermometerIndicatorName,
    now: DomainCounts,
    before: DomainCounts,
    context: {
      hidden: boolean;
      rateNow: number | null;
      rateBefore: number | null;
      threshold: number;
      /** Names of the sources compared when other sources delivered the two quarters; else null. */
      comparedSources: string[] | null;
    },
  ): EvaluatedIndicator {
    const { basis, part } = INDICATOR_COUNTS[name];
    const config = THERMOMETER_INDICATORS[name];
    const enough = (counts: DomainCounts): boolean => counts[basis] >= context.threshold;
    const share = (counts: DomainCounts): number | null =>
      part && counts[basis] > 0 ? (counts[part] / counts[basis]) * 100 : null;

    let current: number | null;
    let previous: number | null;
    let reading: number | null;
    const perInhabitants = context.rateNow !== null && context.rateBefore !== null;
    if (name === 'complaintsTrend') {
      current = context.rateNow;
      previous = context.rateBefore;
      const [a, b] = perInhabitants
        ? [context.rateNow ?? 0, context.rateBefore ?? 0]
        : [now.complaints, before.complaints];
      reading = enough(now) && enough(before) && b > 0 ? Math.round((a / b - 1) * 100) : null;
    } else {
      current = share(now);
      previous = share(before);
      reading = enough(now) && current !== null ? Math.round(current) : null;
    }
    const changePercentage =
      current !== null && previous !== null && previous > 0 ? ((current - previous) / previous) * 100 : null;
    const colour = colourOf(name, reading);
    const showFigures = !context.hidden;
    const explanation = indicatorExplanation({
      name,
      colour,
      reading,
      showFigures,
      perInhabitants,
      threshold: context.threshold,
      comparedSources: context.comparedSources,
    });
    // Only indicators whose figures the viewer may see compete for "what changed most": ranking a
    // hidden one first would tell that its small count changed.
    const comparable = showFigures && enough(now) && enough(before) && current !== null && previous !== null;
    // From 0 to something is the largest change there is; its relative change is not defined.
    const score = changePercentage ?? ((current ?? 0) > 0 ? Number.POSITIVE_INFINITY : 0);
    const figure = (value: number | null): number | null =>
      showFigures && value !== null ? round1(value) : null;
    const published: ThermometerIndicator = {
      indicator: name,
      label: config.label,
      colour,
      explanation,
      reading: showFigures ? reading : null,
      current: name === 'complaintsTrend' ? rate3(current, showFigures) : figure(current),
      previous: name === 'complaintsTrend' ? rate3(previous, showFigures) : figure(previous),
      changePercentage: figure(changePercentage),
      baseCount: showFigures ? now[basis] : null,
      previousBaseCount: showFigures ? before[basis] : null,
      suppressed: context.hidden,
      amberFrom: config.amberFrom,
      redFrom: config.redFrom,
      higherIsWorse: config.worse === 'higher',
      comparedSources: context.comparedSources,
    };
    return {
      published,
      change: comparable
        ? {
            name,
            current: current ?? 0,
            previous: previous ?? 0,
            changePercentage: score,
            perInhabitants,
          }
        : null,
    };
  }

  /** The worst colour decides; with too few complaints the domain is grey. */
  private verdict(
    complaints: number,
    indicators: readonly EvaluatedIndicator[],
    threshold: number,
  ): Pick<ThermometerDomain, 'colour' | 'explanation' | 'decidingIndicator'> {
    const coloured = indicators.filter((entry) => entry.published.colour !== 'onvoldoende_gegevens');
    if (complaints < threshold || coloured.length === 0) {
      return {
        colour: 'onvoldoende_gegevens',
        explanation: tooFewExplanation(threshold),
        decidingIndicator: null,
      };
    }
    let worst = coloured[0] as EvaluatedIndicator;
    for (const entry of coloured) {
      if (severity(entry.published.colour) > severity(worst.published.colour)) worst = entry;
    }
    if (worst.published.colour === 'groen') {
      return { colour: 'groen', explanation: greenExplanation(), decidingIndicator: null };
    }
    // The headline names the change behind the deciding colour (a level alone does not say what moved);
    // the complaint trend's own sentence already is that change.
    const change =
      worst.change && worst.published.indicator !== 'complaintsTrend'
        ? ` ${changeExplanation(worst.change)}`
        : '';
    return {
      colour: worst.published.colour,
      explanation: `${worst.published.explanation}${change}`,
      decidingIndicator: worst.published.indicator,
    };
  }
}

interface EvaluatedIndicator {
  published: ThermometerIndicator;
  change: Parameters<typeof changeExplanation>[0] | null;
}

function severity(colour: ThermometerColour): number {
  return colour === 'onvoldoende_gegevens' ? -1 : COLOUR_SEVERITY[colour];
}

/** The comparable indicator with the largest relative change (first in order on a tie). */
function biggestChange(indicators: readonly EvaluatedIndicator[]): ThermometerChange | null {
  let best: EvaluatedIndicator | null = null;
  for (const entry of indicators) {
    if (!entry.change) continue;
    if (!best?.change || Math.abs(entry.change.changePercentage) > Math.abs(best.change.changePercentage)) {
      best = entry;
    }
  }
  if (!best?.change) return null;
  return {
    indicator: best.change.name,
    label: best.published.label,
    explanation: changeExplanation(best.change),
  };
}
