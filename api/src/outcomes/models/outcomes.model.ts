import { Field, ObjectType } from '@nestjs/graphql';
import { PeriodCoverage } from '../../coverage/models/coverage.model';
import { IndicatorValue } from '../../handling-times/models/indicator-value.model';

@ObjectType({ description: 'Outcomes in one bucket for one member (or all members)' })
export class OutcomeRowModel {
  @Field(() => String, { nullable: true })
  period!: string | null;

  @Field()
  complete!: boolean;

  @Field(() => PeriodCoverage, {
    description:
      'Which sources delivered the bucket (objection decisions for bezwaar); every figure is null when none did',
  })
  coverage!: PeriodCoverage;

  @Field(() => String, { nullable: true, description: 'Member code; null in totals' })
  code!: string | null;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => IndicatorValue, { description: 'Received in the bucket' })
  received!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Decided on the merits: gegrond, deels gegrond or ongegrond' })
  decided!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'gegrond + deels gegrond' })
  upheld!: IndicatorValue;

  @Field(() => IndicatorValue)
  gegrond!: IndicatorValue;

  @Field(() => IndicatorValue)
  deelsGegrond!: IndicatorValue;

  @Field(() => IndicatorValue)
  ongegrond!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'upheld ÷ decided × 100' })
  upholdRate!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Lower bound of the Wilson 95 % interval of upholdRate' })
  upholdRateLower!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Upper bound of the Wilson 95 % interval of upholdRate' })
  upholdRateUpper!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Complaints with an ombudsman recommendation' })
  recommendationsMade!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Of those, recommendation followed' })
  recommendationsFollowed!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Of those, recommendation not followed' })
  recommendationsNotFollowed!: IndicatorValue;

  @Field(() => IndicatorValue, {
    description:
      'followed ÷ (followed + not followed) × 100; recommendations without known follow-up left out',
  })
  recommendationFollowedRate!: IndicatorValue;

  @Field(() => IndicatorValue, {
    description: 'Lower bound of the Wilson 95 % interval of recommendationFollowedRate',
  })
  recommendationFollowedRateLower!: IndicatorValue;

  @Field(() => IndicatorValue, {
    description: 'Upper bound of the Wilson 95 % interval of recommendationFollowedRate',
  })
  recommendationFollowedRateUpper!: IndicatorValue;
}

@ObjectType({ description: 'Uphold rate and ombudsman recommendations (docs/indicators/outcomes.md)' })
export class OutcomesResult {
  @Field(() => [OutcomeRowModel])
  rows!: OutcomeRowModel[];

  @Field(() => [OutcomeRowModel])
  totals!: OutcomeRowModel[];

  @Field()
  disclosureControl!: boolean;
}

@ObjectType({ description: 'How often one measure was taken for upheld complaints' })
export class MeasureCountModel {
  @Field({ description: "Measure code as delivered by the source; 'geen' = upheld without any measure" })
  measure!: string;

  @Field(() => IndicatorValue, { description: 'Upheld complaints carrying this measure' })
  count!: IndicatorValue;

  @Field(() => IndicatorValue, {
    description: 'count ÷ upheld complaints × 100 (shares can add up to more than 100)',
  })
  share!: IndicatorValue;
}

@ObjectType({ description: 'Measures taken for upheld complaints' })
export class MeasuresResult {
  @Field(() => IndicatorValue, { description: 'Upheld complaints (gegrond or deels gegrond) in the range' })
  upheld!: IndicatorValue;

  @Field(() => [MeasureCountModel])
  measures!: MeasureCountModel[];

  @Field()
  disclosureControl!: boolean;
}
