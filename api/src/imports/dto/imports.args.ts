import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

export const MAX_IMPORTS_PAGE = 100;
export const MAX_REJECTED_PAGE = 500;

@ArgsType()
export class ImportsArgs {
  @Field(() => Int, { defaultValue: 25, description: `At most ${MAX_IMPORTS_PAGE}` })
  limit!: number;

  @Field(() => Int, { defaultValue: 0 })
  offset!: number;
}

@ArgsType()
export class RejectedRowsArgs {
  @Field(() => ID)
  importId!: string;

  @Field(() => Int, { defaultValue: 50, description: `At most ${MAX_REJECTED_PAGE}` })
  limit!: number;

  @Field(() => Int, { defaultValue: 0 })
  offset!: number;
}
