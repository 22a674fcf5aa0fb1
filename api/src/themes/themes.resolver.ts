import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { CreateThemeInput } from './dto/create-theme.input';
import { UpdateThemeInput } from './dto/update-theme.input';
import { TaxonomyTheme } from './models/taxonomy-theme.model';
import { ThemesService } from './themes.service';

@Resolver(() => TaxonomyTheme)
export class ThemesResolver {
  constructor(private readonly service: ThemesService) {}

  @Query(() => [TaxonomyTheme], { description: 'The theme taxonomy, retired themes included (beheer)' })
  @Roles('beheer')
  taxonomyThemes(@CurrentUser() user: AuthenticatedUser): Promise<TaxonomyTheme[]> {
    return this.service.list(user);
  }

  @Mutation(() => TaxonomyTheme, { description: 'Add a theme or subtheme (beheer; audited)' })
  @Roles('beheer')
  createTheme(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateThemeInput,
  ): Promise<TaxonomyTheme> {
    return this.service.create(user, input);
  }

  @Mutation(() => TaxonomyTheme, {
    description: 'Rename a theme, edit its keywords or move it to another parent (beheer; audited)',
  })
  @Roles('beheer')
  updateTheme(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateThemeInput,
  ): Promise<TaxonomyTheme> {
    return this.service.update(user, input);
  }

  @Mutation(() => TaxonomyTheme, {
    description: 'Retire (active: false) or restore a theme; retired themes get no new assignments (audited)',
  })
  @Roles('beheer')
  setThemeActive(
    @CurrentUser() user: AuthenticatedUser,
    @Args('code') code: string,
    @Args('active') active: boolean,
  ): Promise<TaxonomyTheme> {
    return this.service.setActive(user, code, active);
  }
}
