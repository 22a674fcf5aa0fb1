import { Field, ObjectType } from '@nestjs/graphql';
import { PeriodCoverage } from '../../coverage/models/coverage.model';
import { NormModel } from '../../norms/models/norm.model';
import { HandlingTimeFamily, HandlingTimeFamilyName } from '../handling-times.catalog';
import { IndicatorValue } from './indicator-value.model';

@ObjectType({ description: 'Handling times in one bucket for one member (or all members)' })
export class HandlingTimeRowModel {
  @Field(() => String, { nullable: true, description: 'Bucket start (ISO date); null without granularity' })
  period!: string | null;

  @Field({ description: 'The bucket lies fully within the range and has ended' })
  complete!: boolean;

  @Field(() => PeriodCoverage, {
    description:
      'Which sources delivered the bucket (objection decisions for bezwaar); every count is null when none did',
  })
  coverage!: PeriodCoverage;

  @Field(() => String, { nullable: true, description: 'Member code; null in totals' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'Dutch label; null in totals' })
  label!: string | null;

  @Field(() => IndicatorValue, { description: 'Received in the bucket' })
  received!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Of those, closed (complaint) or decided (objection)' })
  closed!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Of those, still open' })
  open!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Closed within the applicable term' })
  withinTerm!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Closed after the applicable term' })
  beyondTerm!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Term extended (verdaagd)' })
  extended!: IndicatorValue;

  @Field(() => IndicatorValue, {
    description:
      "Open and past the applicable term on the as-of date (HandlingTimesResult.openAsOf; default each source's export date)",
  })
  openBeyondTerm!: IndicatorValue;

  @Field(() => IndicatorValue, {
    description: 'Median calendar days from receipt to closure (closed records)',
  })
  medianDays!: IndicatorValue;

  @Field(() => IndicatorValue, { description: '90th percentile of the same' })
  p90Days!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'withinTerm ÷ closed × 100' })
  withinTermPercentage!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'beyondTerm ÷ closed × 100' })
  beyondTermPercentage!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'extended ÷ received × 100' })
  extendedPercentage!: IndicatorValue;
}

@ObjectType({ description: 'Handling times against a legal term (docs/indicators/handling-times.md)' })
export class HandlingTimesResult {
  @Field(() => HandlingTimeFamily)
  family!: HandlingTimeFamilyName;

  @Field(() => NormModel, { description: 'The norm the records are measured against' })
  norm!: NormModel;

  @Field(() => [HandlingTimeRowModel], { description: 'Per bucket and member (with a dimension)' })
  rows!: HandlingTimeRowModel[];

  @Field(() => [HandlingTimeRowModel], { description: 'Per bucket, over all members' })
  totals!: HandlingTimeRowModel[];

  @Field({ description: 'Counts were perturbed and small results suppressed for the viewer role' })
  disclosureControl!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The date open records are aged to (ISO); null: each record to the export date of its source (docs/indicators/handling-times.md)',
  })
  openAsOf!: string | null;
}

@ObjectType({ description: 'Complaints about waiting times in one bucket for one member (or all)' })
export class WaitingTimeRowModel {
  @Field(() => String, { nullable: true })
  period!: string | null;

  @Field()
  complete!: boolean;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => IndicatorValue, { description: 'Complaints (kind klacht) received' })
  complaints!: IndicatorValue;

  @Field(() => IndicatorValue, {
    description: 'Of those, with primary theme wachttijd or one of its subthemes',
  })
  waitingTime!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'waitingTime ÷ complaints × 100' })
  waitingTimeShare!: IndicatorValue;
}

@ObjectType({ description: 'Share and trend of waiting-time complaints' })
export class WaitingTimeResult {
  @Field(() => [WaitingTimeRowModel])
  rows!: WaitingTimeRowModel[];

  @Field(() => [WaitingTimeRowModel])
  totals!: WaitingTimeRowModel[];

  @Field()
  disclosureControl!: boolean;
}
