import { DIMENSIONS, GRANULARITIES, MEASURES } from '../metrics/catalog';
import { CHAIN_FILES, CHAIN_TRANSITION_COLUMNS, WINDOW_PARAM } from './chain-csv';
import { FAMILY_TABLES } from './family-tables';
import { CLIENT_RATE_COLUMNS, CLIENT_RATE_TABLES, CLIENT_RATES_FILE } from './client-rates-csv';
import { FRESHNESS_COLUMNS, FRESHNESS_FILE } from './freshness-csv';
import { UPHELD_MEASURE_COLUMNS, UPHELD_MEASURE_FILTERS, UPHELD_MEASURES_FILE } from './measures-csv';
import { PROVIDER_COMPLIANCE_COLUMNS, PROVIDER_COMPLIANCE_FILE } from './provider-compliance-csv';
import { THERMOMETER_COLUMNS, THERMOMETER_FILE } from './thermometer-csv';
import { DIMENSION_PARAMS, FILTER_PARAMS, FilterName, GRANULARITY_PARAMS } from './indicator-api.params';
import { IndicatorApiCatalog } from './models/indicator-api-catalog.model';

export const INDICATOR_API_PATH = '/api/v1/indicatoren';

const MUNICIPALITY_PARAMETER = {
  label: 'Gemeente',
  definition: 'De CBS-code van de gemeente, zoals GM0344. Alleen zinvol als u bij meer gemeenten mag kijken.',
};

const CHAIN_PARAMS = [FILTER_PARAMS.municipality, FILTER_PARAMS.domain, WINDOW_PARAM];

const CHAIN_TABLES = [
  {
    name: CHAIN_FILES.stages,
    label: 'Keten: klachten per stadium',
    definition:
      'Klachten per stadium van de keten (aanbieder, gemeente informeel en formeel, ombudsman) in de periode (GraphQL chain.stages).',
    csvPath: `${INDICATOR_API_PATH}/${CHAIN_FILES.stages}.csv`,
    breakdowns: [],
    filters: CHAIN_PARAMS,
    columns: ['count'],
  },
  {
    name: CHAIN_FILES.transitions,
    label: 'Keten: doorstroom naar de volgende lijn',
    definition:
      'Per overgang de burgers met een klacht, hoeveel van hen binnen het venster (dagen) ook in de volgende lijn klaagden, en het percentage (GraphQL chain.transitions).',
    csvPath: `${INDICATOR_API_PATH}/${CHAIN_FILES.transitions}.csv`,
    breakdowns: [],
    filters: CHAIN_PARAMS,
    columns: [...CHAIN_TRANSITION_COLUMNS],
  },
];

/** The index of the CSV API (JSON endpoint and GraphQL), built from the metric catalog and the family tables. */
export function indicatorApiCatalog(): IndicatorApiCatalog {
  const filterNames = new Set<string>(Object.keys(FILTER_PARAMS));
  return {
    basePath: INDICATOR_API_PATH,
    indicators: Object.entries(MEASURES).map(([name, measure]) => ({
      name,
      label: measure.label,
      definition: measure.definition,
      legalBasis: measure.legalBasis,
      additive: measure.additive,
      csvPath: `${INDICATOR_API_PATH}/${name}.csv`,
    })),
    families: [
      ...Object.entries(FAMILY_TABLES).map(([name, family]) => ({
        name,
        label: family.label,
        definition: family.definition,
        csvPath: `${INDICATOR_API_PATH}/${name}.csv`,
        breakdowns: [...family.breakdowns],
        filters: [...family.filterParams],
        columns: [...family.valueColumns],
      })),
      {
        name: THERMOMETER_FILE,
        label: 'Thermometer',
        definition:
          'Per domein en indicator de kleur (groen, oranje, rood) van één kwartaal met de cijfers waarop die rust; periode=2025-K2, zonder periode het laatste volledige kwartaal.',
        csvPath: `${INDICATOR_API_PATH}/${THERMOMETER_FILE}.csv`,
        breakdowns: [],
        filters: [],
        columns: [...THERMOMETER_COLUMNS],
      },
      ...CHAIN_TABLES,
      {
        name: PROVIDER_COMPLIANCE_FILE,
        label: 'Rapportages van aanbieders',
        definition:
          'Per halfjaar de aanbieders die moesten rapporteren: op tijd, te laat, ontbrekend, nog niet verschuldigd, en het percentage op tijd (GraphQL providerCompliance.halfYears).',
        csvPath: `${INDICATOR_API_PATH}/${PROVIDER_COMPLIANCE_FILE}.csv`,
        breakdowns: [],
        filters: [FILTER_PARAMS.municipality],
        columns: [...PROVIDER_COMPLIANCE_COLUMNS],
      },
      {
        name: CLIENT_RATES_FILE,
        label: 'Klachten per 1.000 cliënten',
        definition:
          'Klachten in één jaar (periode=2025) per 1.000 cliënten met een 95%-interval, per domein of per aanbieder (uitsplitsing, verplicht; GraphQL clientRates).',
        csvPath: `${INDICATOR_API_PATH}/${CLIENT_RATES_FILE}.csv`,
        breakdowns: Object.keys(CLIENT_RATE_TABLES),
        filters: [FILTER_PARAMS.municipality, FILTER_PARAMS.domain],
        columns: [...CLIENT_RATE_COLUMNS],
      },
      {
        name: UPHELD_MEASURES_FILE,
        label: 'Maatregelen bij gegronde klachten',
        definition:
          'Per maatregel het aantal (deels) gegronde klachten waarbij die is genomen en hun aandeel; geen = gegrond zonder maatregel (GraphQL upheldComplaintMeasures).',
        csvPath: `${INDICATOR_API_PATH}/${UPHELD_MEASURES_FILE}.csv`,
        breakdowns: [],
        filters: Object.values(UPHELD_MEASURE_FILTERS),
        columns: [...UPHELD_MEASURE_COLUMNS, 'upheld'],
      },
      {
        name: FRESHNESS_FILE,
        label: 'Actualiteit van de gegevens',
        definition:
          'Per bron (organisatie) de laatste levering, de nieuwste datum in haar gegevens, hoeveel dagen geleden, de verwachting en of de gegevens verouderd zijn (GraphQL dataFreshness.sources).',
        csvPath: `${INDICATOR_API_PATH}/${FRESHNESS_FILE}.csv`,
        breakdowns: [],
        filters: [FILTER_PARAMS.municipality],
        columns: [...FRESHNESS_COLUMNS],
      },
    ],
    parameters: [
      { param: FILTER_PARAMS.municipality, ...MUNICIPALITY_PARAMETER, filter: true, breakdown: false },
      ...Object.entries(DIMENSIONS).map(([name, dimension]) => ({
        param: DIMENSION_PARAMS[name as keyof typeof DIMENSION_PARAMS],
        label: dimension.label,
        definition: dimension.definition,
        filter: filterNames.has(name as FilterName),
        breakdown: true,
      })),
    ],
    granularities: Object.entries(GRANULARITIES).map(([name, granularity]) => ({
      param: GRANULARITY_PARAMS[name as keyof typeof GRANULARITY_PARAMS],
      label: granularity.label,
    })),
  };
}
