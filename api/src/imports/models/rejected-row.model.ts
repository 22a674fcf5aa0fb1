import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A source row an import rejected (values pseudonymised/redacted by the ETL)' })
export class RejectedRowView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Line number in the source file' })
  rowNumber!: number;

  @Field(() => String, { nullable: true })
  columnName!: string | null;

  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field()
  reason!: string;
}

@ObjectType()
export class RejectedRowPage {
  @Field(() => ID)
  importId!: string;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => [RejectedRowView], { description: 'In file order' })
  rows!: RejectedRowView[];
}
