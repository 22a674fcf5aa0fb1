import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Share of reviewed decisions with a system error (or with a norm at stake) and its 95 % Wilson interval. ' +
    'Counts of 1..k-1 are withheld for raad, panel and college (null, suppressed), and so is what is built on them',
})
export class PanelFindingRow {
  @Field()
  key!: string;

  @Field({ description: 'Dutch label' })
  label!: string;

  @Field(() => Int, { nullable: true })
  reviewed!: number | null;

  @Field()
  reviewedSuppressed!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Reviewed decisions with a system error (or the norm at stake)',
  })
  count!: number | null;

  @Field()
  countSuppressed!: boolean;

  @Field(() => Float, { nullable: true, description: 'Weighted share when the sample is stratified' })
  share!: number | null;

  @Field(() => Float, { nullable: true })
  lower!: number | null;

  @Field(() => Float, { nullable: true })
  upper!: number | null;

  @Field({ description: 'Fewer than 30 reviewed decisions: the interval is wide, read with care' })
  fewCases!: boolean;
}

@ObjectType({
  description: "Agreement of two members on the same cases (Cohen's kappa on the system-error answer)",
})
export class PanelAgreement {
  @Field(() => Int, { nullable: true })
  pairs!: number | null;

  @Field(() => Float, { nullable: true })
  observedAgreement!: number | null;

  @Field(() => Float, { nullable: true })
  kappa!: number | null;
}

@ObjectType({ description: 'What the panel found, per law, theme and norm' })
export class PanelFindings {
  @Field({ description: 'Some reviewed decisions come from a stratified sample: shares are weighted' })
  weighted!: boolean;

  @Field(() => PanelFindingRow)
  total!: PanelFindingRow;

  @Field(() => [PanelFindingRow])
  byLaw!: PanelFindingRow[];

  @Field(() => [PanelFindingRow])
  byTheme!: PanelFindingRow[];

  @Field(() => [PanelFindingRow], { description: 'Share of reviewed decisions with the norm at stake' })
  byNorm!: PanelFindingRow[];

  @Field(() => PanelAgreement)
  agreement!: PanelAgreement;

  @Field(() => Int, { description: 'Confirmed system errors (signals)', nullable: true })
  confirmed!: number | null;

  @Field()
  confirmedSuppressed!: boolean;
}
