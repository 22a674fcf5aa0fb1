import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A municipality and (optionally) its inhabitants in a year' })
export class SaveMunicipalityInput {
  @Field({ description: 'CBS code, e.g. GM0344' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true })
  province?: string | null;

  @Field(() => Int, { nullable: true, description: 'Inhabitants (for rates per 1,000)' })
  inhabitants?: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of the inhabitants; default this year' })
  year?: number | null;
}
