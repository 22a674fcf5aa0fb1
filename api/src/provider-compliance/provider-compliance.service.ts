import { Inject, Injectable } from '@nestjs/common';
import { CompletenessName } from '../coverage/models/coverage.model';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { snapToGrid } from '../disclosure/aggregate-grid';
import { checkFilterGrid } from '../disclosure/filter-grid';
import { DisclosedCount, DisclosurePolicy, rate } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { indicatorBuckets, scopeMunicipalities } from '../handling-times/indicator-periods';
import { addTo, discloseCounts, zeroCounts } from '../handling-times/indicator-table';
import { METRICS_CLOCK, MetricsClock } from '../metrics/metrics.service';
import { daysBetween, listBuckets } from '../metrics/periods';
import { ProviderComplianceQueryInput } from './dto/provider-compliance-query.input';
import {
  HalfYearComplianceModel,
  ProviderComplianceModel,
  ProviderComplianceResult,
} from './models/provider-compliance.model';
import { ComplianceStatusName } from './provider-compliance.config';
import { ProviderComplianceRepository, RequiredReportRow } from './provider-compliance.repository';

const STATUS_COUNTS = ['onTime', 'late', 'missing', 'notYetDue'] as const;
/** The published counts: the statuses, all required reports, and those already due (all but not yet due). */
const PUBLISHED_COUNTS = [...STATUS_COUNTS, 'required', 'due'] as const;
type StatusCount = (typeof STATUS_COUNTS)[number];
const COUNT_OF: Record<ComplianceStatusName, StatusCount> = {
  op_tijd: 'onTime',
  te_laat: 'late',
  ontbreekt: 'missing',
  nog_niet_verschuldigd: 'notYetDue',
};

/** Status of one required report on `today`. */
export function complianceOf(
  row: Pick<RequiredReportRow, 'dueOn' | 'submittedOn'>,
  today: string,
): { dueOn: string; status: ComplianceStatusName; daysLate: number | null } {
  const { dueOn } = row;
  if (row.submittedOn !== null) {
    return row.submittedOn <= dueOn
      ? { dueOn, status: 'op_tijd', daysLate: null }
      : { dueOn, status: 'te_laat', daysLate: daysBetween(dueOn, row.submittedOn) };
  }
  return { dueOn, status: dueOn < today ? 'ontbreekt' : 'nog_niet_verschuldigd', daysLate: null };
}

/**
 * How complete a half year's provider figures are (docs/indicators/coverage.md): definitief once every
 * required report is in, nog_niet_geleverd while none is. The completeness of 0 reports is no more than
 * the published missing/notYetDue counts of 0 already say.
 */
export function completenessOf(required: number, submitted: number): CompletenessName {
  if (submitted === required) return 'definitief';
  return submitted === 0 ? 'nog_niet_geleverd' : 'voorlopig';
}

@Injectable()
export class ProviderComplianceService {
  constructor(
    private readonly repository: ProviderComplianceRepository,
    @Inject(DISCLOSURE_POLICY) private readonly policy: DisclosurePolicy,
    @Inject(METRICS_CLOCK) private readonly clock: MetricsClock,
  ) {}

  async compliance(
    input: ProviderComplianceQueryInput,
    viewer: AuthenticatedUser,
  ): Promise<ProviderComplianceResult> {
    const today = this.clock.today();
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const { from, to } = apply ? snapToGrid(input.dateRange, null) : input.dateRange;
    if (apply) checkFilterGrid({ municipality: input.municipality });
    indicatorBuckets(from, to, null, today);
    const halves = listBuckets(from, to, 'HALF_YEAR');
    const municipalities = scopeMunicipalities(input.municipality, viewer);
    const [rows, dueDates] = await Promise.all([
      this.repository.requiredReports(halves, municipalities),
      this.repository.calendarDueDates(halves, municipalities),
    ]);
    const units = rows.map((row) => ({ row, ...complianceOf(row, today) }));
    const providers: ProviderComplianceModel[] = units.map(({ row, dueOn, status, daysLate }) => ({
      municipalityCode: row.municipalityCode,
      organisationCode: row.organisationCode,
      organisationName: row.organisationName,
      periodStart: row.periodStart,
      submittedOn: row.submittedOn,
      dueOn,
      status,
      daysLate,
    }));
    const halfYears = halves.map((half): HalfYearComplianceModel => {
      // Every count, also `required` and `due`, is a cell of its own units and keys.
      const counts = zeroCounts(PUBLISHED_COUNTS);
      let required = 0;
      let submitted = 0;
      for (const { row, status } of units) {
        if (row.periodStart !== half.start) continue;
        required += 1;
        if (row.submittedOn !== null) submitted += 1;
        addTo(counts, COUNT_OF[status], 1, row.unitKey);
        addTo(counts, 'required', 1, row.unitKey);
        if (status !== 'nog_niet_verschuldigd') addTo(counts, 'due', 1, row.unitKey);
      }
      const table: Record<(typeof PUBLISHED_COUNTS)[number], DisclosedCount> = discloseCounts(
        PUBLISHED_COUNTS,
        counts,
        this.policy,
        apply,
      );
      return {
        periodStart: half.start,
        periodEnd: half.end,
        dueOn: dueDates.get(half.start) ?? '',
        required: table.required,
        onTime: table.onTime,
        late: table.late,
        missing: table.missing,
        notYetDue: table.notYetDue,
        completeness: completenessOf(required, submitted),
        onTimePercentage: rate(table.onTime, table.due),
      };
    });
    return { halfYears, providers: apply ? [] : providers, disclosureControl: apply };
  }
}
