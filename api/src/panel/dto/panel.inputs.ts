import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsoDateScalar } from '../../metrics/dto/iso-date.scalar';
import { PanelAnswer } from '../panel-review.entity';
import { PanelAllocation } from '../panel-sampling';
import { PanelStratifyBy } from '../panel.repository';
import { PanelAllocationEnum, PanelAnswerEnum, PanelStratifyByEnum } from '../models/panel-enums';

@InputType({ description: 'Which decided objection decisions a sample is drawn from; every field optional' })
export class PanelFrameInput {
  @Field(() => IsoDateScalar, { nullable: true })
  decidedFrom?: string | null;

  @Field(() => IsoDateScalar, { nullable: true })
  decidedTo?: string | null;

  @Field(() => [String], { nullable: true })
  laws?: string[] | null;

  @Field(() => [String], { nullable: true })
  domains?: string[] | null;

  @Field(() => [String], { nullable: true })
  outcomes?: string[] | null;

  @Field(() => [String], { nullable: true })
  themeCodes?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  advisoryCommittee?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  overTerm?: boolean | null;
}

@InputType()
export class DrawPanelSampleInput {
  @Field(() => String, { nullable: true, description: 'Only for users not scoped to one municipality' })
  municipalityCode?: string | null;

  @Field()
  title!: string;

  @Field(() => PanelFrameInput)
  frame!: PanelFrameInput;

  @Field(() => Int)
  size!: number;

  @Field({ description: 'Any text; the same seed gives the same sample' })
  seed!: string;

  @Field(() => PanelStratifyByEnum, { nullable: true })
  stratifyBy?: PanelStratifyBy | null;

  @Field(() => PanelAllocationEnum, { nullable: true })
  allocation?: PanelAllocation | null;

  @Field(() => Int, { defaultValue: 1, description: '1, or 2 for a second opinion (agreement shown)' })
  reviewersPerCase!: number;
}

@InputType({ description: 'Only the fields given are saved (save per field); null clears a field' })
export class SavePanelReviewInput {
  @Field(() => ID)
  sampleId!: string;

  @Field(() => ID)
  decisionId!: string;

  @Field(() => PanelAnswerEnum, { nullable: true })
  systemError?: PanelAnswer | null;

  @Field(() => [String], { nullable: true })
  normCodes?: string[] | null;

  @Field(() => PanelAnswerEnum, { nullable: true })
  reasonable?: PanelAnswer | null;

  @Field(() => String, { nullable: true })
  reasonableExplanation?: string | null;
}
