import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { AddContractInput } from './dto/add-contract.input';
import { SaveMunicipalityInput } from './dto/save-municipality.input';
import { SaveOrganisationInput } from './dto/save-organisation.input';
import { ReferenceContract } from './models/reference-contract.model';
import { ReferenceDomain } from './models/reference-domain.model';
import { ReferenceMunicipality } from './models/reference-municipality.model';
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

  @Query(() => [ReferenceMunicipality], {
    description: 'Municipalities with their inhabitants per year (beheer; only its own for a bound user)',
  })
  referenceMunicipalities(@CurrentUser() user: AuthenticatedUser): Promise<ReferenceMunicipality[]> {
    return this.service.municipalities(user);
  }

  @Query(() => [ReferenceDomain], { description: 'The social-domain areas (beheer)' })
  referenceDomains(): Promise<ReferenceDomain[]> {
    return this.service.domains();
  }

  @Query(() => [ReferenceContract], {
    description: "Providers' contracts (beheer; own municipality if bound)",
  })
  referenceContracts(@CurrentUser() user: AuthenticatedUser): Promise<ReferenceContract[]> {
    return this.service.contracts(user);
  }

  @Mutation(() => Int, { description: 'Add one contract; returns its id; beheer, audited' })
  addContract(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: AddContractInput,
  ): Promise<number> {
    return this.service.addContract(user, input);
  }

  @Mutation(() => Boolean, { description: 'End a contract on a day (its last day); beheer, audited' })
  endContract(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => Int }) id: number,
    @Args('endsOn', { description: 'yyyy-mm-dd' }) endsOn: string,
  ): Promise<boolean> {
    return this.service.endContract(user, id, endsOn);
  }
}
