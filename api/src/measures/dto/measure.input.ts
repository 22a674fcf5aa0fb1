import { Field, InputType } from '@nestjs/graphql';
import { IsoDateScalar } from '../../metrics/dto/iso-date.scalar';
import { RecommendationStatus } from '../follow-up';
import { MeasureSourceKind, MeasureStatus } from '../measure.entity';
import { MeasureSourceKindEnum, MeasureStatusEnum, RecommendationStatusEnum } from '../models/measure.model';

@InputType({ description: 'A measure to add to or change in the register (beleid, beheer)' })
export class MeasureInput {
  @Field(() => String, {
    nullable: true,
    description: 'Municipality code; required for a user who is not scoped to one municipality',
  })
  municipalityCode?: string | null;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field()
  themeCode!: string;

  @Field(() => MeasureSourceKindEnum, { nullable: true })
  sourceKind?: MeasureSourceKind | null;

  @Field(() => String, { nullable: true })
  sourceRef?: string | null;

  @Field()
  owner!: string;

  @Field(() => IsoDateScalar)
  decidedOn!: string;

  @Field(() => IsoDateScalar)
  effectiveOn!: string;

  @Field()
  expectedEffect!: string;

  @Field(() => MeasureStatusEnum, { nullable: true, defaultValue: 'besloten' })
  status?: MeasureStatus | null;

  @Field(() => RecommendationStatusEnum, { nullable: true })
  recommendationStatus?: RecommendationStatus | null;

  @Field(() => String, { nullable: true })
  pcReference?: string | null;
}
