import { UnauthorizedException } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CachedAggregate } from '../aggregate-cache/aggregate-cache.interceptor';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { RegionalComparisonInput, SetRegionalParticipationInput } from './dto/regional-comparison.input';
import { RegionalComparison, RegionalParticipant } from './models/regional-comparison.model';
import { RegionalComparisonService } from './regional-comparison.service';

@Resolver()
export class RegionalComparisonResolver {
  constructor(private readonly service: RegionalComparisonService) {}

  @Query(() => RegionalComparison, {
    description:
      "Complaints per 1,000 inhabitants of the region's municipalities that take part, with funnel limits; only for users of a municipality that takes part",
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  @CachedAggregate()
  regionalComparison(
    @Args('query') query: RegionalComparisonInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<RegionalComparison> {
    if (!user) throw new UnauthorizedException();
    return this.service.comparison(query, user);
  }

  @Query(() => [RegionalParticipant], {
    description: 'Municipalities and whether each takes part in the regional comparison (beheer)',
  })
  @Roles('beheer')
  regionalParticipation(@CurrentUser() user: AuthenticatedUser): Promise<RegionalParticipant[]> {
    return this.service.participation(user);
  }

  @Mutation(() => RegionalParticipant, {
    description: 'Let a municipality take part in the regional comparison, or not (beheer, audited)',
  })
  @Roles('beheer')
  setRegionalParticipation(
    @Args('input') input: SetRegionalParticipationInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RegionalParticipant> {
    return this.service.setParticipation(user, input);
  }
}
