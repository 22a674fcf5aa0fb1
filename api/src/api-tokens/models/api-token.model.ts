import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A personal API token of the logged-in user (never the token itself)' })
export class ApiTokenInfo {
  @Field(() => Int)
  id!: number;

  @Field()
  name!: string;

  @Field({ description: 'The first characters of the token, to recognise it' })
  prefix!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Last request with the token (to the minute)',
  })
  lastUsedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A token just created: the only time the token itself is shown' })
export class CreatedApiToken {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; store it safely, it is shown once' })
  token!: string;

  @Field(() => ApiTokenInfo)
  info!: ApiTokenInfo;
}
