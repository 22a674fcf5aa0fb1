import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../auth/role';
import { Roles } from '../auth/roles.decorator';
import { SessionOnly } from '../auth/session-only.decorator';
import { ApiTokensService } from './api-tokens.service';
import { CreateApiTokenInput } from './dto/create-api-token.input';
import { ApiTokenInfo, CreatedApiToken } from './models/api-token.model';

/** Every role manages its own tokens, in a session only (a token cannot make or see tokens). */
@Resolver(() => ApiTokenInfo)
@Roles('raad', 'panel', 'college', 'beleid', 'beheer')
@SessionOnly()
export class ApiTokensResolver {
  constructor(private readonly service: ApiTokensService) {}

  @Query(() => [ApiTokenInfo], { description: "The logged-in user's API tokens, newest first" })
  myApiTokens(@CurrentUser() user: AuthenticatedUser): Promise<ApiTokenInfo[]> {
    return this.service.list(user);
  }

  @Mutation(() => CreatedApiToken, { description: 'Create a personal API token; shown once; audited' })
  createApiToken(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    return this.service.create(user, input);
  }

  @Mutation(() => Boolean, {
    description: 'Revoke one of your valid API tokens at once (audited); false when you have no such token',
  })
  revokeApiToken(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => Int }) id: number,
  ): Promise<boolean> {
    return this.service.revoke(user, id);
  }
}
