import { Inject, Injectable } from '@nestjs/common';
import { AuthenticatedUser, SUPPRESSED_ROLES } from '../auth/role';
import { DisclosedCount, DisclosurePolicy } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { indicatorBuckets, scopeMunicipalities } from '../handling-times/indicator-periods';
import { discloseTable, exact, rate, SUPPRESSED } from '../handling-times/indicator-table';
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
    const { from, to } = input.dateRange;
    indicatorBuckets(from, to, null, today);
    const halves = listBuckets(from, to, 'HALF_YEAR');
    const municipalities = scopeMunicipalities(input.municipality, viewer);
    const [rows, dueDates] = await Promise.all([
      this.repository.requiredReports(halves, municipalities),
      this.repository.calendarDueDates(halves, municipalities),
    ]);
    const providers: ProviderComplianceModel[] = rows.map((row) => ({
      municipalityCode: row.municipalityCode,
      organisationCode: row.organisationCode,
      organisationName: row.organisationName,
      periodStart: row.periodStart,
      submittedOn: row.submittedOn,
      ...complianceOf(row, today),
    }));
    const apply = SUPPRESSED_ROLES.includes(viewer.role);
    const halfYears = halves.map((half): HalfYearComplianceModel => {
      const counts: Record<StatusCount, number> = { onTime: 0, late: 0, missing: 0, notYetDue: 0 };
      for (const provider of providers) {
        if (provider.periodStart === half.start) counts[COUNT_OF[provider.status]] += 1;
      }
      const required = STATUS_COUNTS.reduce((sum, name) => sum + counts[name], 0);
      const table = this.protect(counts, required, apply);
      const due: DisclosedCount =
        table.required.suppressed || table.notYetDue.suppressed
          ? SUPPRESSED
          : exact((table.required.value ?? 0) - (table.notYetDue.value ?? 0));
      return {
        periodStart: half.start,
        periodEnd: half.end,
        dueOn: dueDates.get(half.start) ?? '',
        required: table.required,
        onTime: table.onTime,
        late: table.late,
        missing: table.missing,
        notYetDue: table.notYetDue,
        onTimePercentage: rate(table.onTime, due),
      };
    });
    return { halfYears, providers: apply ? [] : providers, disclosureControl: apply };
  }

  /** The status counts as a one-way table with the required providers as its total. */
  private protect(
    counts: Record<StatusCount, number>,
    required: number,
    apply: boolean,
  ): Record<StatusCount | 'required', DisclosedCount> {
    const result = discloseTable(
      ['value'] as const,
      STATUS_COUNTS.map((name) => ({ value: counts[name] })),
      { value: required },
      this.policy,
      apply,
    );
    const at = (index: number): DisclosedCount => result.cells[index]?.value ?? SUPPRESSED;
    return { onTime: at(0), late: at(1), missing: at(2), notYetDue: at(3), required: result.total.value };
  }
}
