import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A source profile (etl/profiles/<name>.yaml): how one export format is read' })
export class ImportProfileView {
  @Field()
  name!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true, description: 'case_record, objection_decision or provider_report' })
  target!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Set when the profile does not load' })
  error!: string | null;
}
