import { Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { DisclosedCount, DisclosurePolicy, protectOneWay } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { badInput, indicatorBuckets, scopeIndicatorFilters } from '../handling-times/indicator-periods';
import { exact, rate, SUPPRESSED } from '../handling-times/indicator-table';
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
    const { from, to } = input.dateRange;
    indicatorBuckets(from, to, null, this.clock.today());
    const windowDays = input.windowDays ?? DEFAULT_WINDOW_DAYS;
    if (windowDays < 0 || windowDays > MAX_WINDOW_DAYS) {
      throw badInput(`windowDays must be between 0 and ${MAX_WINDOW_DAYS}`);
    }
    const filters = scopeIndicatorFilters<'domain'>(input.filters ?? {}, viewer);
    const rows = await this.repository.counts(from, to, filters);
    const transitions = await this.repository.transitions(CHAIN_TRANSITIONS, from, to, windowDays, filters);
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const single = (count: number): DisclosedCount =>
      apply ? protectOneWay([], count, this.policy).total : exact(count);

    const stageCounts = STAGE_NAMES.map((stage) => stageCount(rows, stage));
    const total = stageCounts.reduce((sum, count) => sum + count, 0);
    const disclosed = apply
      ? protectOneWay(stageCounts, total, this.policy)
      : { cells: stageCounts.map(exact), total: exact(total) };
    const stage = (name: ChainStageName): DisclosedCount =>
      disclosed.cells[STAGE_NAMES.indexOf(name)] ?? SUPPRESSED;
    // The municipal subtotal is only as public as all of its parts.
    const municipal = MUNICIPAL_STAGES.some((name) => stage(name).suppressed)
      ? SUPPRESSED
      : exact(MUNICIPAL_STAGES.reduce((sum, name) => sum + (stage(name).value ?? 0), 0));

    return {
      stages: STAGE_NAMES.map((name) => ({
        code: name,
        label: CHAIN_STAGES[name].label,
        count: stage(name),
      })),
      complaints: disclosed.total,
      objections: single(
        rows.filter((row) => row.family === 'bezwaar').reduce((sum, row) => sum + row.count, 0),
      ),
      escalationRate: rate(stage('tweede_lijn'), municipal),
      transitions: CHAIN_TRANSITIONS.map((step) => {
        const found = transitions.find((row) => row.from === step.from && row.to === step.to);
        const citizens = single(found?.citizens ?? 0);
        const moved = single(found?.moved ?? 0);
        return { ...step, citizens, moved, movedPercentage: rate(moved, citizens) };
      }),
      windowDays,
      disclosureControl: apply,
    };
  }
}

function stageCount(rows: readonly ChainCountRow[], name: ChainStageName): number {
  const stage: { lines: readonly string[]; routes: readonly string[] | null } = CHAIN_STAGES[name];
  return rows
    .filter(
      (row) =>
        row.family === 'klacht' &&
        stage.lines.includes(row.line) &&
        (stage.routes === null || stage.routes.includes(row.route)),
    )
    .reduce((sum, row) => sum + row.count, 0);
}
