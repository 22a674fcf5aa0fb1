import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsoDateScalar } from '../../metrics/dto/iso-date.scalar';
import { PanelAllocation } from '../panel-sampling';
import { PanelStratifyBy } from '../panel.repository';
import { PanelAllocationEnum, PanelStratifyByEnum } from './panel-enums';

@ObjectType({ description: 'The frame a sample was drawn from; an empty list or null means no filter' })
export class PanelFrame {
  @Field(() => IsoDateScalar, { nullable: true, description: 'Decided on or after' })
  decidedFrom!: string | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Decided on or before' })
  decidedTo!: string | null;

  @Field(() => [String])
  laws!: string[];

  @Field(() => [String])
  domains!: string[];

  @Field(() => [String])
  outcomes!: string[];

  @Field(() => [String], { description: 'Theme codes; a theme includes its subthemes' })
  themeCodes!: string[];

  @Field(() => Boolean, { nullable: true })
  advisoryCommittee!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Decided after the Awb 7:10 term' })
  overTerm!: boolean | null;

  @Field({ description: 'The frame in plain Dutch' })
  description!: string;
}

@ObjectType({ description: 'One stratum of a sample' })
export class PanelStratum {
  @Field()
  stratum!: string;

  @Field({ description: 'Dutch label' })
  label!: string;

  @Field(() => Int)
  drawn!: number;

  @Field(() => Float, { description: 'Decisions of the stratum in the frame per drawn decision' })
  weight!: number;
}

@ObjectType({ description: 'Progress of one panel member in a sample' })
export class PanelMemberProgress {
  @Field(() => Int)
  userId!: number;

  @Field()
  displayName!: string;

  @Field(() => Int)
  assigned!: number;

  @Field(() => Int)
  reviewed!: number;
}

@ObjectType({ description: 'A reproducible sample of objection decisions for the citizens panel' })
export class PanelSampleModel {
  @Field(() => ID)
  id!: string;

  @Field()
  municipalityCode!: string;

  @Field()
  title!: string;

  @Field({ description: 'Same frame, size and seed: same decisions' })
  seed!: string;

  @Field(() => Int)
  size!: number;

  @Field(() => PanelFrame)
  frame!: PanelFrame;

  @Field(() => PanelStratifyByEnum, { nullable: true })
  stratifyBy!: PanelStratifyBy | null;

  @Field(() => PanelAllocationEnum, { nullable: true })
  allocation!: PanelAllocation | null;

  @Field(() => Int)
  reviewersPerCase!: number;

  @Field(() => Int, { description: 'Decisions in the frame when the sample was drawn' })
  frameCount!: number;

  @Field()
  drawnByName!: string;

  @Field()
  drawnAt!: Date;

  @Field(() => Int)
  drawn!: number;

  @Field(() => Int, { description: 'Drawn decisions with at least one answered review' })
  reviewed!: number;

  @Field(() => [PanelStratum])
  strata!: PanelStratum[];

  @Field(() => [PanelMemberProgress], {
    description: 'Coordinators: every member; a member: only themselves',
  })
  members!: PanelMemberProgress[];
}

@ObjectType({ description: 'Drawing the sample again with its stored parameters on today’s data' })
export class PanelRedrawCheck {
  @Field({ description: 'The redraw gives exactly the stored decisions' })
  identical!: boolean;

  @Field(() => Int)
  frameCountNow!: number;

  @Field(() => Int, { description: 'Decisions the redraw would add (imported later and ranked in)' })
  onlyInRedraw!: number;

  @Field(() => Int)
  onlyInStored!: number;
}

@ObjectType({ description: 'How many decisions a frame holds, and how many are needed for a given margin' })
export class PanelFramePreview {
  @Field(() => Int)
  frameCount!: number;

  @Field(() => [PanelStratum], { description: 'drawn = decisions of the stratum in the frame, weight 1' })
  strata!: PanelStratum[];

  @Field(() => Int, {
    description: 'Reviewed decisions needed to see a 10 % system-error share within ± margin (95 %)',
  })
  requiredSampleSize!: number;
}

@ObjectType({ description: 'A user with the panel role' })
export class PanelMember {
  @Field(() => Int)
  id!: number;

  @Field()
  displayName!: string;
}

@ObjectType({ description: 'A choice in the sample form: a code and its Dutch label' })
export class PanelOption {
  @Field()
  code!: string;

  @Field()
  label!: string;
}

@ObjectType({ description: 'What the frame of a new sample can be filtered on, from the decisions present' })
export class PanelFrameOptions {
  @Field(() => [PanelOption])
  laws!: PanelOption[];

  @Field(() => [PanelOption])
  outcomes!: PanelOption[];

  @Field(() => [PanelOption], { description: 'Main themes of the decisions' })
  themes!: PanelOption[];
}
