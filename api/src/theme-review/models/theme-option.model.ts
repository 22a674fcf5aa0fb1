import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An active theme a reviewer can choose' })
export class ThemeOption {
  @Field()
  code!: string;

  @Field({ description: 'Label; a subtheme as "Theme – Subtheme"' })
  label!: string;
}
