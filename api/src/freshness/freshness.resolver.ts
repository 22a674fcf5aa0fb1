import { UnauthorizedException } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CachedAggregate } from '../aggregate-cache/aggregate-cache.interceptor';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { FreshnessQueryInput } from './dto/freshness-query.input';
import { FreshnessService } from './freshness.service';
import { FreshnessResult } from './models/freshness.model';

@Resolver()
@CachedAggregate()
export class FreshnessResolver {
  constructor(private readonly service: FreshnessService) {}

  @Query(() => FreshnessResult, { description: 'Last delivery and stale flag per source organisation' })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  dataFreshness(
    @Args('query', { type: () => FreshnessQueryInput, nullable: true }) query: FreshnessQueryInput | null,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<FreshnessResult> {
    if (!user) throw new UnauthorizedException();
    return this.service.freshness(query ?? {}, user);
  }
}
