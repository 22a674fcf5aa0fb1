import { Field, InputType } from '@nestjs/graphql';

/** Fields left out stay as they are; the code cannot change. */
@InputType()
export class UpdateThemeInput {
  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  keywords?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Move: true with parentCode (null or left out: make it a theme of its own)',
  })
  move?: boolean | null;

  @Field(() => String, { nullable: true })
  parentCode?: string | null;
}
