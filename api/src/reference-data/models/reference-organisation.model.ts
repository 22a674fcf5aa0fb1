import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An organisation as the administrator maintains it' })
export class ReferenceOrganisation {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'gemeente, aanbieder, ombudsman or samenwerkingsverband' })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'CBS code of its municipality; null for national bodies',
  })
  municipalityCode!: string | null;

  @Field(() => [String], { description: 'Other spellings exports use' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  activeFrom!: string | null;

  @Field(() => String, { nullable: true })
  activeTo!: string | null;
}
