import { UnauthorizedException } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CachedAggregate } from '../aggregate-cache/aggregate-cache.interceptor';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { ProviderComplianceQueryInput } from './dto/provider-compliance-query.input';
import { ProviderComplianceResult } from './models/provider-compliance.model';
import { ProviderComplianceService } from './provider-compliance.service';

@Resolver()
@CachedAggregate()
export class ProviderComplianceResolver {
  constructor(private readonly service: ProviderComplianceService) {}

  @Query(() => ProviderComplianceResult, {
    description:
      'Which contracted providers sent their half-year complaint report on time, late or not at all',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  providerCompliance(
    @Args('query') query: ProviderComplianceQueryInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<ProviderComplianceResult> {
    if (!user) throw new UnauthorizedException();
    return this.service.compliance(query, user);
  }
}
