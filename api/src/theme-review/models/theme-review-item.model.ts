import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ThemeReviewReason } from '../theme-review.entity';

export const ThemeReviewReasonEnum = {
  onder_drempel: 'onder_drempel',
  onenigheid: 'onenigheid',
  steekproef: 'steekproef',
} as const satisfies { [K in ThemeReviewReason]: K };
registerEnumType(ThemeReviewReasonEnum, {
  name: 'ThemeReviewReason',
  description:
    'onder_drempel (suggestion below the threshold), onenigheid (keyword rules and model disagree), ' +
    'steekproef (random audit sample of accepted suggestions)',
});

@ObjectType({ description: 'A span of the redacted text that weighed for the suggestion' })
export class ThemeEvidenceSpan {
  @Field(() => Int, { description: 'Start offset in textRedacted (UTF-16 code units)' })
  start!: number;

  @Field(() => Int, { description: 'End offset (exclusive)' })
  end!: number;
}

@ObjectType({ description: 'A theme suggestion waiting for a reviewer (beleid; redacted text; audited)' })
export class ThemeReviewItem {
  @Field(() => ID, { description: 'Record id `GM0344:123`' })
  recordId!: string;

  @Field()
  receivedOn!: string;

  @Field()
  domainLabel!: string;

  @Field(() => String, { nullable: true })
  textRedacted!: string | null;

  @Field(() => ThemeReviewReasonEnum)
  reason!: ThemeReviewReason;

  @Field()
  suggestedThemeCode!: string;

  @Field()
  suggestedThemeLabel!: string;

  @Field(() => Float, { nullable: true })
  confidence!: number | null;

  @Field(() => String, { nullable: true, description: 'The keyword rules’ own suggestion, when different' })
  ruleThemeLabel!: string | null;

  @Field(() => [String], { description: 'The words that weighed most, strongest first' })
  evidence!: string[];

  @Field(() => [ThemeEvidenceSpan], { description: 'Where those words are in textRedacted, in text order' })
  highlights!: ThemeEvidenceSpan[];
}

@ObjectType()
export class ThemeReviewQueue {
  @Field(() => Int, { description: 'Items waiting in total (all reasons)' })
  totalCount!: number;

  @Field(() => [ThemeReviewItem])
  items!: ThemeReviewItem[];
}
