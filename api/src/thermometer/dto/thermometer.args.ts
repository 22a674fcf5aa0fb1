import { ArgsType, Field } from '@nestjs/graphql';

@ArgsType()
export class ThermometerArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Quarter as YYYY-Qn (e.g. 2025-Q2); default: the last complete quarter',
  })
  period?: string | null;
}
