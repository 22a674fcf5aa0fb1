import { UnauthorizedException } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CachedAggregate } from '../aggregate-cache/aggregate-cache.interceptor';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { HandlingTimesQueryInput, IndicatorQueryInput } from './dto/indicator-query.input';
import { HandlingTimesService } from './handling-times.service';
import { HandlingTimesResult, WaitingTimeResult } from './models/handling-times.model';

@Resolver()
@CachedAggregate()
export class HandlingTimesResolver {
  constructor(private readonly service: HandlingTimesService) {}

  @Query(() => HandlingTimesResult, {
    description: 'Handling times of complaints (Awb 9:11) or objections (Awb 7:10) against the legal term',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  handlingTimes(
    @Args('query') query: HandlingTimesQueryInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<HandlingTimesResult> {
    if (!user) throw new UnauthorizedException();
    return this.service.handlingTimes(query, user);
  }

  @Query(() => WaitingTimeResult, { description: 'Share and trend of complaints about waiting times' })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  waitingTimeComplaints(
    @Args('query') query: IndicatorQueryInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<WaitingTimeResult> {
    if (!user) throw new UnauthorizedException();
    return this.service.waitingTime(query, user);
  }
}
