import { NORMS } from '../norms/norms';

/**
 * The thermometer's indicators and thresholds, as literal configuration (style.md rule 5).
 * Documented for users in docs/indicators/thermometer.md; change the numbers there too.
 *
 * Every indicator is read for the chosen quarter and for the same quarter a year earlier. An
 * indicator whose basis (the number of cases it rests on) is below the disclosure threshold (k,
 * default 5) gets no colour ('onvoldoende gegevens'); the worst colour of the other indicators is the
 * colour of the domain. With fewer than k complaints in the quarter the domain itself is grey.
 */

export type ThermometerColour = 'groen' | 'oranje' | 'rood' | 'onvoldoende_gegevens';

/** Colours ordered from best to worst; the worst indicator decides. */
export const COLOUR_SEVERITY: Record<Exclude<ThermometerColour, 'onvoldoende_gegevens'>, number> = {
  groen: 0,
  oranje: 1,
  rood: 2,
};

export const COLOUR_LABELS: Record<ThermometerColour, string> = {
  groen: 'Groen',
  oranje: 'Oranje',
  rood: 'Rood',
  onvoldoende_gegevens: 'Onvoldoende gegevens',
};

interface IndicatorBase {
  label: string;
  definition: string;
  legalBasis: string | null;
  /**
   * `higher`: a higher value is worse: amber from `amberFrom`, red from `redFrom` (inclusive).
   * `lower`: a lower value is worse: amber below `amberFrom`, red below `redFrom`.
   */
  worse: 'higher' | 'lower';
  amberFrom: number;
  redFrom: number;
}

export const THERMOMETER_INDICATORS = {
  complaintsTrend: {
    label: 'Klachten per 1.000 inwoners: verandering',
    definition:
      'Verandering in % van het aantal klachten (soort klacht, alle lijnen) per 1.000 inwoners in het kwartaal, ten opzichte van hetzelfde kwartaal vorig jaar. Zonder inwonertal: verandering van het aantal klachten.',
    legalBasis: null,
    worse: 'higher',
    amberFrom: 20,
    redFrom: 50,
  },
  withinTerm: {
    label: 'Klachten op tijd afgehandeld',
    definition:
      'Deel (%) van de klachten in de eerste lijn (gemeente en aanbieder), afgesloten in het kwartaal, die binnen de termijn zijn afgehandeld: 6 weken na ontvangst, 10 weken met een externe klachtencommissie, plus een verlenging van ten hoogste 4 weken. Een termijn uit de bron gaat voor.',
    legalBasis: 'Awb art. 9:11 (termijn klachtbehandeling); art. 9:14 (externe klachtadviseur)',
    worse: 'lower',
    amberFrom: 90,
    redFrom: 75,
  },
  waitingShare: {
    label: 'Klachten over wachttijd',
    definition:
      'Deel (%) van de klachten in het kwartaal met als hoofdthema wachttijd (thema wachttijd of een subthema daarvan).',
    legalBasis: null,
    worse: 'higher',
    amberFrom: 20,
    redFrom: 30,
  },
  upholdRate: {
    label: 'Bezwaren gegrond',
    definition:
      'Deel (%) van de beslissingen op bezwaar in het kwartaal (datum beslissing) met uitkomst gegrond of deels gegrond, van alle beslissingen (gegrond, deels gegrond, ongegrond, niet-ontvankelijk).',
    legalBasis: 'Awb art. 7:11 (heroverweging) en 7:10 (beslistermijn)',
    worse: 'higher',
    amberFrom: 20,
    redFrom: 35,
  },
} as const satisfies Record<string, IndicatorBase>;
export type ThermometerIndicatorName = keyof typeof THERMOMETER_INDICATORS;

/** Evaluation order; on equal colours the first indicator in this list explains the colour. */
export const INDICATOR_ORDER: readonly ThermometerIndicatorName[] = [
  'complaintsTrend',
  'withinTerm',
  'waitingShare',
  'upholdRate',
];

/** The indicator shown as trend (8 quarters). */
export const TREND_QUARTERS = 8;

/** Awb 9:11 as configured in the norms (6 weeks, 10 with an external committee, one extension of 4 weeks). */
export const AWB_9_11 = {
  termDays: NORMS.awb_9_11.termDays,
  committeeTermDays: NORMS.awb_9_11.committeeTermDays,
  maxExtensionDays: NORMS.awb_9_11.extension.maxDays,
} as const;

/** Theme code (and its subthemes) counted as waiting-time complaints (sql/migrations/0010). */
export const WAITING_THEME_CODE = 'wachttijd';

/** Objection outcomes that count as decided, and which of them count as upheld. */
export const DECIDED_OUTCOMES = ['gegrond', 'deels_gegrond', 'ongegrond', 'niet_ontvankelijk'] as const;
export const UPHELD_OUTCOMES = ['gegrond', 'deels_gegrond'] as const;

/**
 * Colour of a value against an indicator's thresholds. `null` value: no colour.
 */
export function colourOf(name: ThermometerIndicatorName, value: number | null): ThermometerColour {
  if (value === null) return 'onvoldoende_gegevens';
  const indicator: IndicatorBase = THERMOMETER_INDICATORS[name];
  if (indicator.worse === 'higher') {
    if (value >= indicator.redFrom) return 'rood';
    return value >= indicator.amberFrom ? 'oranje' : 'groen';
  }
  if (value < indicator.redFrom) return 'rood';
  return value < indicator.amberFrom ? 'oranje' : 'groen';
}
