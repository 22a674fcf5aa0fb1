import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Completeness, CompletenessName } from '../../coverage/models/coverage.model';
import { IndicatorValue } from '../../handling-times/models/indicator-value.model';
import { ComplianceStatus, ComplianceStatusName } from '../provider-compliance.config';

@ObjectType({ description: 'Reporting compliance of all providers in one half year' })
export class HalfYearComplianceModel {
  @Field({ description: 'First day of the half year' })
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field({ description: 'Contractual due date (seed 003): 1 July or 1 December' })
  dueOn!: string;

  @Field(() => IndicatorValue, { description: 'Providers that had to report' })
  required!: IndicatorValue;

  @Field(() => IndicatorValue)
  onTime!: IndicatorValue;

  @Field(() => IndicatorValue)
  late!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Not submitted and the due date has passed' })
  missing!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Not submitted, due date not yet passed' })
  notYetDue!: IndicatorValue;

  @Field(() => Completeness, {
    description:
      'definitief: every required report is in; voorlopig: some are (others missing or not yet due); nog_niet_geleverd: none is',
  })
  completeness!: CompletenessName;

  @Field(() => IndicatorValue, { description: 'onTime ÷ (required − notYetDue) × 100' })
  onTimePercentage!: IndicatorValue;
}

@ObjectType({ description: 'One provider in one half year' })
export class ProviderComplianceModel {
  @Field()
  municipalityCode!: string;

  @Field()
  organisationCode!: string;

  @Field()
  organisationName!: string;

  @Field()
  periodStart!: string;

  @Field({ description: 'provider_report.due_on, or derived from the contract when no report exists' })
  dueOn!: string;

  @Field(() => String, { nullable: true })
  submittedOn!: string | null;

  @Field(() => ComplianceStatus)
  status!: ComplianceStatusName;

  @Field(() => Int, { nullable: true, description: 'Days after the due date; only when late' })
  daysLate!: number | null;
}

@ObjectType({
  description: 'Provider half-year reporting compliance (docs/indicators/provider-compliance.md)',
})
export class ProviderComplianceResult {
  @Field(() => [HalfYearComplianceModel])
  halfYears!: HalfYearComplianceModel[];

  @Field(() => [ProviderComplianceModel], {
    description: 'Per provider and half year; only for beleid and beheer (empty for suppressed roles)',
  })
  providers!: ProviderComplianceModel[];

  @Field()
  disclosureControl!: boolean;
}
