import { Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { snapToGrid } from '../disclosure/aggregate-grid';
import { checkFilterGrid } from '../disclosure/filter-grid';
import { DisclosedCount, discloseCount, DisclosurePolicy, KeyedCount, rate } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { badInput, indicatorBuckets, scopeIndicatorFilters } from '../handling-times/indicator-periods';
import { METRICS_CLOCK, MetricsClock } from '../metrics/metrics.service';
import {
  CHAIN_STAGES,
  CHAIN_TRANSITIONS,
  ChainStageName,
  DEFAULT_WINDOW_DAYS,
  MAX_WINDOW_DAYS,
} from './chain.catalog';
import { ChainCountRow, ChainRepository } from './chain.repository';
import { ChainQueryInput } from './dto/chain-query.input';
import { ChainResult } from './models/chain.model';

const STAGE_NAMES = Object.keys(CHAIN_STAGES) as ChainStageName[];
const MUNICIPAL_STAGES: readonly ChainStageName[] = [
  'gemeente_informeel',
  'gemeente_formeel',
  'gemeente_onbekend',
];

@Injectable()
export class ChainService {
  constructor(
    private readonly repository: ChainRepository,
    @Inject(DISCLOSURE_POLICY) private readonly policy: DisclosurePolicy,
    @Inject(METRICS_CLOCK) private readonly clock: MetricsClock,
  ) {}

  async chain(input: ChainQueryInput, viewer: AuthenticatedUser): Promise<ChainResult> {
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const { from, to } = apply ? snapToGrid(input.dateRange, null) : input.dateRange;
    if (apply) checkFilterGrid(input.filters ?? {});
    indicatorBuckets(from, to, null, this.clock.today());
    const windowDays = input.windowDays ?? DEFAULT_WINDOW_DAYS;
    if (windowDays < 0 || windowDays > MAX_WINDOW_DAYS) {
      throw badInput(`windowDays must be between 0 and ${MAX_WINDOW_DAYS}`);
    }
    const filters = scopeIndicatorFilters<'domain'>(input.filters ?? {}, viewer);
    const rows = await this.repository.counts(from, to, filters);
    const transitions = await this.repository.transitions(CHAIN_TRANSITIONS, from, to, windowDays, filters);
    // Every count, subtotal and total is a cell of its own records (and keys), protected on its own.
    const single = (count: KeyedCount): DisclosedCount => discloseCount(count, this.policy, apply);
    const stage = (name: ChainStageName): DisclosedCount => single(stageCount(rows, [name]));
    const municipal = single(stageCount(rows, MUNICIPAL_STAGES));

    return {
      stages: STAGE_NAMES.map((name) => ({
        code: name,
        label: CHAIN_STAGES[name].label,
        count: stage(name),
      })),
      complaints: single(stageCount(rows, STAGE_NAMES)),
      objections: single(sumCounts(rows.filter((row) => row.family === 'bezwaar'))),
      escalationRate: rate(stage('tweede_lijn'), municipal),
      transitions: CHAIN_TRANSITIONS.map((step) => {
        const found = transitions.find((row) => row.from === step.from && row.to === step.to);
        const citizens = single(found?.citizens ?? NONE);
        const moved = single(found?.moved ?? NONE);
        return { ...step, citizens, moved, movedPercentage: rate(moved, citizens) };
      }),
      windowDays,
      disclosureControl: apply,
    };
  }
}

const NONE: KeyedCount = { count: 0, keySum: 0 };

function sumCounts(rows: readonly ChainCountRow[]): KeyedCount {
  return rows.reduce(
    (sum, row) => ({ count: sum.count + row.count.count, keySum: sum.keySum + row.count.keySum }),
    NONE,
  );
}

/** The complaints of the given stages (one cell: their records together). */
function stageCount(rows: readonly ChainCountRow[], names: readonly ChainStageName[]): KeyedCount {
  return sumCounts(
    rows.filter(
      (row) =>
        row.family === 'klacht' &&
        names.some((name) => {
          const stage: { lines: readonly string[]; routes: readonly string[] | null } = CHAIN_STAGES[name];
          return (
            stage.lines.includes(row.line) && (stage.routes === null || stage.routes.includes(row.route))
          );
        }),
    ),
  );
}
