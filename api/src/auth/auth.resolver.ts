import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { User } from '../users/models/user.model';
import { AuthService, LoggedInUser } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { ChangePasswordArgs } from './dto/change-password.args';
import { LoginArgs } from './dto/login.args';
import { ResetPasswordArgs } from './dto/reset-password.args';
import { AuthOptions } from './models/auth-options.model';
import { Public } from './public.decorator';
import { GraphQLRequestContext } from './request-context';
import { AuthenticatedUser, ROLES } from './role';
import { Roles } from './roles.decorator';

@Resolver(() => User)
export class AuthResolver {
  constructor(private readonly service: AuthService) {}

  @Public()
  @Mutation(() => User, { description: 'Log in; sets an HttpOnly session cookie' })
  login(@Args() args: LoginArgs, @Context() context: GraphQLRequestContext): Promise<LoggedInUser> {
    return this.service.login(args.username, args.password, context.req, context.res);
  }

  @Roles(...ROLES)
  @Mutation(() => Boolean, {
    description: 'Change your own password; ends your other sessions (not for organisation accounts)',
  })
  changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: ChangePasswordArgs,
    @Context() context: GraphQLRequestContext,
  ): Promise<boolean> {
    return this.service.changePassword(user, args.currentPassword, args.newPassword, context.req);
  }

  @Roles('beheer')
  @Mutation(() => Boolean, {
    description:
      "Set a new password for a local account that forgot it (beheer; within its municipality); ends that user's sessions",
  })
  resetPassword(@CurrentUser() user: AuthenticatedUser, @Args() args: ResetPasswordArgs): Promise<boolean> {
    return this.service.resetPassword(user, args.username, args.newPassword);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'End the session; true when there was one' })
  logout(@Context() context: GraphQLRequestContext): Promise<boolean> {
    return this.service.logout(context.req, context.res);
  }

  @Public()
  @Query(() => AuthOptions, {
    description: 'How one can log in: password, and an organisation account when OIDC is on',
  })
  authOptions(): AuthOptions {
    return this.service.options();
  }

  @Public()
  @Query(() => User, { nullable: true, description: 'The logged-in user; null without a valid session' })
  me(@CurrentUser() user: AuthenticatedUser | null): AuthenticatedUser | null {
    return user;
  }
}
