import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Completeness, CompletenessName } from '../../coverage/models/coverage.model';
import {
  COLOUR_LABELS,
  THERMOMETER_INDICATORS,
  ThermometerColour,
  ThermometerIndicatorName,
} from '../thermometer.config';

export const ThermometerColourEnum: { [C in ThermometerColour]: C } = {
  groen: 'groen',
  oranje: 'oranje',
  rood: 'rood',
  onvoldoende_gegevens: 'onvoldoende_gegevens',
};
registerEnumType(ThermometerColourEnum, {
  name: 'ThermometerColour',
  description: 'Reading of the thermometer; onvoldoende_gegevens (grey) when there are too few cases',
  valuesMap: {
    groen: { description: COLOUR_LABELS.groen },
    oranje: { description: COLOUR_LABELS.oranje },
    rood: { description: COLOUR_LABELS.rood },
    onvoldoende_gegevens: { description: COLOUR_LABELS.onvoldoende_gegevens },
  },
});

export const ThermometerIndicatorEnum: { [I in ThermometerIndicatorName]: I } = {
  complaintsTrend: 'complaintsTrend',
  withinTerm: 'withinTerm',
  waitingShare: 'waitingShare',
  upholdRate: 'upholdRate',
};
registerEnumType(ThermometerIndicatorEnum, {
  name: 'ThermometerIndicatorName',
  description: 'An indicator of the thermometer (docs/indicators/thermometer.md)',
  valuesMap: {
    complaintsTrend: { description: THERMOMETER_INDICATORS.complaintsTrend.label },
    withinTerm: { description: THERMOMETER_INDICATORS.withinTerm.label },
    waitingShare: { description: THERMOMETER_INDICATORS.waitingShare.label },
    upholdRate: { description: THERMOMETER_INDICATORS.upholdRate.label },
  },
});

@ObjectType({ description: 'The quarter read and the quarter it is compared with' })
export class ThermometerPeriod {
  @Field({ description: 'e.g. 2025-Q2' })
  quarter!: string;

  @Field({ description: 'First day (ISO date)' })
  start!: string;

  @Field({ description: 'Last day (ISO date)' })
  end!: string;

  @Field({ description: 'Same quarter a year earlier, e.g. 2024-Q2' })
  comparisonQuarter!: string;

  @Field(() => Completeness, {
    description:
      'voorlopig until every expected source delivered the whole quarter (docs/indicators/coverage.md)',
  })
  completeness!: CompletenessName;

  @Field(() => [String], { description: 'Expected sources that did not deliver the whole quarter yet' })
  notDelivered!: string[];
}

@ObjectType({ description: 'One indicator of one domain' })
export class ThermometerIndicator {
  @Field(() => ThermometerIndicatorEnum)
  indicator!: ThermometerIndicatorName;

  @Field({ description: 'Dutch label' })
  label!: string;

  @Field(() => ThermometerColourEnum)
  colour!: ThermometerColour;

  @Field({ description: 'One sentence in Dutch (B1) on why the indicator has this colour' })
  explanation!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The whole percentage compared with the thresholds; null when suppressed or too few cases',
  })
  reading!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Level this quarter: rate per 1,000 inhabitants (complaintsTrend) or share in %',
  })
  current!: number | null;

  @Field(() => Float, { nullable: true, description: 'Level in the same quarter last year' })
  previous!: number | null;

  @Field(() => Float, { nullable: true, description: 'Relative change of current vs previous, in %' })
  changePercentage!: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of cases the indicator rests on this quarter' })
  baseCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'The same, in the same quarter last year' })
  previousBaseCount!: number | null;

  @Field({ description: 'Figures withheld by disclosure control (small numbers); the colour is kept' })
  suppressed!: boolean;

  @Field(() => Float, { description: 'Threshold for amber (see docs/indicators/thermometer.md)' })
  amberFrom!: number;

  @Field(() => Float, { description: 'Threshold for red' })
  redFrom!: number;

  @Field({ description: 'true: a higher reading is worse; false: a lower reading is worse' })
  higherIsWorse!: boolean;

  @Field(() => [String], {
    nullable: true,
    description:
      'complaintsTrend: when other sources delivered the two quarters, the sources compared (those that delivered both); null when the same sources delivered both',
  })
  comparedSources!: string[] | null;
}

@ObjectType({ description: 'The indicator that changed most since the same quarter last year' })
export class ThermometerChange {
  @Field(() => ThermometerIndicatorEnum)
  indicator!: ThermometerIndicatorName;

  @Field()
  label!: string;

  @Field({ description: 'One sentence in Dutch (B1)' })
  explanation!: string;
}

@ObjectType({ description: 'Complaints in one quarter (zero-filled)' })
export class ThermometerTrendPoint {
  @Field({ description: 'e.g. 2025-Q2' })
  quarter!: string;

  @Field({ description: 'First day (ISO date)' })
  start!: string;

  @Field(() => Int, { nullable: true, description: 'Complaints; null when suppressed, never 0 then' })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'Complaints per 1,000 inhabitants' })
  ratePer1000!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType({ description: 'The thermometer reading of one domain' })
export class ThermometerDomain {
  @Field({ description: 'Domain code (wmo, jeugd, ...)' })
  domain!: string;

  @Field({ description: 'Dutch label of the domain' })
  label!: string;

  @Field(() => ThermometerColourEnum, { description: 'The worst colour of its indicators' })
  colour!: ThermometerColour;

  @Field({ description: 'One sentence in Dutch (B1) on why the domain has this colour' })
  explanation!: string;

  @Field(() => ThermometerIndicatorEnum, {
    nullable: true,
    description: 'The indicator that decided an amber or red colour',
  })
  decidingIndicator!: ThermometerIndicatorName | null;

  @Field(() => [ThermometerIndicator])
  indicators!: ThermometerIndicator[];

  @Field(() => ThermometerChange, {
    nullable: true,
    description: 'What changed most; null if nothing compares',
  })
  biggestChange!: ThermometerChange | null;

  @Field(() => [ThermometerTrendPoint], { description: 'Complaints in the last 8 quarters, oldest first' })
  trend!: ThermometerTrendPoint[];
}

@ObjectType({ description: 'A few stable indicators per domain with a colour and an explanation' })
export class Thermometer {
  @Field(() => ThermometerPeriod)
  period!: ThermometerPeriod;

  @Field({ description: 'Counts were perturbed and small results suppressed for the viewer role' })
  disclosureControl!: boolean;

  @Field(() => Int, { description: 'Counts below this are too few for a colour (and suppressed)' })
  threshold!: number;

  @Field(() => [ThermometerDomain])
  domains!: ThermometerDomain[];
}
