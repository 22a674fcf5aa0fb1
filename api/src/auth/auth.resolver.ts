import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { User } from '../users/models/user.model';
import { AuthService, LoggedInUser } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { LoginArgs } from './dto/login.args';
import { AuthOptions } from './models/auth-options.model';
import { Public } from './public.decorator';
import { GraphQLRequestContext } from './request-context';
import { AuthenticatedUser } from './role';

@Resolver(() => User)
export class AuthResolver {
  constructor(private readonly service: AuthService) {}

  @Public()
  @Mutation(() => User, { description: 'Log in; sets an HttpOnly session cookie' })
  login(@Args() args: LoginArgs, @Context() context: GraphQLRequestContext): Promise<LoggedInUser> {
    return this.service.login(args.username, args.password, context.req, context.res);
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
