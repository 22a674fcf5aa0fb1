import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One row of the append-only audit log' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => Int, { nullable: true })
  userId!: number | null;

  @Field(() => String, { nullable: true })
  username!: string | null;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field({ description: 'e.g. auth.login, auth.login_failed, auth.logout, audit_log.read' })
  action!: string;

  @Field(() => String, { nullable: true })
  entity!: string | null;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field({ description: 'Extra context as a JSON object (never passwords or identifiers)' })
  details!: string;
}
