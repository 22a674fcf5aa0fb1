import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A social-domain area, for choosing one in a form' })
export class ReferenceDomain {
  @Field()
  code!: string;

  @Field()
  label!: string;
}
