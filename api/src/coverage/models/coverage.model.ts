import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Whether one source delivered one month (sql/views/0200_source_coverage.sql). */
export const DeliveryStatus = {
  geleverd: 'geleverd',
  ontbreekt: 'ontbreekt',
  nog_niet_verschuldigd: 'nog_niet_verschuldigd',
} as const;
export type DeliveryStatusName = keyof typeof DeliveryStatus;
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Whether a source delivered a month (docs/indicators/coverage.md)',
  valuesMap: {
    geleverd: { description: 'Geleverd: de export bevat de hele maand' },
    ontbreekt: { description: 'Verwacht maar niet geleverd: de termijn van de bron is voorbij' },
    nog_niet_verschuldigd: { description: 'Nog niet geleverd, de bron hoeft dat nog niet' },
  },
});

/** How complete a period's figures are over every source expected for it. */
export const Completeness = {
  definitief: 'definitief',
  voorlopig: 'voorlopig',
  nog_niet_geleverd: 'nog_niet_geleverd',
} as const;
export type CompletenessName = keyof typeof Completeness;
registerEnumType(Completeness, {
  name: 'Completeness',
  description: 'How complete the figures of a period are (docs/indicators/coverage.md)',
  valuesMap: {
    definitief: { description: 'Definitief: elke verwachte bron heeft de hele periode geleverd' },
    voorlopig: { description: 'Voorlopig: nog niet elke verwachte bron heeft de hele periode geleverd' },
    nog_niet_geleverd: { description: 'Nog niet geleverd: geen bron heeft iets over deze periode geleverd' },
  },
});

@ObjectType({ description: 'Which sources delivered a period; counts of a period nobody delivered are null' })
export class PeriodCoverage {
  @Field(() => Completeness)
  completeness!: CompletenessName;

  @Field(() => Int, { description: 'Sources that delivered the whole period' })
  sourcesDelivered!: number;

  @Field(() => Int, { description: 'Sources expected for the period (delivering since before its end)' })
  sourcesExpected!: number;

  @Field(() => [String], { description: 'Names of the expected sources that did not deliver the whole period' })
  notDelivered!: string[];
}

@ObjectType({ description: 'One source in one month' })
export class SourceMonthCoverage {
  @Field()
  organisationCode!: string;

  @Field()
  organisationName!: string;

  @Field({ description: 'First day of the month (ISO date)' })
  month!: string;

  @Field(() => DeliveryStatus)
  status!: DeliveryStatusName;

  @Field({ description: 'The latest export date of the source (ISO date)' })
  deliveredThrough!: string;
}
