import { UnauthorizedException } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser, ROLES } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { CreateSavedViewInput } from './dto/create-saved-view.input';
import { UpdateSavedViewInput } from './dto/update-saved-view.input';
import { SavedViewModel } from './models/saved-view.model';
import { SavedViewsModel } from './models/saved-views.model';
import { SavedViewsService } from './saved-views.service';

function required(user: AuthenticatedUser | null): AuthenticatedUser {
  if (!user) throw new UnauthorizedException();
  return user;
}

/** Every role keeps its own views; what a view shows is decided by the page it opens, for the viewer's role. */
@Resolver(() => SavedViewModel)
@Roles(...ROLES)
export class SavedViewsResolver {
  constructor(private readonly service: SavedViewsService) {}

  @Query(() => SavedViewsModel, { description: 'Your saved views and those your colleagues share with you' })
  savedViews(@CurrentUser() user: AuthenticatedUser | null): Promise<SavedViewsModel> {
    return this.service.list(required(user));
  }

  @Mutation(() => SavedViewModel, { description: 'Save a page with its dashboard state (audited)' })
  createSavedView(
    @Args('input') input: CreateSavedViewInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<SavedViewModel> {
    return this.service.create(required(user), input);
  }

  @Mutation(() => SavedViewModel, {
    description: 'Rename, set to another state, share or stop sharing one of your own views (audited)',
  })
  updateSavedView(
    @Args('input') input: UpdateSavedViewInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<SavedViewModel> {
    return this.service.update(required(user), input);
  }

  @Mutation(() => Boolean, { description: 'Delete one of your own views (audited)' })
  deleteSavedView(
    @Args('id', { type: () => Int }) id: number,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<boolean> {
    return this.service.delete(required(user), id);
  }

  @Mutation(() => Int, {
    description:
      'Take over the views this browser kept before they were stored on the server; names you already use are skipped. Returns how many were added (audited)',
  })
  importSavedViews(
    @Args('views', { type: () => [CreateSavedViewInput] }) views: CreateSavedViewInput[],
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<number> {
    return this.service.importViews(required(user), views);
  }
}
