import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The loaded wijk or buurt boundaries of one municipality (Beheer)' })
export class NeighbourhoodBoundarySet {
  @Field()
  municipalityCode!: string;

  @Field()
  municipalityName!: string;

  @Field({ description: 'wijk or buurt' })
  level!: string;

  @Field(() => Int)
  areas!: number;

  @Field(() => Int, { description: 'Areas with inhabitants (needed for rates per 1,000)' })
  withInhabitants!: number;

  @Field()
  sourceFile!: string;

  @Field()
  importedAt!: Date;
}
