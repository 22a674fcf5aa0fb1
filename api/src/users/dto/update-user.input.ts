import { Field, InputType, Int } from '@nestjs/graphql';
import { Role } from '../../auth/role';
import { RoleEnum } from '../models/user.model';

@InputType({ description: "A change to an account's role, municipality or whether it may log in" })
export class UpdateUserInput {
  @Field(() => Int)
  id!: number;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'CBS code; null = every municipality' })
  municipalityCode?: string | null;

  @Field()
  active!: boolean;
}
