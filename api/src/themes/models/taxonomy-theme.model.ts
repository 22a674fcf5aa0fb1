import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A theme or subtheme of the taxonomy, retired ones included (beheer)' })
export class TaxonomyTheme {
  @Field({ description: 'Never changes once created' })
  code!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for a theme for every domain' })
  domainCode!: string | null;

  @Field(() => String, { nullable: true })
  domainLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'The parent theme of a subtheme' })
  parentCode!: string | null;

  @Field(() => [String])
  keywords!: string[];

  @Field({ description: 'False: retired, kept for history, no new assignments' })
  active!: boolean;

  @Field(() => Int)
  sortOrder!: number;
}
