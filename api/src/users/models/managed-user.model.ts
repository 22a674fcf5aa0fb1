import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '../../auth/role';
import { RoleEnum } from './user.model';

@ObjectType({ description: 'A dashboard account as the administrator manages it (never a password)' })
export class ManagedUser {
  @Field(() => Int)
  id!: number;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'CBS code; null = every municipality' })
  municipalityCode!: string | null;

  @Field()
  active!: boolean;

  @Field({ description: 'True for an organisation (OpenID Connect) account: no password here' })
  external!: boolean;
}
