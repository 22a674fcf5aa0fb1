import { UnauthorizedException } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CachedAggregate } from '../aggregate-cache/aggregate-cache.interceptor';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { MetricsQueryInput } from './dto/metrics-query.input';
import { MetricsService } from './metrics.service';
import { MetricsResult } from './models/metrics-result.model';

@Resolver(() => MetricsResult)
@CachedAggregate()
export class MetricsResolver {
  constructor(private readonly service: MetricsService) {}

  @Query(() => MetricsResult, {
    description:
      'Indicators from the metric catalog; counts are perturbed (cell-key method) for raad, panel and college',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  metrics(
    @Args('query') query: MetricsQueryInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<MetricsResult> {
    if (!user) throw new UnauthorizedException();
    return this.service.query(query, user);
  }
}
