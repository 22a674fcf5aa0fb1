import { ArgsType, Field } from '@nestjs/graphql';

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  currentPassword!: string;

  @Field({ description: 'At least 12 characters, not a common or easily guessed password' })
  newPassword!: string;
}
