import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The outcome of saving a source profile: the revision, or why it is invalid' })
export class ImportProfileSaveResult {
  @Field(() => String, { nullable: true, description: 'Null when the profile was refused' })
  name!: string | null;

  @Field(() => Int, { nullable: true })
  revision!: number | null;

  @Field({ description: 'False when the settings equal the newest revision (nothing added)' })
  changed!: boolean;

  @Field(() => [String], {
    description: 'Every problem, with the same messages as the ETL profile check; empty when saved',
  })
  problems!: string[];
}
