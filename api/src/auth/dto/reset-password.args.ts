import { ArgsType, Field } from '@nestjs/graphql';

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The local account whose password is forgotten' })
  username!: string;

  @Field({ description: 'At least 12 characters, not a common or easily guessed password' })
  newPassword!: string;
}
