import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The YAML of a source profile, to edit it' })
export class ImportProfileText {
  @Field()
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Revision of a saved profile; null for a built-in one' })
  revision!: number | null;

  @Field()
  yaml!: string;
}
