import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Inhabitants of a municipality in one year (denominator of per-1,000 rates)' })
export class MunicipalityInhabitants {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  inhabitants!: number;
}

@ObjectType({ description: 'A municipality as the administrator maintains it' })
export class ReferenceMunicipality {
  @Field({ description: 'CBS code, e.g. GM0344' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => [MunicipalityInhabitants], { description: 'Newest year first' })
  inhabitants!: MunicipalityInhabitants[];
}
