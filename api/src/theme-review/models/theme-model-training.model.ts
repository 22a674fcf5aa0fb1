import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A training of a new theme model, running or finished in this API process' })
export class ThemeModelTraining {
  @Field({ description: 'wachten, gegevens, trainen, evalueren, opslaan, klaar or mislukt' })
  phase!: string;

  @Field({ description: 'Who started it; "planning" for a scheduled training' })
  startedBy!: string;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The new model (a candidate) once stored' })
  version!: number | null;

  @Field(() => String, { nullable: true })
  error!: string | null;
}
