import { Field, InputType } from '@nestjs/graphql';
import { Granularity, GranularityName } from '../../metrics/catalog';
import { IsoDateScalar } from '../../metrics/dto/iso-date.scalar';
import { DateRangeInput } from '../../metrics/dto/metrics-query.input';
import {
  HandlingTimeFamily,
  HandlingTimeFamilyName,
  IndicatorDimension,
  IndicatorDimensionName,
} from '../handling-times.catalog';

@InputType({ description: 'Filters of the indicator families: lists of codes, OR within a list' })
export class IndicatorFilterInput {
  @Field(() => [String], { nullable: true, description: 'CBS municipality codes (GMnnnn)' })
  municipality?: string[] | null;

  @Field(() => [String], { nullable: true })
  domain?: string[] | null;

  @Field(() => [String], { nullable: true })
  line?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Organisation codes; "onbekend" when missing' })
  subjectOrganisation?: string[] | null;
}

@InputType({ description: 'Range, series and breakdown of an indicator family' })
export class IndicatorQueryInput {
  @Field(() => DateRangeInput, { description: 'Date of receipt' })
  dateRange!: DateRangeInput;

  @Field(() => Granularity, { nullable: true, description: 'When given, every bucket in the range' })
  granularity?: GranularityName | null;

  @Field(() => IndicatorDimension, { nullable: true })
  dimension?: IndicatorDimensionName | null;

  @Field(() => IndicatorFilterInput, { nullable: true })
  filters?: IndicatorFilterInput | null;
}

@InputType({ description: 'Handling times of complaints or objections against their legal term' })
export class HandlingTimesQueryInput extends IndicatorQueryInput {
  @Field(() => HandlingTimeFamily)
  family!: HandlingTimeFamilyName;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description:
      'Date the age of open records is measured to; default: the export date of the source that delivered each record (never after today)',
  })
  asOf?: string | null;
}
