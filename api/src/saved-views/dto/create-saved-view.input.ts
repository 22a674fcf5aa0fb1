import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'A new saved view: a name and the page with its dashboard state' })
export class CreateSavedViewInput {
  @Field({ description: '1–80 characters, unique among your own views' })
  name!: string;

  @Field({ description: 'The page, e.g. /themas' })
  path!: string;

  @Field({ description: "The query string with its '?', or empty" })
  search!: string;
}
