import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, ROLES } from '../../auth/role';

/** ROLES as the object registerEnumType needs: { raad: 'raad', … }. */
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'raad (gemeenteraad), panel (burgerpanel), college (B&W), beleid (beleidsmedewerker), beheer',
});

@ObjectType({ description: 'A logged-in dashboard user' })
export class User {
  @Field(() => Int)
  id!: number;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;
}
