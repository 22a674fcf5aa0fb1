import { UnauthorizedException } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CachedAggregate } from '../aggregate-cache/aggregate-cache.interceptor';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { ThermometerArgs } from './dto/thermometer.args';
import { Thermometer } from './models/thermometer.model';
import { ThermometerService } from './thermometer.service';

@Resolver(() => Thermometer)
@CachedAggregate()
export class ThermometerResolver {
  constructor(private readonly service: ThermometerService) {}

  @Query(() => Thermometer, {
    description:
      'Per domain a green/amber/red reading with a Dutch explanation; counts perturbed for raad, panel and college',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  thermometer(
    @Args() args: ThermometerArgs,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<Thermometer> {
    if (!user) throw new UnauthorizedException();
    return this.service.read(args.period ?? null, user);
  }
}
