import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SavedView', {
  description: 'A named page with its dashboard state (docs/saved-views.md); open it at path + search',
})
export class SavedViewModel {
  @Field(() => Int)
  id!: number;

  @Field()
  name!: string;

  @Field({ description: 'The page, e.g. /themas' })
  path!: string;

  @Field({ description: "The page's dashboard state: the query string with its '?', or empty" })
  search!: string;

  @Field({ description: 'Visible to colleagues with the same role and municipality' })
  shared!: boolean;

  @Field({ description: "The owner's display name" })
  ownerDisplayName!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
