import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A trained theme model of this installation with its evaluation (beheer)' })
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

  @Field({ description: 'Training rows per origin (corpus, bron, beoordeling), as JSON' })
  training!: string;

  @Field({ description: 'Scores on held-out reviewer decisions of this model and the active one, as JSON' })
  evaluation!: string;

  @Field(() => Date, { nullable: true })
  activatedAt!: Date | null;
}
