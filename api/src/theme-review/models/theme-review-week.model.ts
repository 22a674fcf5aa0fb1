import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Reviewer decisions of one week: how often the suggestion was right' })
export class ThemeReviewWeek {
  @Field({ description: 'Monday of the week (yyyy-mm-dd)' })
  week!: string;

  @Field(() => Int)
  decided!: number;

  @Field(() => Float, { nullable: true, description: 'Share of all decisions that accepted the suggestion' })
  agreement!: number | null;

  @Field(() => Int, { description: 'Decisions on the random audit sample' })
  sampled!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of the audit sample that accepted the suggestion: the accuracy of themes given automatically',
  })
  sampleAccuracy!: number | null;
}
