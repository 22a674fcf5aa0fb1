import { Field, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorValue } from '../../handling-times/models/indicator-value.model';

@ObjectType({ description: 'Complaints received in one stage of the chain' })
export class ChainStageModel {
  @Field({ description: 'Stage code (eerste_lijn_aanbieder, gemeente_informeel, ...)' })
  code!: string;

  @Field({ description: 'Dutch label' })
  label!: string;

  @Field(() => IndicatorValue)
  count!: IndicatorValue;
}

@ObjectType({ description: 'Citizens who went from one line to the next (by pseudonym, never identities)' })
export class ChainTransitionModel {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field()
  label!: string;

  @Field(() => IndicatorValue, {
    description: 'Distinct citizens with a complaint in the from-line in the range',
  })
  citizens!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'Of those, with a complaint in the to-line within the window' })
  moved!: IndicatorValue;

  @Field(() => IndicatorValue, { description: 'moved ÷ citizens × 100' })
  movedPercentage!: IndicatorValue;
}

@ObjectType({ description: 'The chain funnel (docs/indicators/chain.md)' })
export class ChainResult {
  @Field(() => [ChainStageModel], { description: 'Complaint stages in chain order' })
  stages!: ChainStageModel[];

  @Field(() => IndicatorValue, { description: 'All complaints in the range (the total of the stages)' })
  complaints!: IndicatorValue;

  @Field(() => IndicatorValue, {
    description: 'Objections (bezwaren) received in the range: a separate route',
  })
  objections!: IndicatorValue;

  @Field(() => IndicatorValue, {
    description: '2nd-line complaints ÷ municipal 1st-line complaints in the range × 100',
  })
  escalationRate!: IndicatorValue;

  @Field(() => [ChainTransitionModel])
  transitions!: ChainTransitionModel[];

  @Field(() => Int)
  windowDays!: number;

  @Field()
  disclosureControl!: boolean;
}
