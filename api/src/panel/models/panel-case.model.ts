import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsoDateScalar } from '../../metrics/dto/iso-date.scalar';
import { PanelAnswer } from '../panel-review.entity';
import { PanelAnswerEnum } from './panel-enums';

@ObjectType({ description: 'A review of one case by one panel member' })
export class PanelReviewModel {
  @Field({ description: 'The reviewer (coordinators see all reviews, a member only their own)' })
  reviewerName!: string;

  @Field(() => PanelAnswerEnum, { nullable: true, description: 'Was there a system error?' })
  systemError!: PanelAnswer | null;

  @Field(() => [String], { description: 'Codes of the behoorlijkheidswijzer norms at stake' })
  normCodes!: string[];

  @Field(() => PanelAnswerEnum, {
    nullable: true,
    description: 'Was the decision reasonable for this citizen?',
  })
  reasonable!: PanelAnswer | null;

  @Field(() => String, { nullable: true, description: 'Explanation (redacted)' })
  reasonableExplanation!: string | null;

  @Field()
  updatedAt!: Date;
}

@ObjectType({ description: 'An objection decision of a sample, pseudonymised and redacted, in plain Dutch' })
export class PanelCaseModel {
  @Field(() => ID)
  sampleId!: string;

  @Field()
  sampleTitle!: string;

  @Field(() => ID)
  decisionId!: string;

  @Field(() => Int, { description: 'Number of the case within its sample' })
  caseNumber!: number;

  @Field()
  law!: string;

  @Field()
  lawLabel!: string;

  @Field()
  domainLabel!: string;

  @Field(() => String, { nullable: true })
  themeLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'What the objection was against' })
  decisionType!: string | null;

  @Field(() => IsoDateScalar, { nullable: true })
  primaryDecisionOn!: string | null;

  @Field(() => IsoDateScalar)
  objectionReceivedOn!: string;

  @Field(() => IsoDateScalar, { nullable: true })
  decidedOn!: string | null;

  @Field()
  advisoryCommittee!: boolean;

  @Field({ description: 'The decision was postponed (verdaagd)' })
  extended!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Decided within the Awb 7:10 term' })
  termMet!: boolean | null;

  @Field()
  outcome!: string;

  @Field()
  outcomeLabel!: string;

  @Field(() => String, { nullable: true, description: 'Redacted summary with the reasoning' })
  summaryRedacted!: string | null;

  @Field({ description: 'A coordinator confirmed the system error (it is a signal now)' })
  confirmed!: boolean;

  @Field(() => String, { nullable: true })
  confirmationNote!: string | null;

  @Field(() => PanelReviewModel, { nullable: true, description: 'The caller’s own review' })
  myReview!: PanelReviewModel | null;

  @Field(() => [PanelReviewModel], { description: 'Coordinators: every review; a member: only their own' })
  reviews!: PanelReviewModel[];
}

@ObjectType({ description: 'A requirement or core value of the behoorlijkheidswijzer' })
export class ConductNormModel {
  @Field()
  code!: string;

  @Field()
  label!: string;

  @Field()
  description!: string;

  @Field(() => [ConductNormModel], { description: 'The requirements of a core value' })
  norms!: ConductNormModel[];
}

@ObjectType({ description: 'A finding of the panel added to an existing signal' })
export class PanelSignalFindingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  signalId!: string;

  @Field()
  signalLabel!: string;

  @Field(() => ID, { nullable: true })
  sampleId!: string | null;

  @Field({ description: 'Redacted text' })
  finding!: string;

  @Field()
  createdByName!: string;

  @Field()
  createdAt!: Date;
}
