import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One threshold of a signal rule' })
export class SignalThreshold {
  @Field()
  name!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType({ description: 'A documented systemic-failure rule with its thresholds (configuration)' })
export class SignalRuleModel {
  @Field()
  code!: string;

  @Field({ description: 'Dutch label' })
  label!: string;

  @Field({ description: 'Dutch description of what the rule checks' })
  description!: string;

  @Field(() => [SignalThreshold])
  thresholds!: SignalThreshold[];

  @Field()
  enabled!: boolean;
}
