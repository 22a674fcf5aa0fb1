import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({
  description: 'A change to one of your own views: rename, set to another state, share or stop sharing',
})
export class UpdateSavedViewInput {
  @Field(() => Int)
  id!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'With search: the new page and state' })
  path?: string | null;

  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  shared?: boolean | null;
}
