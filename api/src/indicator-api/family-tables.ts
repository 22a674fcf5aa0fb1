import { AuthenticatedUser } from '../auth/role';
import { HandlingTimeFamilyName } from '../handling-times/handling-times.catalog';
import { HandlingTimesService } from '../handling-times/handling-times.service';
import { HandlingTimeRowModel, WaitingTimeRowModel } from '../handling-times/models/handling-times.model';
import { IndicatorValue } from '../handling-times/models/indicator-value.model';
import { OutcomeRowModel } from '../outcomes/models/outcomes.model';
import { OutcomesService } from '../outcomes/outcomes.service';
import { FamilyCsvRow } from './family-csv';
import { describeFamilyFilters, FamilyQuery, parseFamilyQuery } from './family-params';
import { DIMENSION_PARAMS, FILTER_PARAMS, QueryValue } from './indicator-api.params';

/** The services whose answers the family CSVs write (the same the GraphQL resolvers call). */
export interface FamilyServices {
  handlingTimes: HandlingTimesService;
  outcomes: OutcomesService;
}

/** A family's GraphQL answer, reduced to what the CSV writes, and how it was asked for. */
export interface FamilyCsvAnswer {
  query: FamilyQuery<string, string>;
  /** The query parameter of the breakdown; null without one. */
  breakdown: string | null;
  /** The filters as one text, e.g. `domein=wmo&lijn=eerste_lijn`. */
  filterText: string;
  /** The member rows with a breakdown, the totals without. */
  rows: FamilyCsvRow[];
  disclosureControl: boolean;
}

/** An indicator family with a CSV endpoint (listed in the index, docs/api.md). */
export interface FamilyTableDefinition {
  label: string;
  definition: string;
  /** The values of `uitsplitsing`. */
  breakdowns: readonly string[];
  /** The filter parameters besides the period and `soort`. */
  filterParams: readonly string[];
  /** The GraphQL fields written, each with a column `<field>_onderdrukt`. */
  valueColumns: readonly string[];
  answer(
    services: FamilyServices,
    query: Record<string, QueryValue>,
    user: AuthenticatedUser,
  ): Promise<FamilyCsvAnswer>;
}

interface FamilyRow {
  period: string | null;
  complete: boolean;
  coverage?: { completeness: string };
  code: string | null;
  label: string | null;
}

type ValueField<Row> = {
  [K in keyof Row]: Row[K] extends IndicatorValue ? K : never;
}[keyof Row] &
  string;

/** A family table from its GraphQL row type: the value columns are checked against the row's fields. */
function familyTable<Row extends FamilyRow, D extends string, F extends string>(spec: {
  label: string;
  definition: string;
  dimensions: Readonly<Record<D, string>>;
  filters: Readonly<Record<F, string>>;
  /** The one kind of a family without `soort` (waiting-time complaints are complaints). */
  fixedFamily?: HandlingTimeFamilyName;
  values: readonly ValueField<Row>[];
  fetch(
    services: FamilyServices,
    query: FamilyQuery<D, F>,
    user: AuthenticatedUser,
  ): Promise<{ rows: Row[]; totals: Row[]; disclosureControl: boolean }>;
}): FamilyTableDefinition {
  const pick = (row: Row): FamilyCsvRow => ({
    period: row.period,
    complete: row.complete,
    coverage: row.coverage,
    code: row.code,
    label: row.label,
    values: spec.values.map((field) => row[field] as IndicatorValue),
  });
  return {
    label: spec.label,
    definition: spec.definition,
    breakdowns: Object.values(spec.dimensions),
    filterParams: Object.values(spec.filters),
    valueColumns: spec.values,
    async answer(services, queryString, user) {
      const query = parseFamilyQuery(queryString, spec.dimensions, spec.filters, spec.fixedFamily ?? null);
      const result = await spec.fetch(services, query, user);
      return {
        query,
        breakdown: query.dimension === null ? null : spec.dimensions[query.dimension],
        filterText: describeFamilyFilters(query.filters, spec.filters),
        rows: (query.dimension === null ? result.totals : result.rows).map(pick),
        disclosureControl: result.disclosureControl,
      };
    },
  };
}

const FAMILY_DIMENSIONS = {
  domain: DIMENSION_PARAMS.domain,
  line: DIMENSION_PARAMS.line,
  subjectOrganisation: DIMENSION_PARAMS.subjectOrganisation,
} as const;

export const FAMILY_FILTERS = {
  municipality: FILTER_PARAMS.municipality,
  domain: FILTER_PARAMS.domain,
  line: FILTER_PARAMS.line,
  subjectOrganisation: FILTER_PARAMS.subjectOrganisation,
} as const;

/** The law of an outcome has no metric-catalog dimension, so no parameter there. */
const LAW_PARAM = 'wet';

/** The indicator families beyond the metric catalog with a CSV endpoint, by file name. */
export const FAMILY_TABLES: Readonly<Record<string, FamilyTableDefinition>> = {
  handlingTimes: familyTable<
    HandlingTimeRowModel,
    keyof typeof FAMILY_DIMENSIONS,
    keyof typeof FAMILY_FILTERS
  >({
    label: 'Behandelduur',
    definition:
      'Klachten (Awb 9:11) of bezwaren (Awb 7:10) per periode: ontvangen, afgehandeld, binnen en na de wettelijke termijn, verdaagd, mediaan en 90e percentiel van de dagen.',
    dimensions: FAMILY_DIMENSIONS,
    filters: FAMILY_FILTERS,
    values: [
      'received',
      'closed',
      'open',
      'withinTerm',
      'beyondTerm',
      'extended',
      'openBeyondTerm',
      'medianDays',
      'p90Days',
      'withinTermPercentage',
      'beyondTermPercentage',
      'extendedPercentage',
    ],
    fetch: (services, query, user) => services.handlingTimes.handlingTimes(query, user),
  }),
  outcomes: familyTable<
    OutcomeRowModel,
    keyof typeof FAMILY_DIMENSIONS | 'theme' | 'law',
    keyof typeof FAMILY_FILTERS | 'theme' | 'law'
  >({
    label: 'Uitkomsten',
    definition:
      'Klachten of bezwaren per periode: beslist, (deels) gegrond en ongegrond, het percentage gegrond met 95%-interval, en de opgevolgde aanbevelingen van de ombudsman.',
    dimensions: { ...FAMILY_DIMENSIONS, theme: DIMENSION_PARAMS.theme, law: LAW_PARAM },
    filters: { ...FAMILY_FILTERS, theme: FILTER_PARAMS.theme, law: LAW_PARAM },
    values: [
      'received',
      'decided',
      'upheld',
      'gegrond',
      'deelsGegrond',
      'ongegrond',
      'upholdRate',
      'upholdRateLower',
      'upholdRateUpper',
      'recommendationsMade',
      'recommendationsFollowed',
      'recommendationsNotFollowed',
      'recommendationFollowedRate',
      'recommendationFollowedRateLower',
      'recommendationFollowedRateUpper',
    ],
    fetch: (services, query, user) => services.outcomes.outcomes(query, user),
  }),
  waitingTimeComplaints: familyTable<
    WaitingTimeRowModel,
    keyof typeof FAMILY_DIMENSIONS,
    keyof typeof FAMILY_FILTERS
  >({
    label: 'Klachten over wachttijd',
    definition:
      'Klachten per periode met als hoofdthema wachttijd (of een subthema daarvan): het aantal klachten, het aantal over wachttijd en hun aandeel.',
    dimensions: FAMILY_DIMENSIONS,
    filters: FAMILY_FILTERS,
    fixedFamily: 'klacht',
    values: ['complaints', 'waitingTime', 'waitingTimeShare'],
    fetch: (services, query, user) => services.handlingTimes.waitingTime(query, user),
  }),
};

export function familyTableOf(name: string): FamilyTableDefinition | null {
  return Object.hasOwn(FAMILY_TABLES, name) ? (FAMILY_TABLES[name] ?? null) : null;
}
