import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { SaveMunicipalityInput } from './dto/save-municipality.input';
import { SaveOrganisationInput } from './dto/save-organisation.input';
import { ReferenceOrganisation } from './models/reference-organisation.model';
import { ReferenceDataService } from './reference-data.service';

@Resolver()
@Roles('beheer')
export class ReferenceDataResolver {
  constructor(private readonly service: ReferenceDataService) {}

  @Mutation(() => Boolean, {
    description: 'Add or update a municipality (and its inhabitants); beheer, audited',
  })
  saveMunicipality(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SaveMunicipalityInput,
  ): Promise<boolean> {
    return this.service.saveMunicipality(user, input);
  }

  @Mutation(() => Boolean, { description: 'Add or update an organisation by its code; beheer, audited' })
  saveOrganisation(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SaveOrganisationInput,
  ): Promise<boolean> {
    return this.service.saveOrganisation(user, input);
  }

  @Mutation(() => Boolean, {
    description: 'Merge two organisations that are the same: everything of `from` moves to `into`; audited',
  })
  mergeOrganisations(
    @CurrentUser() user: AuthenticatedUser,
    @Args('from') from: string,
    @Args('into') into: string,
  ): Promise<boolean> {
    return this.service.mergeOrganisations(user, from, into);
  }

  @Query(() => [ReferenceOrganisation], {
    description: 'Organisations with aliases and active period (beheer)',
  })
  referenceOrganisations(@CurrentUser() user: AuthenticatedUser): Promise<ReferenceOrganisation[]> {
    return this.service.organisations(user);
  }
}
