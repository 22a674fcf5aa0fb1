import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The ways to log in to this installation' })
export class AuthOptions {
  @Field({
    description:
      'True: besides the password login, log in with an organisation account (OpenID Connect) at GET /auth/oidc/login',
  })
  oidc!: boolean;
}
