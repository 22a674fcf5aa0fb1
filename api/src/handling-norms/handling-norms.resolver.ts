import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { SaveHandlingNormInput } from './dto/save-handling-norm.input';
import { HandlingNormsService } from './handling-norms.service';
import { HandlingNorm } from './models/handling-norm.model';
import { HandlingNormTheme } from './models/handling-norm-theme.model';

@Resolver(() => HandlingNorm)
@Roles('beheer')
export class HandlingNormsResolver {
  constructor(private readonly service: HandlingNormsService) {}

  @Query(() => [HandlingNorm], {
    description: 'Handling terms per source, theme or kind (beheer; own municipality)',
  })
  handlingNorms(@CurrentUser() user: AuthenticatedUser): Promise<HandlingNorm[]> {
    return this.service.list(user);
  }

  @Query(() => [HandlingNormTheme], {
    description: 'Active themes a handling term can be narrowed to (beheer)',
  })
  handlingNormThemes(): Promise<HandlingNormTheme[]> {
    return this.service.themes();
  }

  @Mutation(() => Int, { description: 'Add a handling term; returns its id; beheer, audited' })
  addHandlingNorm(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SaveHandlingNormInput,
  ): Promise<number> {
    return this.service.add(user, input);
  }

  @Mutation(() => Boolean, {
    description: 'Change a handling term (applies to later imports); beheer, audited',
  })
  changeHandlingNorm(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => Int }) id: number,
    @Args('input') input: SaveHandlingNormInput,
  ): Promise<boolean> {
    return this.service.change(user, id, input);
  }

  @Mutation(() => Boolean, { description: 'End a handling term on a day (its last day); beheer, audited' })
  endHandlingNorm(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => Int }) id: number,
    @Args('validTo', { description: 'yyyy-mm-dd' }) validTo: string,
  ): Promise<boolean> {
    return this.service.end(user, id, validTo);
  }
}
