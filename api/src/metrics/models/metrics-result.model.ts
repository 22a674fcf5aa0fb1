import { Field, Float, ObjectType } from '@nestjs/graphql';
import { PeriodCoverage, SourceMonthCoverage } from '../../coverage/models/coverage.model';
import { Dimension, DimensionName, Measure, MeasureName } from '../catalog';

@ObjectType({ description: 'The member of one dimension a row belongs to' })
export class MetricDimensionValue {
  @Field(() => Dimension)
  dimension!: DimensionName;

  @Field()
  code!: string;

  @Field({ description: 'Dutch label' })
  label!: string;
}

@ObjectType({ description: 'One measure in one row, with its comparison' })
export class MetricValue {
  @Field(() => Measure)
  measure!: MeasureName;

  @Field(() => Float, { nullable: true, description: 'Null when suppressed or undefined (no denominator)' })
  value!: number | null;

  @Field({ description: 'Withheld by disclosure control (small numbers); value is then null, never 0' })
  suppressed!: boolean;

  @Field(() => Float, { nullable: true, description: 'Value in the comparison period' })
  previousValue!: number | null;

  @Field({ description: 'The comparison value was withheld by disclosure control' })
  previousSuppressed!: boolean;

  @Field(() => Float, { nullable: true, description: 'value - previousValue, in the unit of the measure' })
  change!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Relative change in % (counts only); null when smallNumbers or previousValue is 0',
  })
  changePercentage!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Ratios only: difference of the two rates in points of the rate, never a relative %',
  })
  changePercentagePoints!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The base count (now or in the comparison period) is below 10: "2 -> 4 is not +100%"',
  })
  smallNumbers!: boolean | null;
}

@ObjectType({ description: 'One time bucket (or the whole range) for one combination of dimension members' })
export class MetricRow {
  @Field(() => String, { nullable: true, description: 'Bucket start (ISO date); null without granularity' })
  period!: string | null;

  @Field({ description: 'The bucket lies fully within the range and has ended' })
  complete!: boolean;

  @Field(() => PeriodCoverage, {
    description: 'Which sources delivered the bucket; nog_niet_geleverd: counts are null, never 0',
  })
  coverage!: PeriodCoverage;

  @Field({
    description:
      'false when other sources delivered the comparison period than this one: no change is computed',
  })
  comparable!: boolean;

  @Field(() => [MetricDimensionValue])
  dimensions!: MetricDimensionValue[];

  @Field(() => [MetricValue])
  values!: MetricValue[];
}

@ObjectType({ description: 'Rows per bucket and dimension members, plus totals per bucket' })
export class MetricsResult {
  @Field(() => [MetricRow])
  rows!: MetricRow[];

  @Field(() => [MetricRow], { description: 'Per bucket, over all dimension members (no dimensions)' })
  totals!: MetricRow[];

  @Field({ description: 'Counts were perturbed and small results suppressed for the viewer role' })
  disclosureControl!: boolean;

  @Field(() => [SourceMonthCoverage], {
    description:
      'Per source and month of the range (and comparison periods): delivered, missing or not yet due',
  })
  sourceMonths!: SourceMonthCoverage[];
}
