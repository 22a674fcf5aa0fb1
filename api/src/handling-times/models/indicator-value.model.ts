import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A count, rate or duration after disclosure control' })
export class IndicatorValue {
  @Field(() => Float, {
    nullable: true,
    description: 'Null when suppressed, or when undefined (no base: a rate over 0 records)',
  })
  value!: number | null;

  @Field({ description: 'Withheld by disclosure control (small numbers); value is then null, never 0' })
  suppressed!: boolean;
}
