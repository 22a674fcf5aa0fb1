import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A new personal API token' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Power BI dashboard"; 1–100 characters' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Days until it expires: 1–365, default 90' })
  validDays?: number | null;
}
