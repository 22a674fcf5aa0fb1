import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsoDateScalar } from '../../metrics/dto/iso-date.scalar';
import { EffectVerdict } from '../control-chart';
import { RECOMMENDATION_STATUSES, RecommendationStatus } from '../follow-up';
import { MEASURE_SOURCE_KINDS, MEASURE_STATUSES, MeasureSourceKind, MeasureStatus } from '../measure.entity';

const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const MeasureStatusEnum = enumOf(MEASURE_STATUSES);
registerEnumType(MeasureStatusEnum, {
  name: 'MeasureStatus',
  description: 'besloten (decided), in_uitvoering (being carried out), uitgevoerd (done), gestopt (stopped)',
});
export const MeasureSourceKindEnum = enumOf(MEASURE_SOURCE_KINDS);
registerEnumType(MeasureSourceKindEnum, {
  name: 'MeasureSourceKind',
  description:
    'Where the measure came from: a signal, a citizens panel finding or an ombudsman recommendation',
});
export const RecommendationStatusEnum = enumOf(RECOMMENDATION_STATUSES);
registerEnumType(RecommendationStatusEnum, {
  name: 'RecommendationStatus',
  description: 'opgevolgd (followed), niet_opgevolgd (not followed), in_afwachting (pending)',
});
export const EffectVerdictEnum = enumOf<EffectVerdict>([
  'duidelijke_daling',
  'duidelijke_stijging',
  'normale_variatie',
  'te_weinig_gegevens',
]);
registerEnumType(EffectVerdictEnum, {
  name: 'EffectVerdict',
  description: 'The u-chart verdict on the complaint rate of the theme after the effect date',
});

@ObjectType({ description: 'One month of the u-chart: rate per 1,000 inhabitants and its control limits' })
export class ControlChartPoint {
  @Field(() => IsoDateScalar)
  period!: string;

  @Field({ description: 'On or after the effect date' })
  after!: boolean;

  @Field(() => Float, { nullable: true, description: 'Null when withheld by disclosure control' })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'Per 1,000 inhabitants' })
  rate!: number | null;

  @Field(() => Float, { nullable: true })
  lowerLimit!: number | null;

  @Field(() => Float, { nullable: true })
  upperLimit!: number | null;

  @Field()
  beyondLimits!: boolean;
}

@ObjectType({ description: 'Complaints on the theme before and after the measure, on a u-chart' })
export class MeasureEffect {
  @Field(() => Float, { nullable: true, description: 'Baseline rate per 1,000 inhabitants per month' })
  centreLine!: number | null;

  @Field(() => Float, { nullable: true, description: 'Rate per 1,000 inhabitants per month after' })
  afterRate!: number | null;

  @Field(() => EffectVerdictEnum)
  verdict!: EffectVerdict;

  @Field({ description: 'Plain Dutch explanation of the verdict' })
  explanation!: string;

  @Field(() => [ControlChartPoint])
  points!: ControlChartPoint[];
}

@ObjectType({ description: 'A measure (maatregel) in the measures register' })
export class MeasureModel {
  @Field(() => ID)
  id!: string;

  @Field()
  municipalityCode!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field()
  themeCode!: string;

  @Field()
  themeLabel!: string;

  @Field(() => MeasureSourceKindEnum, { nullable: true })
  sourceKind!: MeasureSourceKind | null;

  @Field(() => String, { nullable: true, description: 'Id of the signal, panel finding or recommendation' })
  sourceRef!: string | null;

  @Field()
  owner!: string;

  @Field(() => IsoDateScalar)
  decidedOn!: string;

  @Field(() => IsoDateScalar)
  effectiveOn!: string;

  @Field()
  expectedEffect!: string;

  @Field(() => MeasureStatusEnum)
  status!: MeasureStatus;

  @Field(() => RecommendationStatusEnum, { nullable: true })
  recommendationStatus!: RecommendationStatus | null;

  @Field(() => String, { nullable: true, description: 'The P&C document that accounts for it' })
  pcReference!: string | null;
}

@ObjectType({ description: 'Recommendations (ombudsman, panel) followed, not followed and pending' })
export class RecommendationFollowUp {
  @Field(() => MeasureSourceKindEnum)
  sourceKind!: MeasureSourceKind;

  @Field()
  total!: number;

  @Field()
  followed!: number;

  @Field()
  notFollowed!: number;

  @Field()
  pending!: number;

  @Field(() => Float, { nullable: true, description: 'Percent of all recommendations' })
  followedShare!: number | null;

  @Field(() => Float, { nullable: true })
  notFollowedShare!: number | null;

  @Field(() => Float, { nullable: true })
  pendingShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent followed of those decided' })
  followedOfDecided!: number | null;
}
