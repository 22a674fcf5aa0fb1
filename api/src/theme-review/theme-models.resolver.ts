import { Args, Float, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { ThemeModelTraining } from './models/theme-model-training.model';
import { ThemeModelVersion } from './models/theme-model-version.model';
import { ThemeModelsService } from './theme-models.service';

@Resolver(() => ThemeModelVersion)
export class ThemeModelsResolver {
  constructor(private readonly service: ThemeModelsService) {}

  @Query(() => [ThemeModelVersion], {
    description: 'Trained theme models, newest first, with their evaluation (beheer, beleid)',
  })
  @Roles('beheer', 'beleid')
  themeModels(@CurrentUser() user: AuthenticatedUser): Promise<ThemeModelVersion[]> {
    return this.service.models(user);
  }

  @Query(() => ThemeModelTraining, {
    nullable: true,
    description: 'The running or last training of a theme model in this process (beheer, beleid)',
  })
  @Roles('beheer', 'beleid')
  themeModelTraining(@CurrentUser() user: AuthenticatedUser): ThemeModelTraining | null {
    return this.service.training(user);
  }

  @Mutation(() => ThemeModelTraining, {
    description:
      'Train a new theme model (a candidate) in the background; joins a running one (beheer, beleid; audited)',
  })
  @Roles('beheer', 'beleid')
  startThemeModelTraining(
    @CurrentUser() user: AuthenticatedUser,
    @Args('threshold', { type: () => Float, nullable: true }) threshold?: number | null,
  ): Promise<ThemeModelTraining> {
    return this.service.startTraining(user, threshold);
  }

  @Mutation(() => Boolean, {
    description: 'Take a trained theme model into use (or back into use) for the next imports (audited)',
  })
  @Roles('beheer', 'beleid')
  activateThemeModel(
    @CurrentUser() user: AuthenticatedUser,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<boolean> {
    return this.service.activate(user, version);
  }
}
