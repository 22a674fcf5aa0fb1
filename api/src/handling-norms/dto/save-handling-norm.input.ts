import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A handling term for the records of one source, optionally one theme or kind' })
export class SaveHandlingNormInput {
  @Field({ description: 'CBS code of the municipality' })
  municipalityCode!: string;

  @Field({ description: 'Organisation code of the source' })
  source!: string;

  @Field(() => String, { nullable: true, description: 'Theme code; empty = every theme' })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Record kind; empty = every kind' })
  kind?: string | null;

  @Field(() => Int)
  termAmount!: number;

  @Field({ description: 'dagen or weken' })
  termUnit!: string;

  @Field({ description: 'Code of the legal term this one stands in for, e.g. awb_9_11' })
  replacesNorm!: string;

  @Field({ description: 'yyyy-mm-dd' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  validTo?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
