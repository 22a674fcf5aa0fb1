import { Field, InputType, Int } from '@nestjs/graphql';
import { IsoDateScalar } from '../../metrics/dto/iso-date.scalar';
import { SignalStatus } from '../signal.entity';
import { SignalStatusEnum } from '../models/signal.model';

export const SIGNALS_MAX_LIMIT = 1000;

@InputType({ description: 'Which signals; every field is optional' })
export class SignalFilterInput {
  @Field(() => [String], { nullable: true })
  ruleCodes?: string[] | null;

  @Field(() => [SignalStatusEnum], { nullable: true })
  statuses?: SignalStatus[] | null;

  @Field(() => String, { nullable: true })
  themeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'In scope or among the organisations involved' })
  organisationCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only for users not scoped to one municipality' })
  municipalityCode?: string | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Periods ending on or after this date' })
  from?: string | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Periods starting on or before this date' })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Also signals the data no longer supports' })
  includeInactive?: boolean | null;

  @Field(() => Int, { nullable: true, description: `Default 200, at most ${SIGNALS_MAX_LIMIT}` })
  limit?: number | null;
}
