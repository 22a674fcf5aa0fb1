import { registerEnumType } from '@nestjs/graphql';
import { DIMENSIONS } from '../metrics/catalog';
import { DimensionSql } from '../handling-times/indicator-sql';

/** Outcome codes that count as a decision on the merits, and those that uphold the complaint. */
export const DECIDED_OUTCOMES = ['gegrond', 'deels_gegrond', 'ongegrond'] as const;
export const UPHELD_OUTCOMES = ['gegrond', 'deels_gegrond'] as const;

/**
 * Breakdowns of outcomes over the outcome rollups (alias d): the metric catalog's entries,
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

/** The column of each outcome dimension in the outcome rollups. */
const OUTCOME_DIMENSION_COLUMNS = {
  domain: 'domain_code',
  line: 'line',
  subjectOrganisation: 'subject_organisation_id',
  theme: 'theme_id',
  law: 'law',
} as const satisfies Record<OutcomeDimensionName, string>;

/**
 * The narrow monthly outcome rollups (sql/migrations/0300) with the columns each keeps besides family,
 * month, municipality and outcome, smallest first (rows at 300,000 records: 67k, 95k, 127k). A question
 * reads the first that holds the column of its breakdown and of every filter, summing over the rest;
 * none holds line and theme together, so such a question reads case_outcome_daily. The chain's counts
 * read outcome_month_line (route). sql/views/0400's outcome_month_rollups() lists the same (a test
 * compares them).
 */
export const OUTCOME_MONTH_ROLLUPS = {
  outcome_month_line: ['domain_code', 'line', 'route', 'law'],
  outcome_month_subject: ['domain_code', 'line', 'subject_organisation_id', 'law'],
  outcome_month_theme: ['domain_code', 'theme_id', 'law'],
} as const satisfies Record<string, readonly string[]>;
export type OutcomeMonthRollup = keyof typeof OUTCOME_MONTH_ROLLUPS;

/** The first outcome rollup that holds the column of every given dimension, or null. */
export function outcomeMonthRollupFor(dimensions: Iterable<OutcomeDimensionName>): OutcomeMonthRollup | null {
  const needed = [...dimensions].map((name) => OUTCOME_DIMENSION_COLUMNS[name]);
  const rollups = Object.entries(OUTCOME_MONTH_ROLLUPS) as [OutcomeMonthRollup, readonly string[]][];
  const found = rollups.find(([, columns]) => needed.every((column) => columns.includes(column)));
  return found ? found[0] : null;
}

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
