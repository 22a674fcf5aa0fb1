import { UnauthorizedException } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CachedAggregate } from '../aggregate-cache/aggregate-cache.interceptor';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { NeighbourhoodMapInput } from './dto/neighbourhood-map.input';
import { NeighbourhoodBoundarySet } from './models/neighbourhood-boundary-set.model';
import { NeighbourhoodMap } from './models/neighbourhood-map.model';
import { NeighbourhoodsService } from './neighbourhoods.service';

@Resolver(() => NeighbourhoodMap)
export class NeighbourhoodsResolver {
  constructor(private readonly service: NeighbourhoodsService) {}

  @Query(() => NeighbourhoodMap, {
    description:
      'Complaints and signals per wijk or buurt with their CBS outlines; perturbed (cell-key) for raad, panel and college',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  @CachedAggregate()
  neighbourhoodMap(
    @Args('query') query: NeighbourhoodMapInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<NeighbourhoodMap> {
    if (!user) throw new UnauthorizedException();
    return this.service.map(query, user);
  }

  @Query(() => [NeighbourhoodBoundarySet], {
    description: 'The loaded CBS wijk/buurt boundaries per municipality (beheer; own municipality)',
  })
  @Roles('beheer')
  neighbourhoodBoundarySets(@CurrentUser() user: AuthenticatedUser): Promise<NeighbourhoodBoundarySet[]> {
    return this.service.boundarySets(user);
  }
}
