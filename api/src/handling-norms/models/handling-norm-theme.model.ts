import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A theme a handling norm can be narrowed to (a source category maps to one)' })
export class HandlingNormTheme {
  @Field()
  code!: string;

  @Field()
  label!: string;
}
