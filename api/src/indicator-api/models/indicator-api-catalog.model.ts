import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One indicator of the metric catalog with its CSV endpoint' })
export class ApiIndicator {
  @Field({ description: 'Catalog name, also the CSV file name' })
  name!: string;

  @Field()
  label!: string;

  @Field()
  definition!: string;

  @Field(() => String, { nullable: true })
  legalBasis!: string | null;

  @Field({ description: 'Values of breakdown members add up to the total' })
  additive!: boolean;

  @Field({ description: 'Path of the CSV endpoint, e.g. /api/v1/indicatoren/caseCount.csv' })
  csvPath!: string;
}

@ObjectType({ description: 'One column of a CSV file, with its meaning (docs/api.md)' })
export class ApiCsvColumn {
  @Field({
    description:
      'Dutch, lowercase with underscores, e.g. mediaan_dagen; <uitsplitsing> stands for the breakdown',
  })
  name!: string;

  @Field({ description: 'What the column holds, in Dutch' })
  meaning!: string;
}

@ObjectType({
  description:
    'An indicator family beyond the metric catalog (handling times, outcomes, thermometer) with its CSV endpoint; parameters in docs/api.md',
})
export class ApiIndicatorFamily {
  @Field({ description: 'GraphQL query name, also the CSV file name' })
  name!: string;

  @Field()
  label!: string;

  @Field()
  definition!: string;

  @Field({ description: 'Path of the CSV endpoint, e.g. /api/v1/indicatoren/handlingTimes.csv' })
  csvPath!: string;

  @Field(() => [String], { description: 'Values of uitsplitsing (one at a time)' })
  breakdowns!: string[];

  @Field(() => [String], {
    description: 'Filter parameters besides the period (and soort for handling times and outcomes)',
  })
  filters!: string[];

  @Field(() => [ApiCsvColumn], { description: 'Every column of the file, in order' })
  columns!: ApiCsvColumn[];
}

@ObjectType({ description: 'One query parameter of the CSV endpoints' })
export class ApiParameter {
  @Field({ description: 'The parameter in the query string, e.g. domein' })
  param!: string;

  @Field()
  label!: string;

  @Field()
  definition!: string;

  @Field({ description: 'May be used as a filter (codes)' })
  filter!: boolean;

  @Field({ description: 'May be used in uitsplitsing' })
  breakdown!: boolean;
}

@ObjectType({ description: 'One value of the parameter indeling (time buckets)' })
export class ApiGranularity {
  @Field()
  param!: string;

  @Field()
  label!: string;
}

@ObjectType({ description: 'What the CSV API offers, generated from the metric catalog (docs/api.md)' })
export class IndicatorApiCatalog {
  @Field({ description: 'Base path of the CSV endpoints' })
  basePath!: string;

  @Field(() => [ApiIndicator])
  indicators!: ApiIndicator[];

  @Field(() => [ApiCsvColumn], {
    description:
      'The columns of every catalog indicator file, in order (<uitsplitsing> per breakdown dimension)',
  })
  indicatorColumns!: ApiCsvColumn[];

  @Field(() => [ApiIndicatorFamily], { description: 'Indicator families with a table of several values' })
  families!: ApiIndicatorFamily[];

  @Field(() => [ApiParameter], { description: 'Filters and breakdowns of the metric catalog indicators' })
  parameters!: ApiParameter[];

  @Field(() => [ApiGranularity])
  granularities!: ApiGranularity[];
}
