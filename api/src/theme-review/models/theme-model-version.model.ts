import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Scores of a model on the held-out reviewer decisions' })
export class ThemeModelScores {
  @Field(() => Float, { nullable: true, description: 'Share of held-out decisions the model got right' })
  accuracy!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share it suggests at or above its threshold' })
  coverage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Of those, the share exactly right' })
  precision!: number | null;
}

@ObjectType({
  description: 'A trained theme model of this installation with its evaluation (beheer, beleid)',
})
export class ThemeModelVersion {
  @Field(() => Int)
  version!: number;

  @Field({ description: 'kandidaat, actief, vervangen or afgewezen' })
  status!: string;

  @Field()
  trainedAt!: Date;

  @Field()
  trainedBy!: string;

  @Field(() => Float)
  threshold!: number;

  @Field(() => Int, { description: 'Texts of the shipped blind corpus it learned from' })
  corpusTexts!: number;

  @Field(() => Int, { description: "Records whose source gave the theme, from this installation's data" })
  sourceRecords!: number;

  @Field(() => Int, { description: 'Reviewer decisions it learned from' })
  reviewDecisions!: number;

  @Field(() => Int, { description: 'Reviewer decisions held out to evaluate it' })
  heldOut!: number;

  @Field(() => ThemeModelScores, { description: 'This model on the held-out decisions' })
  scores!: ThemeModelScores;

  @Field(() => Int, { nullable: true, description: 'The model that was active when it was trained' })
  comparedWithVersion!: number | null;

  @Field(() => ThemeModelScores, {
    nullable: true,
    description: 'The then active model on the same held-out decisions',
  })
  comparedScores!: ThemeModelScores | null;

  @Field(() => Date, { nullable: true })
  activatedAt!: Date | null;

  @Field(() => String, { nullable: true })
  activatedBy!: string | null;
}
