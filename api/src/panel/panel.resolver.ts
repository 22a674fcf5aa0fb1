import { UnauthorizedException } from '@nestjs/common';
import { Args, Float, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { DrawPanelSampleInput, PanelFrameInput, SavePanelReviewInput } from './dto/panel.inputs';
import {
  ConductNormModel,
  PanelCaseModel,
  PanelReviewModel,
  PanelSignalFindingModel,
} from './models/panel-case.model';
import { PanelStratifyByEnum } from './models/panel-enums';
import { PanelFindings } from './models/panel-findings.model';
import {
  PanelFrameOptions,
  PanelFramePreview,
  PanelMember,
  PanelRedrawCheck,
  PanelSampleModel,
} from './models/panel-sample.model';
import { PanelFindingsService } from './panel-findings.service';
import { PanelReviewsService } from './panel-reviews.service';
import { PanelSamplesService } from './panel-samples.service';
import { PanelStratifyBy } from './panel.repository';

function required(user: AuthenticatedUser | null): AuthenticatedUser {
  if (!user) throw new UnauthorizedException();
  return user;
}

@Resolver()
export class PanelResolver {
  constructor(
    private readonly samples: PanelSamplesService,
    private readonly reviews: PanelReviewsService,
    private readonly findings: PanelFindingsService,
  ) {}

  @Query(() => PanelFramePreview, { description: 'Size of a frame and the power hint (coordinators)' })
  @Roles('college', 'beheer')
  panelFramePreview(
    @Args('frame', { type: () => PanelFrameInput }) frame: PanelFrameInput,
    @Args('stratifyBy', { type: () => PanelStratifyByEnum, nullable: true })
    stratifyBy: PanelStratifyBy | null,
    @Args('margin', { type: () => Float, defaultValue: 0.05 }) margin: number,
    @Args('municipalityCode', { type: () => String, nullable: true }) municipalityCode: string | null,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<PanelFramePreview> {
    return this.samples.preview(frame, stratifyBy ?? null, margin, municipalityCode ?? null, required(user));
  }

  @Query(() => PanelFrameOptions, {
    description: 'Laws, outcomes and themes to build a frame from (coordinators)',
  })
  @Roles('college', 'beheer')
  panelFrameOptions(@CurrentUser() user: AuthenticatedUser | null): Promise<PanelFrameOptions> {
    return this.samples.frameOptions(required(user));
  }

  @Query(() => [PanelSampleModel], {
    description: 'Coordinators: every sample; a member: the samples assigned to them',
  })
  @Roles('panel', 'college', 'beheer')
  panelSamples(@CurrentUser() user: AuthenticatedUser | null): Promise<PanelSampleModel[]> {
    return this.samples.samples(required(user));
  }

  @Query(() => PanelSampleModel)
  @Roles('panel', 'college', 'beheer')
  panelSample(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<PanelSampleModel> {
    return this.samples.sample(id, required(user));
  }

  @Query(() => PanelRedrawCheck, {
    description: 'Draw again with the stored parameters and compare (coordinators)',
  })
  @Roles('college', 'beheer')
  panelSampleRedrawCheck(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<PanelRedrawCheck> {
    return this.samples.redrawCheck(id, required(user));
  }

  @Query(() => [PanelMember], { description: 'Users with the panel role (coordinators)' })
  @Roles('college', 'beheer')
  panelMembers(@CurrentUser() user: AuthenticatedUser | null): Promise<PanelMember[]> {
    return this.samples.members(required(user));
  }

  @Query(() => [PanelCaseModel], {
    description: 'Pseudonymised, redacted decisions: a member only those assigned to them (audited)',
  })
  @Roles('panel', 'college', 'beheer')
  panelCases(
    @Args('sampleId', { type: () => ID, nullable: true }) sampleId: string | null,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<PanelCaseModel[]> {
    return this.reviews.cases(sampleId ?? null, required(user));
  }

  @Query(() => PanelCaseModel, { description: 'One decision of a sample (audited)' })
  @Roles('panel', 'college', 'beheer')
  panelCase(
    @Args('sampleId', { type: () => ID }) sampleId: string,
    @Args('decisionId', { type: () => ID }) decisionId: string,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<PanelCaseModel> {
    return this.reviews.case(sampleId, decisionId, required(user));
  }

  @Query(() => [ConductNormModel], {
    description: 'The behoorlijkheidswijzer: core values and their requirements',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  conductNorms(): Promise<ConductNormModel[]> {
    return this.reviews.norms();
  }

  @Query(() => PanelFindings, {
    description:
      'Findings per law, theme and norm; a member only over their own cases; small counts withheld',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  panelFindings(
    @Args('sampleId', { type: () => ID, nullable: true }) sampleId: string | null,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<PanelFindings> {
    return this.findings.findings(sampleId ?? null, required(user));
  }

  @Query(() => [PanelSignalFindingModel], { description: 'Findings the panel added to existing signals' })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  panelSignalFindings(
    @Args('signalId', { type: () => ID, nullable: true }) signalId: string | null,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<PanelSignalFindingModel[]> {
    return this.reviews.signalFindings(signalId ?? null, required(user));
  }

  @Mutation(() => PanelSampleModel, {
    description: 'Draw and store a reproducible sample (coordinators; audited)',
  })
  @Roles('college', 'beheer')
  drawPanelSample(
    @Args('input', { type: () => DrawPanelSampleInput }) input: DrawPanelSampleInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<PanelSampleModel> {
    return this.samples.draw(input, required(user));
  }

  @Mutation(() => PanelSampleModel, {
    description: 'Assign panel members to the cases of a sample (coordinators)',
  })
  @Roles('college', 'beheer')
  assignPanelMembers(
    @Args('sampleId', { type: () => ID }) sampleId: string,
    @Args('userIds', { type: () => [Int] }) userIds: number[],
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<PanelSampleModel> {
    return this.samples.assign(sampleId, userIds, required(user));
  }

  @Mutation(() => PanelReviewModel, {
    description: 'Save the fields given of the caller’s review (panel; audited)',
  })
  @Roles('panel')
  savePanelReview(
    @Args('input', { type: () => SavePanelReviewInput }) input: SavePanelReviewInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<PanelReviewModel> {
    return this.reviews.save(input, required(user));
  }

  @Mutation(() => PanelCaseModel, {
    description: 'Confirm a system error: it becomes a signal (coordinators)',
  })
  @Roles('college', 'beheer')
  confirmPanelSystemError(
    @Args('sampleId', { type: () => ID }) sampleId: string,
    @Args('decisionId', { type: () => ID }) decisionId: string,
    @Args('confirmed', { type: () => Boolean }) confirmed: boolean,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<PanelCaseModel> {
    return this.reviews.confirm(sampleId, decisionId, confirmed, note ?? null, required(user));
  }

  @Mutation(() => PanelSignalFindingModel, { description: 'Add the panel’s finding to an existing signal' })
  @Roles('panel', 'college', 'beheer')
  addPanelSignalFinding(
    @Args('signalId', { type: () => ID }) signalId: string,
    @Args('sampleId', { type: () => ID, nullable: true }) sampleId: string | null,
    @Args('finding') finding: string,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<PanelSignalFindingModel> {
    return this.reviews.addSignalFinding(signalId, sampleId ?? null, finding, required(user));
  }
}
