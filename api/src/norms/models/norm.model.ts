import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How a legal term may be extended' })
export class NormExtensionModel {
  @Field(() => Int, { description: 'At most this many extra calendar days' })
  maxDays!: number;

  @Field(() => Int, { description: 'How often the term may be extended' })
  times!: number;

  @Field()
  condition!: string;
}

@ObjectType('Norm', { description: 'A legal term or guideline (docs/indicators/handling-times.md)' })
export class NormModel {
  @Field()
  code!: string;

  @Field({ description: 'Dutch label' })
  label!: string;

  @Field(() => [String], { nullable: true, description: 'Domain codes; null = every domain' })
  domains!: string[] | null;

  @Field({ description: 'klacht, bezwaar, melding, aanvraag or hulpvraag' })
  subject!: string;

  @Field()
  startEvent!: string;

  @Field()
  endEvent!: string;

  @Field(() => Int)
  termDays!: number;

  @Field({ description: 'termDays counts working days instead of calendar days' })
  workingDays!: boolean;

  @Field(() => NormExtensionModel, { nullable: true })
  extension!: NormExtensionModel | null;

  @Field(() => Int, { nullable: true, description: 'Longer term with an external or advisory committee' })
  committeeTermDays!: number | null;

  @Field()
  legalBasis!: string;

  @Field({ description: "'wettelijk' (statutory) or 'richtlijn' (guideline)" })
  status!: string;

  @Field({ description: 'Leerlus can measure this norm with the data it holds' })
  computable!: boolean;

  @Field()
  dataNote!: string;
}
