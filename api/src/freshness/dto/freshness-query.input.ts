import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'Which municipalities; all in scope when empty' })
export class FreshnessQueryInput {
  @Field(() => [String], { nullable: true, description: 'CBS municipality codes (GMnnnn)' })
  municipality?: string[] | null;
}
