import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'An organisation, added or updated by its code' })
export class SaveOrganisationInput {
  @Field({ description: 'Lower case letters, digits and dashes' })
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'gemeente, aanbieder, ombudsman or samenwerkingsverband' })
  kind!: string;

  @Field(() => String, { nullable: true })
  municipalityCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other spellings exports use' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  activeFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  activeTo?: string | null;
}
