import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Whether Leerlus and its database are up' })
export class Health {
  @Field({ description: 'ok or degraded' })
  status!: 'ok' | 'degraded';

  @Field({ description: 'True when the database answered' })
  database!: boolean;

  @Field()
  version!: string;
}
