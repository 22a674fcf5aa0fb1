import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const FunnelPosition = {
  BINNEN: 'BINNEN',
  BOVEN_95: 'BOVEN_95',
  BOVEN_998: 'BOVEN_998',
  ONDER_95: 'ONDER_95',
  ONDER_998: 'ONDER_998',
} as const;

registerEnumType(FunnelPosition, {
  name: 'FunnelPosition',
  description:
    'Where a rate lies against the control limits around the regional rate; outside is a reason to look, not a verdict',
});

@ObjectType({ description: 'A municipality that takes part in the regional comparison' })
export class RegionalParticipant {
  @Field({ description: 'CBS code, e.g. GM0344' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field({ description: 'Takes part in the regional comparison (set by beheer)' })
  participates!: boolean;
}

@ObjectType({ description: 'The control limits (per 1,000 inhabitants) for a municipality of a given size' })
export class FunnelLimit {
  @Field(() => Float)
  inhabitants!: number;

  @Field(() => Float)
  lower95!: number;

  @Field(() => Float)
  upper95!: number;

  @Field(() => Float)
  lower998!: number;

  @Field(() => Float)
  upper998!: number;
}

@ObjectType({
  description: "One municipality's complaints in one group; rows are ordered by name, never ranked",
})
export class RegionalComparisonRow {
  @Field()
  municipalityCode!: string;

  @Field()
  municipalityName!: string;

  @Field({ description: "The viewer's own municipality" })
  own!: boolean;

  @Field(() => Float, { nullable: true, description: 'Average inhabitants over the years of the period' })
  inhabitants!: number | null;

  @Field(() => Int, { nullable: true, description: 'null when suppressed' })
  complaints!: number | null;

  @Field()
  suppressed!: boolean;

  @Field(() => Float, { nullable: true, description: 'Complaints per 1,000 inhabitants in the period' })
  rate!: number | null;

  @Field(() => FunnelLimit, { nullable: true, description: 'The limits at this municipality’s size' })
  limits!: FunnelLimit | null;

  @Field(() => FunnelPosition, { nullable: true })
  position!: keyof typeof FunnelPosition | null;
}

@ObjectType({ description: 'A domain or theme (or all complaints) compared across the region' })
export class RegionalComparisonGroup {
  @Field({ description: 'Domain or top theme code; "alle" for all complaints, "" without a theme' })
  code!: string;

  @Field()
  label!: string;

  @Field(() => Float, { nullable: true, description: 'Complaints per 1,000 inhabitants in the region' })
  regionalRate!: number | null;

  @Field(() => Float, { description: 'Spiegelhalter multiplicative overdispersion φ (at least 1)' })
  overdispersion!: number;

  @Field(() => [RegionalComparisonRow])
  rows!: RegionalComparisonRow[];

  @Field(() => [FunnelLimit], { description: 'The funnel: limits for sizes across the region' })
  curve!: FunnelLimit[];
}

@ObjectType({
  description: 'Complaints per 1,000 inhabitants of the municipalities of one region that take part',
})
export class RegionalComparison {
  @Field()
  region!: string;

  @Field({ description: 'The period compared (widened to whole months for aggregate-only roles)' })
  from!: string;

  @Field()
  to!: string;

  @Field(() => [RegionalParticipant], { description: 'By name' })
  municipalities!: RegionalParticipant[];

  @Field(() => [RegionalComparisonGroup], { description: 'All complaints first, then per domain or theme' })
  groups!: RegionalComparisonGroup[];

  @Field({ description: 'Counts are perturbed and small counts suppressed (raad, panel, college)' })
  protectedCounts!: boolean;
}
