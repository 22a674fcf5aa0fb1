import { UnauthorizedException } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { ClientsService } from './clients.service';
import { ClientRatesInput } from './dto/client-rates.input';
import { ClientRates } from './models/client-rates.model';

@Resolver(() => ClientRates)
export class ClientsResolver {
  constructor(private readonly service: ClientsService) {}

  @Query(() => ClientRates, {
    description: 'Complaints and signals per 1,000 clients per domain and per provider in one year',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  clientRates(
    @Args('input') input: ClientRatesInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<ClientRates> {
    if (!user) throw new UnauthorizedException();
    return this.service.rates(input, user);
  }
}
