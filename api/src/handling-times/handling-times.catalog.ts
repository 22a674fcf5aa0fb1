import { registerEnumType } from '@nestjs/graphql';
import { CoverageFact } from '../coverage/coverage.repository';
import { DIMENSIONS } from '../metrics/catalog';

/**
 * The breakdowns of the indicator families. They are the metric catalog's own entries (same codes,
 * labels and SQL), so a domain or organisation means the same here as in `metrics`; the rollups of
 * the families name their columns like case_record_daily (alias d).
 */
export const INDICATOR_DIMENSIONS = {
  domain: DIMENSIONS.domain,
  line: DIMENSIONS.line,
  subjectOrganisation: DIMENSIONS.subjectOrganisation,
} as const;
export type IndicatorDimensionName = keyof typeof INDICATOR_DIMENSIONS;

export const IndicatorDimension = {
  domain: 'domain',
  line: 'line',
  subjectOrganisation: 'subjectOrganisation',
} as const satisfies { [K in IndicatorDimensionName]: K };

registerEnumType(IndicatorDimension, {
  name: 'IndicatorDimension',
  description: 'Breakdown of an indicator family (same members as in the metric catalog)',
  valuesMap: {
    domain: { description: DIMENSIONS.domain.label },
    line: { description: `${DIMENSIONS.line.label} (bezwaar for objections)` },
    subjectOrganisation: { description: DIMENSIONS.subjectOrganisation.label },
  },
});

/**
 * Which records a handling-time or outcome query measures, the norm it measures them against, and the
 * fact table whose delivery coverage stands beside the answer.
 */
export const HANDLING_TIME_FAMILIES = {
  klacht: { label: 'Klachten', norm: 'awb_9_11', fact: 'case_record' },
  bezwaar: { label: 'Bezwaren', norm: 'awb_7_10', fact: 'objection_decision' },
} as const satisfies Record<string, { label: string; norm: string; fact: CoverageFact }>;
export type HandlingTimeFamilyName = keyof typeof HANDLING_TIME_FAMILIES;

export const HandlingTimeFamily = { klacht: 'klacht', bezwaar: 'bezwaar' } as const satisfies {
  [K in HandlingTimeFamilyName]: K;
};

registerEnumType(HandlingTimeFamily, {
  name: 'HandlingTimeFamily',
  description: 'Complaints (Awb 9:11) or objections (Awb 7:10)',
  valuesMap: {
    klacht: { description: HANDLING_TIME_FAMILIES.klacht.label },
    bezwaar: { description: HANDLING_TIME_FAMILIES.bezwaar.label },
  },
});

/** Theme codes of waiting-time complaints: the theme and, through parent_id, all its subthemes. */
export const WAITING_TIME_THEME = 'wachttijd';
