import { UnauthorizedException } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CachedAggregate } from '../aggregate-cache/aggregate-cache.interceptor';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { OutcomesQueryInput } from './dto/outcomes-query.input';
import { MeasuresResult, OutcomesResult } from './models/outcomes.model';
import { OutcomesService } from './outcomes.service';

@Resolver()
@CachedAggregate()
export class OutcomesResolver {
  constructor(private readonly service: OutcomesService) {}

  @Query(() => OutcomesResult, {
    description: 'Uphold rate of complaints or objections and ombudsman recommendations followed',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  outcomes(
    @Args('query') query: OutcomesQueryInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<OutcomesResult> {
    if (!user) throw new UnauthorizedException();
    return this.service.outcomes(query, user);
  }

  @Query(() => MeasuresResult, { description: 'Measures taken for upheld complaints (family is ignored)' })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  upheldComplaintMeasures(
    @Args('query') query: OutcomesQueryInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<MeasuresResult> {
    if (!user) throw new UnauthorizedException();
    return this.service.measures(query, user);
  }
}
