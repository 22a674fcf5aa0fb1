import { UnauthorizedException } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { MeasureInput } from './dto/measure.input';
import { MeasuresService } from './measures.service';
import { MeasureEffect, MeasureModel, RecommendationFollowUp } from './models/measure.model';

function required(user: AuthenticatedUser | null): AuthenticatedUser {
  if (!user) throw new UnauthorizedException();
  return user;
}

@Resolver(() => MeasureModel)
export class MeasuresResolver {
  constructor(private readonly service: MeasuresService) {}

  @Query(() => [MeasureModel], { description: 'The measures register, newest effect date first' })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  measures(
    @Args('themeCode', { type: () => String, nullable: true }) themeCode: string | null,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<MeasureModel[]> {
    return this.service.list(themeCode, required(user));
  }

  @Query(() => MeasureModel, { nullable: true })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  measure(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<MeasureModel | null> {
    return this.service.measure(id, required(user));
  }

  @Query(() => [RecommendationFollowUp], {
    description: 'Ombudsman and panel recommendations followed, not followed and pending, from the register',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  recommendationFollowUp(@CurrentUser() user: AuthenticatedUser | null): Promise<RecommendationFollowUp[]> {
    return this.service.followUp(required(user));
  }

  @Mutation(() => MeasureModel, { description: 'Add a measure to the register (beleid, beheer; audited)' })
  @Roles('beleid', 'beheer')
  createMeasure(
    @Args('input') input: MeasureInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<MeasureModel> {
    return this.service.create(input, required(user));
  }

  @Mutation(() => MeasureModel, { description: 'Change a measure (beleid, beheer; audited)' })
  @Roles('beleid', 'beheer')
  updateMeasure(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MeasureInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<MeasureModel> {
    return this.service.update(id, input, required(user));
  }

  @ResolveField(() => MeasureEffect, {
    description:
      'Complaints on the theme per 1,000 inhabitants before and after, on a u-chart with its verdict',
  })
  effect(
    @Parent() measure: MeasureModel,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<MeasureEffect> {
    return this.service.effect(measure, required(user));
  }

  @ResolveField(() => MeasureEffect, {
    nullable: true,
    description:
      "The same u-chart per 1,000 clients of the theme's domain (client counts, issue 18); null when the " +
      'theme belongs to every domain or the municipality has no client counts for those years',
  })
  effectPerClients(
    @Parent() measure: MeasureModel,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<MeasureEffect | null> {
    return this.service.effectPerClients(measure, required(user));
  }
}
