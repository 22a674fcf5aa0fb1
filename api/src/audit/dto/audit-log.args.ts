import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 500' })
  limit!: number;
}
