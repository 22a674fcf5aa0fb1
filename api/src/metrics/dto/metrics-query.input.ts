import { Field, InputType } from '@nestjs/graphql';
import {
  Comparison,
  ComparisonName,
  Dimension,
  DimensionName,
  GranularityName,
  Granularity,
  Measure,
  MeasureName,
} from '../catalog';
import { IsoDateScalar } from './iso-date.scalar';

@InputType({ description: 'Inclusive range of calendar days (date of receipt)' })
export class DateRangeInput {
  @Field(() => IsoDateScalar)
  from!: string;

  @Field(() => IsoDateScalar)
  to!: string;
}

/** Lists of codes per catalog dimension; a missing or null list means "all". */
@InputType({ description: 'Filters: lists of codes, combined with AND between fields and OR within a list' })
export class MetricsFilterInput {
  @Field(() => [String], { nullable: true, description: 'CBS municipality codes (GMnnnn)' })
  municipality?: string[] | null;

  @Field(() => [String], { nullable: true })
  domain?: string[] | null;

  @Field(() => [String], { nullable: true })
  kind?: string[] | null;

  @Field(() => [String], { nullable: true })
  line?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Theme codes; "geen" for records without a theme' })
  theme?: string[] | null;

  @Field(() => [String], { nullable: true })
  channel?: string[] | null;

  @Field(() => [String], { nullable: true })
  complainantType?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Neighbourhood codes; "onbekend" when missing' })
  neighbourhood?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Organisation codes' })
  sourceOrganisation?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Organisation codes; "onbekend" when missing' })
  subjectOrganisation?: string[] | null;

  @Field(() => [String], { nullable: true })
  outcome?: string[] | null;
}

@InputType({ description: 'One indicators query: measures broken down by at most two dimensions over time' })
export class MetricsQueryInput {
  @Field(() => [Measure])
  measures!: MeasureName[];

  @Field(() => [Dimension], { nullable: true, description: 'At most two' })
  dimensions?: DimensionName[] | null;

  @Field(() => Granularity, {
    nullable: true,
    description: 'When given, a series with every bucket in the range',
  })
  granularity?: GranularityName | null;

  @Field(() => DateRangeInput)
  dateRange!: DateRangeInput;

  @Field(() => MetricsFilterInput, { nullable: true })
  filters?: MetricsFilterInput | null;

  @Field(() => Comparison, { nullable: true, defaultValue: Comparison.NONE })
  comparison?: ComparisonName | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'False: only complete periods get a comparison. True: an incomplete period is compared with the same days of the comparison period',
  })
  periodToDate?: boolean | null;
}
