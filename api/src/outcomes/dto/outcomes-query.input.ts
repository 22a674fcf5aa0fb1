import { Field, InputType } from '@nestjs/graphql';
import { HandlingTimeFamily, HandlingTimeFamilyName } from '../../handling-times/handling-times.catalog';
import { Granularity, GranularityName } from '../../metrics/catalog';
import { DateRangeInput } from '../../metrics/dto/metrics-query.input';
import { OutcomeDimension, OutcomeDimensionName } from '../outcomes.catalog';

@InputType({ description: 'Filters of the outcome indicators: lists of codes, OR within a list' })
export class OutcomeFilterInput {
  @Field(() => [String], { nullable: true, description: 'CBS municipality codes (GMnnnn)' })
  municipality?: string[] | null;

  @Field(() => [String], { nullable: true })
  domain?: string[] | null;

  @Field(() => [String], { nullable: true })
  line?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Organisation codes; "onbekend" when missing' })
  subjectOrganisation?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Theme codes; "geen" without a theme' })
  theme?: string[] | null;

  @Field(() => [String], { nullable: true })
  law?: string[] | null;
}

@InputType({ description: 'Outcomes and remedies of complaints or objections' })
export class OutcomesQueryInput {
  @Field(() => HandlingTimeFamily)
  family!: HandlingTimeFamilyName;

  @Field(() => DateRangeInput, { description: 'Date of receipt' })
  dateRange!: DateRangeInput;

  @Field(() => Granularity, { nullable: true })
  granularity?: GranularityName | null;

  @Field(() => OutcomeDimension, { nullable: true })
  dimension?: OutcomeDimensionName | null;

  @Field(() => OutcomeFilterInput, { nullable: true })
  filters?: OutcomeFilterInput | null;
}
