import { Field, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorValue } from '../../handling-times/models/indicator-value.model';

@ObjectType({ description: 'Freshness of the data of one source organisation' })
export class SourceFreshnessModel {
  @Field()
  organisationCode!: string;

  @Field()
  organisationName!: string;

  @Field({ description: 'gemeente, aanbieder, ombudsman or samenwerkingsverband' })
  kind!: string;

  @Field(() => IndicatorValue, { description: 'Records, objections and reports of this source in scope' })
  rows!: IndicatorValue;

  @Field(() => String, { nullable: true, description: 'Newest business date in its data (ISO date)' })
  latestBusinessDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When its last succeeded import finished (ISO timestamp)',
  })
  lastImportAt!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days from latestBusinessDate to today' })
  daysSinceLatestData!: number | null;

  @Field(() => Int, { nullable: true, description: 'Days from the last import to today' })
  daysSinceLastImport!: number | null;

  @Field(() => Int, { description: 'The expectation for its kind (days)' })
  expectedWithinDays!: number;

  @Field({ description: 'No data, or newest data older than the expectation' })
  stale!: boolean;
}

@ObjectType({ description: 'Data freshness per source (docs/indicators/freshness.md)' })
export class FreshnessResult {
  @Field(() => [SourceFreshnessModel])
  sources!: SourceFreshnessModel[];

  @Field(() => IndicatorValue, { description: 'All rows in scope' })
  totalRows!: IndicatorValue;

  @Field({ description: "Today's date the ages were computed against" })
  today!: string;

  @Field()
  disclosureControl!: boolean;
}
