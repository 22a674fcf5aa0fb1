import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    "A municipality's own handling term for the records of one source (optionally one theme or kind); imports give it to records without their own term",
})
export class HandlingNorm {
  @Field(() => Int)
  id!: number;

  @Field()
  municipalityCode!: string;

  @Field({ description: 'Organisation code of the source' })
  source!: string;

  @Field()
  sourceName!: string;

  @Field(() => String, { nullable: true, description: 'Theme code; null = every theme' })
  theme!: string | null;

  @Field(() => String, { nullable: true })
  themeLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'Record kind; null = every kind' })
  kind!: string | null;

  @Field(() => Int, { description: 'The term as entered, in termUnit' })
  termAmount!: number;

  @Field({ description: 'dagen or weken' })
  termUnit!: string;

  @Field(() => Int, { description: 'The term in calendar days, as stored on imported records' })
  termDays!: number;

  @Field({ description: 'Code of the legal term this one stands in for (see norms)' })
  replacesNorm!: string;

  @Field({ description: 'yyyy-mm-dd; compared with the received date' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd, last day; null while it applies' })
  validTo!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
