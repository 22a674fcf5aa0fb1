import { AuthenticatedUser } from '../auth/role';
import { HandlingTimeFamilyName } from '../handling-times/handling-times.catalog';
import { HandlingTimesService } from '../handling-times/handling-times.service';
import { HandlingTimeRowModel, WaitingTimeRowModel } from '../handling-times/models/handling-times.model';
import { OutcomeRowModel } from '../outcomes/models/outcomes.model';
import { OutcomesService } from '../outcomes/outcomes.service';
import { snapToGrid } from '../disclosure/aggregate-grid';
import { CsvColumnDescription, describeColumns } from './csv-columns';
import { BREAKDOWN_PLACEHOLDER, familyColumns, familyCsv, FamilyRow, FamilyValueColumn } from './family-csv';
import { describeFamilyFilters, FamilyQuery, parseFamilyQuery } from './family-params';
import { DIMENSION_PARAMS, FILTER_PARAMS, QueryValue } from './indicator-api.params';

/** The services whose answers the family CSVs write (the same the GraphQL resolvers call). */
export interface FamilyServices {
  handlingTimes: HandlingTimesService;
  outcomes: OutcomesService;
}

/** An indicator family with a CSV endpoint (listed in the index, docs/api.md). */
export interface FamilyTableDefinition {
  label: string;
  definition: string;
  /** The values of `uitsplitsing`. */
  breakdowns: readonly string[];
  /** The filter parameters besides the period and `soort`. */
  filterParams: readonly string[];
  /** Every column of the file, the breakdown's as `<uitsplitsing>_code` and `<uitsplitsing>`. */
  columns: readonly CsvColumnDescription[];
  /** The file for this query string, from the family's service as this user. */
  csv(services: FamilyServices, query: Record<string, QueryValue>, user: AuthenticatedUser): Promise<string>;
}

/** A family table from its GraphQL row type: each value column names the row's field it writes. */
function familyTable<Row extends FamilyRow, D extends string, F extends string>(spec: {
  name: string;
  label: string;
  definition: string;
  dimensions: Readonly<Record<D, string>>;
  filters: Readonly<Record<F, string>>;
  /** The one kind of a family without `soort` (waiting-time complaints are complaints). */
  fixedFamily?: HandlingTimeFamilyName;
  values: readonly FamilyValueColumn<Row>[];
  fetch(
    services: FamilyServices,
    query: FamilyQuery<D, F>,
    user: AuthenticatedUser,
  ): Promise<{ rows: Row[]; totals: Row[]; disclosureControl: boolean }>;
}): FamilyTableDefinition {
  return {
    label: spec.label,
    definition: spec.definition,
    breakdowns: Object.values(spec.dimensions),
    filterParams: Object.values(spec.filters),
    columns: describeColumns(familyColumns(BREAKDOWN_PLACEHOLDER, spec.values)),
    async csv(services, queryString, user) {
      const query = parseFamilyQuery(queryString, spec.dimensions, spec.filters, spec.fixedFamily ?? null);
      const result = await spec.fetch(services, query, user);
      const { granularity, dateRange } = query;
      return familyCsv(
        {
          indicator: spec.name,
          family: query.family,
          granularity,
          range: result.disclosureControl ? snapToGrid(dateRange, granularity) : dateRange,
          filters: describeFamilyFilters(query.filters, spec.filters),
        },
        query.dimension === null ? null : spec.dimensions[query.dimension],
        spec.values,
        query.dimension === null ? result.totals : result.rows,
      );
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
    name: 'handlingTimes',
    label: 'Behandelduur',
    definition:
      'Klachten (Awb 9:11) of bezwaren (Awb 7:10) per periode: ontvangen, afgehandeld, binnen en na de wettelijke termijn, verdaagd, mediaan en 90e percentiel van de dagen.',
    dimensions: FAMILY_DIMENSIONS,
    filters: FAMILY_FILTERS,
    values: [
      { name: 'ontvangen', field: 'received', meaning: 'ontvangen in de periode' },
      { name: 'afgehandeld', field: 'closed', meaning: 'daarvan afgehandeld (klacht) of beslist (bezwaar)' },
      { name: 'open', field: 'open', meaning: 'daarvan nog open' },
      { name: 'binnen_termijn', field: 'withinTerm', meaning: 'afgehandeld binnen de wettelijke termijn' },
      { name: 'na_termijn', field: 'beyondTerm', meaning: 'afgehandeld na de wettelijke termijn' },
      { name: 'verdaagd', field: 'extended', meaning: 'termijn verdaagd' },
      {
        name: 'open_na_termijn',
        field: 'openBeyondTerm',
        meaning: 'nog open terwijl de termijn voorbij is',
      },
      {
        name: 'mediaan_dagen',
        field: 'medianDays',
        meaning: 'mediaan van de kalenderdagen van ontvangst tot afhandeling (afgehandelde zaken)',
      },
      { name: 'p90_dagen', field: 'p90Days', meaning: '90e percentiel van diezelfde dagen' },
      {
        name: 'percentage_binnen_termijn',
        field: 'withinTermPercentage',
        meaning: 'binnen_termijn ÷ afgehandeld × 100',
      },
      {
        name: 'percentage_na_termijn',
        field: 'beyondTermPercentage',
        meaning: 'na_termijn ÷ afgehandeld × 100',
      },
      { name: 'percentage_verdaagd', field: 'extendedPercentage', meaning: 'verdaagd ÷ ontvangen × 100' },
    ],
    fetch: (services, query, user) => services.handlingTimes.handlingTimes(query, user),
  }),
  outcomes: familyTable<
    OutcomeRowModel,
    keyof typeof FAMILY_DIMENSIONS | 'theme' | 'law',
    keyof typeof FAMILY_FILTERS | 'theme' | 'law'
  >({
    name: 'outcomes',
    label: 'Uitkomsten',
    definition:
      'Klachten of bezwaren per periode: beslist, (deels) gegrond en ongegrond, het percentage gegrond met 95%-interval, en de opgevolgde aanbevelingen van de ombudsman.',
    dimensions: { ...FAMILY_DIMENSIONS, theme: DIMENSION_PARAMS.theme, law: LAW_PARAM },
    filters: { ...FAMILY_FILTERS, theme: FILTER_PARAMS.theme, law: LAW_PARAM },
    values: [
      { name: 'ontvangen', field: 'received', meaning: 'ontvangen in de periode' },
      {
        name: 'beslist',
        field: 'decided',
        meaning: 'inhoudelijk beslist: gegrond, deels gegrond of ongegrond',
      },
      { name: 'gegrond_of_deels', field: 'upheld', meaning: 'gegrond + deels gegrond' },
      { name: 'gegrond', field: 'gegrond', meaning: 'gegrond' },
      { name: 'deels_gegrond', field: 'deelsGegrond', meaning: 'deels gegrond' },
      { name: 'ongegrond', field: 'ongegrond', meaning: 'ongegrond' },
      { name: 'percentage_gegrond', field: 'upholdRate', meaning: 'gegrond_of_deels ÷ beslist × 100' },
      {
        name: 'percentage_gegrond_ondergrens_95',
        field: 'upholdRateLower',
        meaning: 'ondergrens van het 95%-interval (Wilson) van percentage_gegrond',
      },
      {
        name: 'percentage_gegrond_bovengrens_95',
        field: 'upholdRateUpper',
        meaning: 'bovengrens van het 95%-interval (Wilson) van percentage_gegrond',
      },
      {
        name: 'aanbevelingen',
        field: 'recommendationsMade',
        meaning: 'zaken met een aanbeveling van de ombudsman',
      },
      {
        name: 'aanbevelingen_opgevolgd',
        field: 'recommendationsFollowed',
        meaning: 'daarvan is de aanbeveling opgevolgd',
      },
      {
        name: 'aanbevelingen_niet_opgevolgd',
        field: 'recommendationsNotFollowed',
        meaning: 'daarvan is de aanbeveling niet opgevolgd',
      },
      {
        name: 'percentage_opgevolgd',
        field: 'recommendationFollowedRate',
        meaning:
          'opgevolgd ÷ (opgevolgd + niet opgevolgd) × 100; aanbevelingen zonder bekend vervolg tellen niet mee',
      },
      {
        name: 'percentage_opgevolgd_ondergrens_95',
        field: 'recommendationFollowedRateLower',
        meaning: 'ondergrens van het 95%-interval (Wilson) van percentage_opgevolgd',
      },
      {
        name: 'percentage_opgevolgd_bovengrens_95',
        field: 'recommendationFollowedRateUpper',
        meaning: 'bovengrens van het 95%-interval (Wilson) van percentage_opgevolgd',
      },
    ],
    fetch: (services, query, user) => services.outcomes.outcomes(query, user),
  }),
  waitingTimeComplaints: familyTable<
    WaitingTimeRowModel,
    keyof typeof FAMILY_DIMENSIONS,
    keyof typeof FAMILY_FILTERS
  >({
    name: 'waitingTimeComplaints',
    label: 'Klachten over wachttijd',
    definition:
      'Klachten per periode met als hoofdthema wachttijd (of een subthema daarvan): het aantal klachten, het aantal over wachttijd en hun aandeel.',
    dimensions: FAMILY_DIMENSIONS,
    filters: FAMILY_FILTERS,
    fixedFamily: 'klacht',
    values: [
      { name: 'aantal_klachten', field: 'complaints', meaning: 'ontvangen klachten' },
      {
        name: 'klachten_wachttijd',
        field: 'waitingTime',
        meaning: 'daarvan met als hoofdthema wachttijd of een subthema daarvan',
      },
      {
        name: 'percentage_wachttijd',
        field: 'waitingTimeShare',
        meaning: 'klachten_wachttijd ÷ aantal_klachten × 100',
      },
    ],
    fetch: (services, query, user) => services.handlingTimes.waitingTime(query, user),
  }),
};

export function familyTableOf(name: string): FamilyTableDefinition | null {
  return Object.hasOwn(FAMILY_TABLES, name) ? (FAMILY_TABLES[name] ?? null) : null;
}
