import { UnauthorizedException } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CachedAggregate } from '../aggregate-cache/aggregate-cache.interceptor';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { ChainService } from './chain.service';
import { ChainQueryInput } from './dto/chain-query.input';
import { ChainResult } from './models/chain.model';

@Resolver()
@CachedAggregate()
export class ChainResolver {
  constructor(private readonly service: ChainService) {}

  @Query(() => ChainResult, {
    description: 'Complaints per line of the chain, escalation rate and citizens moving to the next line',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  chain(
    @Args('query') query: ChainQueryInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<ChainResult> {
    if (!user) throw new UnauthorizedException();
    return this.service.chain(query, user);
  }
}
