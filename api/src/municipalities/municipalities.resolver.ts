import { UnauthorizedException } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { MunicipalitiesRepository } from './municipalities.repository';
import { MunicipalityOption } from './models/municipality-option.model';

@Resolver()
export class MunicipalitiesResolver {
  constructor(private readonly repository: MunicipalitiesRepository) {}

  @Query(() => [MunicipalityOption], {
    description:
      'Municipalities for the filter bar (public names, no counts; only their own for a bound user)',
  })
  @Roles('raad', 'panel', 'college', 'beleid', 'beheer')
  municipalities(@CurrentUser() user: AuthenticatedUser | null): Promise<MunicipalityOption[]> {
    if (!user) throw new UnauthorizedException();
    return this.repository.list(user.municipalityCode);
  }
}
