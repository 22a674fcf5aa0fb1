import { registerEnumType } from '@nestjs/graphql';
import { DIMENSIONS } from '../metrics/catalog';
import { DimensionSql } from '../handling-times/indicator-sql';

/** Outcome codes that count as a decision on the merits, and those that uphold the complaint. */
export const DECIDED_OUTCOMES = ['gegrond', 'deels_gegrond', 'ongegrond'] as const;
export const UPHELD_OUTCOMES = ['gegrond', 'deels_gegrond'] as const;

/**
 * Breakdowns of outcomes over the rollup case_outcome_daily (alias d): the metric catalog's entries,
 * plus the law (for objections the law of the decision, for complaints the law of the domain).
 */
export const OUTCOME_DIMENSIONS = {
  domain: DIMENSIONS.domain,
  line: DIMENSIONS.line,
  subjectOrganisation: DIMENSIONS.subjectOrganisation,
  theme: DIMENSIONS.theme,
  law: {
    label: 'Wet',
    codeSql: 'd.law',
    labelSql: 'd.law',
    joins: [],
  },
} as const satisfies Record<string, DimensionSql & { label: string }>;
export type OutcomeDimensionName = keyof typeof OUTCOME_DIMENSIONS;

export const OutcomeDimension = {
  domain: 'domain',
  line: 'line',
  subjectOrganisation: 'subjectOrganisation',
  theme: 'theme',
  law: 'law',
} as const satisfies { [K in OutcomeDimensionName]: K };

registerEnumType(OutcomeDimension, {
  name: 'OutcomeDimension',
  description: 'Breakdown of outcomes and remedies',
  valuesMap: {
    domain: { description: OUTCOME_DIMENSIONS.domain.label },
    line: { description: OUTCOME_DIMENSIONS.line.label },
    subjectOrganisation: { description: OUTCOME_DIMENSIONS.subjectOrganisation.label },
    theme: { description: OUTCOME_DIMENSIONS.theme.label },
    law: { description: OUTCOME_DIMENSIONS.law.label },
  },
});
