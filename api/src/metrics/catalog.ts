import { registerEnumType } from '@nestjs/graphql';

/**
 * The closed metric catalog (style.md rule 5). Every measure, dimension and granularity the indicators
 * API can serve is listed here literally, so it is greppable; GraphQL enums are derived from the keys
 * and the repository builds SQL only from the `sql` fragments below plus bound parameters.
 * Definitions are documented for users in docs/indicators/themes.md.
 */

/**
 * Base counts read from the view `case_record_daily` or a `case_month_*` rollup (additive, summed over
 * cells; all of them name these columns alike), each with the sum of its records' keys for cell-key
 * perturbation (api/src/disclosure).
 */
export const BASE_COUNTS = {
  caseCount: { sql: 'sum(d.case_count)::integer', column: 'case_count', keyColumn: 'case_key_sum' },
  closedCount: { sql: 'sum(d.closed_count)::integer', column: 'closed_count', keyColumn: 'closed_key_sum' },
} as const;
export type BaseCount = keyof typeof BASE_COUNTS;

interface CountMeasure {
  type: 'count';
  label: string;
  definition: string;
  legalBasis: string | null;
  additive: true;
  /** The base count this measure publishes. */
  base: BaseCount;
  /** The column in case_record_daily that is summed. */
  column: string;
}

interface RatioMeasure {
  type: 'ratio';
  label: string;
  definition: string;
  legalBasis: string | null;
  additive: false;
  /** The numerator; its disclosure control also decides whether the ratio is shown. */
  numerator: BaseCount;
  denominator: 'population';
  /** Multiplier: per 1,000. */
  per: number;
}

export type MeasureDefinition = CountMeasure | RatioMeasure;

export const MEASURES = {
  caseCount: {
    type: 'count',
    label: 'Aantal klachten en signalen',
    definition:
      'Aantal dossiers (klacht, signaal, melding, hulpvraag) met een ontvangstdatum in de periode, uit alle bronnen en lijnen.',
    legalBasis: 'Awb hoofdstuk 9 (klachtbehandeling); art. 2.3.2 Wmo 2015 (melding)',
    additive: true,
    base: 'caseCount',
    column: 'case_count',
  },
  closedCount: {
    type: 'count',
    label: 'Aantal afgehandeld',
    definition:
      'Aantal dossiers met een ontvangstdatum in de periode die inmiddels zijn afgesloten (afsluitdatum bekend).',
    legalBasis: 'Awb art. 9:11 (afhandeltermijn klacht)',
    additive: true,
    base: 'closedCount',
    column: 'closed_count',
  },
  casesPer1000Inhabitants: {
    type: 'ratio',
    label: 'Klachten en signalen per 1.000 inwoners',
    definition:
      'Aantal dossiers in de periode gedeeld door het aantal inwoners van de gemeente(n) in het jaar waarin de periode begint, maal 1.000. Niet op jaarbasis omgerekend en niet optelbaar.',
    legalBasis: null,
    additive: false,
    numerator: 'caseCount',
    denominator: 'population',
    per: 1000,
  },
} as const satisfies Record<string, MeasureDefinition>;
export type MeasureName = keyof typeof MEASURES;

export interface DimensionDefinition {
  label: string;
  definition: string;
  legalBasis: string | null;
  /** Counts summed over the members of a dimension add up to the total. */
  additive: boolean;
  /** The column in case_record_daily. */
  column: string;
  /** SQL for the published code (the filter compares with it) and for its Dutch label. */
  codeSql: string;
  labelSql: string;
  /** Lookup joins this dimension needs, by alias (see LOOKUP_JOINS). */
  joins: readonly LookupJoin[];
}

/**
 * The CBS wijk of a neighbourhood code: a buurt code BU<gm4><wk2><bu2> lies in wijk WK<gm4><wk2>; any
 * other code (a wijk code, or one CBS does not know) stays itself.
 */
const WIJK_OF_NEIGHBOURHOOD_SQL = `CASE WHEN d.neighbourhood_code ~ '^BU[0-9]{8}$'
  THEN 'WK' || substr(d.neighbourhood_code, 3, 6) ELSE d.neighbourhood_code END`;

/** The only joins the repository may add, keyed by alias. */
export const LOOKUP_JOINS = {
  dom: 'LEFT JOIN domain dom ON dom.code = d.domain_code',
  thm: 'LEFT JOIN theme thm ON thm.id = d.theme_id',
  // The parent of a subtheme: one roll-up rule everywhere (docs/indicators/themes.md).
  thp: 'LEFT JOIN theme thp ON thp.id = thm.parent_id',
  src: 'LEFT JOIN organisation src ON src.id = d.source_organisation_id',
  sub: 'LEFT JOIN organisation sub ON sub.id = d.subject_organisation_id',
  nbh: 'LEFT JOIN neighbourhood_boundary nbh ON nbh.code = d.neighbourhood_code',
  nbw: `LEFT JOIN neighbourhood_boundary nbw ON nbw.code = ${WIJK_OF_NEIGHBOURHOOD_SQL}`,
} as const;
export type LookupJoin = keyof typeof LOOKUP_JOINS;

export const DIMENSIONS = {
  domain: {
    label: 'Domein',
    definition: 'Het wettelijke domein binnen het sociaal domein (Wmo, Jeugdwet, Participatiewet, Wgs, ...).',
    legalBasis: 'Wmo 2015, Jeugdwet, Participatiewet, Wgs, Wet inburgering 2021',
    additive: true,
    column: 'domain_code',
    codeSql: 'd.domain_code',
    labelSql: 'coalesce(dom.label, d.domain_code)',
    joins: ['dom'],
  },
  kind: {
    label: 'Soort',
    definition: 'Klacht, signaal, melding of hulpvraag.',
    legalBasis: 'Awb art. 9:1 (klacht)',
    additive: true,
    column: 'kind',
    codeSql: 'd.kind',
    labelSql: `CASE d.kind WHEN 'klacht' THEN 'Klacht' WHEN 'signaal' THEN 'Signaal' WHEN 'melding' THEN 'Melding' WHEN 'hulpvraag' THEN 'Hulpvraag' ELSE d.kind END`,
    joins: [],
  },
  line: {
    label: 'Lijn',
    definition:
      'Waar in de keten: eerste lijn bij de aanbieder, eerste lijn bij de gemeente of tweede lijn (ombudsman).',
    legalBasis: 'Awb hoofdstuk 9 (afd. 9.1 interne, afd. 9.2 externe klachtbehandeling)',
    additive: true,
    column: 'line',
    codeSql: 'd.line',
    labelSql: `CASE d.line WHEN 'eerste_lijn_aanbieder' THEN 'Eerste lijn: aanbieder' WHEN 'eerste_lijn_gemeente' THEN 'Eerste lijn: gemeente' WHEN 'tweede_lijn' THEN 'Tweede lijn: ombudsman' ELSE d.line END`,
    joins: [],
  },
  theme: {
    label: 'Thema',
    definition:
      'Het hoofdthema van het primaire thema van het dossier uit de themaboom (een subthema telt mee bij zijn thema); "geen" als er geen thema is toegekend.',
    legalBasis: null,
    additive: true,
    column: 'theme_id',
    codeSql: `coalesce(thp.code, thm.code, 'geen')`,
    labelSql: `coalesce(thp.label, thm.label, 'Geen thema')`,
    joins: ['thm', 'thp'],
  },
  // The theme tree's second level, for the drill-down from a theme (filter `theme`) to its subthemes: a
  // record on the theme itself is its own member, so the members add up to the theme's bar.
  subtheme: {
    label: 'Subthema',
    definition:
      'Het primaire thema van het dossier zelf: het subthema, of het thema als er geen subthema is toegekend.',
    legalBasis: null,
    additive: true,
    column: 'theme_id',
    codeSql: `coalesce(thm.code, 'geen')`,
    labelSql: `CASE WHEN thm.id IS NULL THEN 'Geen thema' WHEN thm.parent_id IS NULL THEN thm.label || ' (geen subthema)' ELSE thm.label END`,
    joins: ['thm'],
  },
  channel: {
    label: 'Kanaal',
    definition: 'Hoe de klacht of het signaal binnenkwam (telefoon, e-mail, formulier, balie, ...).',
    legalBasis: null,
    additive: true,
    column: 'channel',
    codeSql: 'd.channel',
    // The codes of etl/src/profiles/targets.ts (CHANNELS), in words.
    labelSql: `CASE d.channel WHEN 'telefoon' THEN 'Telefoon' WHEN 'email' THEN 'E-mail' WHEN 'brief' THEN 'Brief' WHEN 'webformulier' THEN 'Webformulier' WHEN 'balie' THEN 'Balie' WHEN 'keukentafel' THEN 'Keukentafelgesprek' WHEN 'sociale_media' THEN 'Sociale media' WHEN 'via_aanbieder' THEN 'Via de aanbieder' WHEN 'via_ombudsman' THEN 'Via de ombudsman' WHEN 'onbekend' THEN 'Onbekend' ELSE d.channel END`,
    joins: [],
  },
  complainantType: {
    label: 'Indiener',
    definition: 'Wie klaagde: inwoner, ouder, jongere, professional of vertegenwoordiger.',
    legalBasis: null,
    additive: true,
    column: 'complainant_type',
    codeSql: 'd.complainant_type',
    // The codes of etl/src/profiles/targets.ts (COMPLAINANT_TYPES), in words.
    labelSql: `CASE d.complainant_type WHEN 'burger' THEN 'Inwoner' WHEN 'ouder' THEN 'Ouder' WHEN 'jongere' THEN 'Jongere' WHEN 'professional' THEN 'Professional' WHEN 'vertegenwoordiger' THEN 'Vertegenwoordiger' WHEN 'onbekend' THEN 'Onbekend' ELSE d.complainant_type END`,
    joins: [],
  },
  neighbourhood: {
    label: 'Wijk',
    definition: 'De CBS-wijk of -buurt van de inwoner; "onbekend" als die ontbreekt.',
    legalBasis: null,
    additive: true,
    column: 'neighbourhood_code',
    codeSql: `coalesce(nullif(d.neighbourhood_code, ''), 'onbekend')`,
    // The CBS name from the uploaded boundaries; the raw code only where none is loaded.
    labelSql: `coalesce(nbh.name, nullif(d.neighbourhood_code, ''), 'Onbekend')`,
    joins: ['nbh'],
  },
  neighbourhoodWijk: {
    label: 'Wijk (buurten opgeteld)',
    definition:
      'De CBS-wijk van de inwoner: een buurt telt mee bij haar wijk (buurtcode BU + 8 cijfers hoort bij wijk WK + de eerste 6); "onbekend" als die ontbreekt.',
    legalBasis: null,
    additive: true,
    column: 'neighbourhood_code',
    // One cell per wijk, its count and record keys summed over its buurten (so disclosure control
    // perturbs the wijk as a cell of its own, never as a sum of perturbed buurten).
    codeSql: `coalesce(nullif(${WIJK_OF_NEIGHBOURHOOD_SQL}, ''), 'onbekend')`,
    labelSql: `coalesce(nbw.name, nullif(${WIJK_OF_NEIGHBOURHOOD_SQL}, ''), 'Onbekend')`,
    joins: ['nbw'],
  },
  sourceOrganisation: {
    label: 'Bronorganisatie',
    definition: 'De organisatie die de gegevens aanleverde.',
    legalBasis: null,
    additive: true,
    column: 'source_organisation_id',
    codeSql: 'src.code',
    labelSql: 'src.name',
    joins: ['src'],
  },
  subjectOrganisation: {
    label: 'Betrokken organisatie',
    definition: 'De organisatie waarover de klacht of het signaal gaat; "onbekend" als die ontbreekt.',
    legalBasis: 'Wmo 2015 art. 3.2 en Jeugdwet art. 4.2.1 (klachtregeling aanbieder)',
    additive: true,
    column: 'subject_organisation_id',
    codeSql: `coalesce(sub.code, 'onbekend')`,
    labelSql: `coalesce(sub.name, 'Onbekend')`,
    joins: ['sub'],
  },
  outcome: {
    label: 'Uitkomst',
    definition: 'Oordeel of afloop: gegrond, deels gegrond, ongegrond, opgelost, lopend, ...',
    legalBasis: 'Awb art. 9:12 (schriftelijke mededeling van bevindingen en oordeel)',
    additive: true,
    column: 'outcome',
    codeSql: 'd.outcome',
    labelSql: `CASE d.outcome WHEN 'gegrond' THEN 'Gegrond' WHEN 'deels_gegrond' THEN 'Deels gegrond' WHEN 'ongegrond' THEN 'Ongegrond' WHEN 'niet_ontvankelijk' THEN 'Niet-ontvankelijk' WHEN 'ingetrokken' THEN 'Ingetrokken' WHEN 'opgelost' THEN 'Opgelost' WHEN 'doorverwezen' THEN 'Doorverwezen' WHEN 'interventie' THEN 'Interventie' WHEN 'lopend' THEN 'Lopend' ELSE 'Onbekend' END`,
    joins: [],
  },
} as const satisfies Record<string, DimensionDefinition>;
export type DimensionName = keyof typeof DIMENSIONS;

/**
 * The narrow monthly rollups of case records (sql/migrations/0200), each per municipality × month × the
 * columns of its dimensions, in the order the repository tries them: smallest first (by their rows in the
 * benchmark at 300,000 records: 35k, 39k, 65k, 85k, 85k, 115k, then theme × outcome, 150k, 203k). A rollup answers
 * every question whose requested and filtered dimensions all have their column in it, by summing over
 * the columns the question leaves out (so `theme` rollups also answer `subtheme`: both are theme_id).
 * One rollup per family of dashboard questions instead of wide grouping sets: totals, domain, kind and
 * line; organisations; themes by domain and kind (theme pages, thermometer, waiting-time complaints);
 * outcomes by domain and theme; a theme by channel, complainant type, neighbourhood, subject
 * organisation or outcome. Questions no rollup covers read the facts (the view case_record_daily).
 * sql/views/0400's case_month_rollups() must list the same tables and columns (a test compares them).
 */
export const CASE_MONTH_ROLLUPS = {
  case_month_domain: ['domain', 'kind', 'line'],
  case_month_organisation: ['domain', 'line', 'sourceOrganisation', 'subjectOrganisation'],
  case_month_theme_complainant: ['theme', 'complainantType'],
  case_month_theme_subject: ['theme', 'subjectOrganisation'],
  case_month_theme_channel: ['theme', 'channel'],
  case_month_theme_neighbourhood: ['theme', 'neighbourhood'],
  case_month_theme_outcome: ['theme', 'outcome'],
  case_month_theme: ['domain', 'kind', 'theme'],
  case_month_outcome: ['domain', 'theme', 'outcome'],
} as const satisfies Record<string, readonly DimensionName[]>;
export type CaseMonthRollup = keyof typeof CASE_MONTH_ROLLUPS;

/**
 * Region twins (sql/migrations/0372): the cells of a rollup summed over every municipality, for the
 * questions about the whole installation (the council's region view), which then read a cell per month
 * and member instead of one per municipality. sql/views/0400's case_month_region_rollups() must list
 * the same, in the order of CASE_MONTH_ROLLUPS (a test compares them).
 */
export const CASE_MONTH_REGION_ROLLUPS = {
  case_month_domain: 'case_month_domain_region',
  case_month_theme_outcome: 'case_month_theme_outcome_region',
  case_month_theme: 'case_month_theme_region',
} as const satisfies Partial<Record<CaseMonthRollup, string>>;
export type CaseMonthRegionRollup =
  (typeof CASE_MONTH_REGION_ROLLUPS)[keyof typeof CASE_MONTH_REGION_ROLLUPS];

/** The region twin of a rollup, or the rollup itself when it has none. */
export function regionRollupOf(rollup: CaseMonthRollup): CaseMonthRollup | CaseMonthRegionRollup {
  return rollup in CASE_MONTH_REGION_ROLLUPS
    ? CASE_MONTH_REGION_ROLLUPS[rollup as keyof typeof CASE_MONTH_REGION_ROLLUPS]
    : rollup;
}

/** The first rollup of CASE_MONTH_ROLLUPS that holds every given dimension's column, or null. */
export function caseMonthRollupFor(dimensions: Iterable<DimensionName>): CaseMonthRollup | null {
  const needed = [...new Set([...dimensions].map((name) => DIMENSIONS[name].column))];
  const rollups = Object.entries(CASE_MONTH_ROLLUPS) as [CaseMonthRollup, readonly DimensionName[]][];
  const found = rollups.find(([, held]) => {
    const columns = new Set<string>(held.map((name) => DIMENSIONS[name].column));
    return needed.every((column) => columns.has(column));
  });
  return found ? found[0] : null;
}

export interface GranularityDefinition {
  label: string;
  /** SQL for the bucket start of `d.day`; must agree with bucketStart() in periods.ts. */
  bucketSql: string;
  /**
   * The same bucket start from `d.month` of the case_month_* rollups, or null when a bucket can split a
   * month (then the repository reads the daily rollup).
   */
  monthlyBucketSql: string | null;
}

export const GRANULARITIES = {
  WEEK: {
    label: 'Week (ISO, maandag)',
    bucketSql: `date_trunc('week', d.day)::date`,
    monthlyBucketSql: null,
  },
  MONTH: { label: 'Maand', bucketSql: `date_trunc('month', d.day)::date`, monthlyBucketSql: 'd.month' },
  QUARTER: {
    label: 'Kwartaal',
    bucketSql: `date_trunc('quarter', d.day)::date`,
    monthlyBucketSql: `date_trunc('quarter', d.month)::date`,
  },
  HALF_YEAR: {
    label: 'Halfjaar',
    bucketSql: `make_date(extract(year FROM d.day)::integer, CASE WHEN extract(month FROM d.day) <= 6 THEN 1 ELSE 7 END, 1)`,
    monthlyBucketSql: `make_date(extract(year FROM d.month)::integer, CASE WHEN extract(month FROM d.month) <= 6 THEN 1 ELSE 7 END, 1)`,
  },
  YEAR: {
    label: 'Jaar',
    bucketSql: `date_trunc('year', d.day)::date`,
    monthlyBucketSql: `date_trunc('year', d.month)::date`,
  },
} as const satisfies Record<string, GranularityDefinition>;
export type GranularityName = keyof typeof GRANULARITIES;

export const COMPARISONS = {
  NONE: { label: 'Geen vergelijking' },
  PREVIOUS_PERIOD: { label: 'Vorige periode' },
  SAME_PERIOD_LAST_YEAR: { label: 'Zelfde periode vorig jaar' },
} as const;
export type ComparisonName = keyof typeof COMPARISONS;

/** `{ caseCount: 'caseCount', ... }`: the enum object registered with GraphQL, built from the keys. */
function enumOf<K extends string>(entries: Record<K, unknown>): { [P in K]: P } {
  return Object.fromEntries(Object.keys(entries).map((key) => [key, key])) as { [P in K]: P };
}

function describe<K extends string>(
  entries: Record<K, { label: string }>,
): { [P in K]: { description: string } } {
  return Object.fromEntries(
    Object.entries<{ label: string }>(entries).map(([key, entry]) => [key, { description: entry.label }]),
  ) as { [P in K]: { description: string } };
}

export const Measure = enumOf(MEASURES);
export const Dimension = enumOf(DIMENSIONS);
export const Granularity = enumOf(GRANULARITIES);
export const Comparison = enumOf(COMPARISONS);

registerEnumType(Measure, {
  name: 'Measure',
  description: 'A measure from the metric catalog (docs/indicators/themes.md)',
  valuesMap: describe(MEASURES),
});
registerEnumType(Dimension, {
  name: 'Dimension',
  description: 'A breakdown from the metric catalog',
  valuesMap: describe(DIMENSIONS),
});
registerEnumType(Granularity, {
  name: 'Granularity',
  description: 'Time bucket of a series',
  valuesMap: describe(GRANULARITIES),
});
registerEnumType(Comparison, {
  name: 'Comparison',
  description: 'Which period a value is compared with',
  valuesMap: describe(COMPARISONS),
});
