import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ThemeReviewDecision } from '../theme-review.entity';

export const ThemeReviewDecisionEnum = {
  geaccepteerd: 'geaccepteerd',
  ander_thema: 'ander_thema',
  geen_thema: 'geen_thema',
} as const satisfies { [K in ThemeReviewDecision]: K };
registerEnumType(ThemeReviewDecisionEnum, {
  name: 'ThemeReviewDecision',
  description: 'geaccepteerd (the suggestion is right), ander_thema (another theme), geen_thema (no theme)',
});

@InputType()
export class DecideThemeReviewInput {
  @Field(() => ID)
  recordId!: string;

  @Field(() => ThemeReviewDecisionEnum)
  decision!: ThemeReviewDecision;

  @Field(() => String, { nullable: true, description: 'The chosen theme code (only with ander_thema)' })
  themeCode?: string | null;
}
