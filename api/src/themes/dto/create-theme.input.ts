import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class CreateThemeInput {
  @Field({ description: 'Lowercase snake_case, unique, never changes' })
  code!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'A subtheme: the code of its parent theme' })
  parentCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A theme: its domain (null: every domain); a subtheme takes its parent domain',
  })
  domainCode?: string | null;

  @Field(() => [String])
  keywords!: string[];
}
