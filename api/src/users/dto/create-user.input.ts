import { Field, InputType } from '@nestjs/graphql';
import { Role } from '../../auth/role';
import { RoleEnum } from '../models/user.model';

@InputType({ description: 'A new local account with a first password' })
export class CreateUserInput {
  @Field({ description: 'Letters, digits, dot, dash and underscore; 3–64 characters' })
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'CBS code; null = every municipality' })
  municipalityCode?: string | null;

  @Field({ description: 'First password (same policy as every password)' })
  password!: string;
}
