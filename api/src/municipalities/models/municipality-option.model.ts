import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A municipality the viewer may filter on' })
export class MunicipalityOption {
  @Field({ description: 'CBS code (GMnnnn)' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Region (e.g. a youth-care region)' })
  region!: string | null;
}
