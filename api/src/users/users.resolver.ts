import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { SessionOnly } from '../auth/session-only.decorator';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { ManagedUser } from './models/managed-user.model';
import { UsersService } from './users.service';

/** Account management for beheer; the password reset is `resetPassword` (AuthResolver). */
@Resolver(() => ManagedUser)
@Roles('beheer')
@SessionOnly()
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => [ManagedUser], { description: 'Accounts (beheer; its own municipality when bound)' })
  managedUsers(@CurrentUser() user: AuthenticatedUser): Promise<ManagedUser[]> {
    return this.service.list(user);
  }

  @Mutation(() => ManagedUser, { description: 'Create a local account with a first password; audited' })
  createUser(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateUserInput,
  ): Promise<ManagedUser> {
    return this.service.create(user, input);
  }

  @Mutation(() => ManagedUser, {
    description: "Change an account's role, municipality or active state; ends its sessions; audited",
  })
  updateUser(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateUserInput,
  ): Promise<ManagedUser> {
    return this.service.update(user, input);
  }
}
