import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A source profile (etl/profiles/<name>.yaml or saved in the dashboard): how one export format is read',
})
export class ImportProfileView {
  @Field()
  name!: string;

  @Field()
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: 'case_record, objection_decision, provider_report or contract',
  })
  target!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Set when the profile does not load' })
  error!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Newest revision of a saved profile; null for a built-in one',
  })
  revision!: number | null;
}
