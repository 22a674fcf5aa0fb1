import { DIMENSIONS, GRANULARITIES, MEASURES } from '../metrics/catalog';
import {
  CHAIN_FILES,
  CHAIN_STAGE_COLUMNS,
  CHAIN_TOTAL_COLUMNS,
  CHAIN_TRANSITION_COLUMNS,
  WINDOW_PARAM,
} from './chain-csv';
import { describeColumns } from './csv-columns';
import { BREAKDOWN_PLACEHOLDER } from './family-csv';
import { FAMILY_TABLES } from './family-tables';
import { CLIENT_RATE_TABLES, CLIENT_RATES_FILE, clientRateColumns } from './client-rates-csv';
import { FRESHNESS_FILES, FRESHNESS_SOURCE_COLUMNS, FRESHNESS_TOTAL_COLUMNS } from './freshness-csv';
import { indicatorColumns } from './indicator-csv';
import { UPHELD_MEASURE_COLUMNS, UPHELD_MEASURE_FILTERS, UPHELD_MEASURES_FILE } from './measures-csv';
import { HALF_YEAR_COLUMNS, PROVIDER_COLUMNS, PROVIDER_COMPLIANCE_FILES } from './provider-compliance-csv';
import { RECOMMENDATION_COLUMNS, RECOMMENDATIONS_FILE } from './recommendations-csv';
import {
  REGIONAL_BREAKDOWNS,
  REGIONAL_CURVE_COLUMNS,
  REGIONAL_FILES,
  REGIONAL_ROW_COLUMNS,
} from './regional-comparison-csv';
import { THERMOMETER_COLUMNS, THERMOMETER_FILE } from './thermometer-csv';
import { DIMENSION_PARAMS, FILTER_PARAMS, FilterName, GRANULARITY_PARAMS } from './indicator-api.params';
import { ApiIndicatorFamily, IndicatorApiCatalog } from './models/indicator-api-catalog.model';

export const INDICATOR_API_PATH = '/api/v1/indicatoren';

const MUNICIPALITY_PARAMETER = {
  label: 'Gemeente',
  definition: 'De CBS-code van de gemeente, zoals GM0344. Alleen zinvol als u bij meer gemeenten mag kijken.',
};

const CHAIN_PARAMS = [FILTER_PARAMS.municipality, FILTER_PARAMS.domain, WINDOW_PARAM];
const REGIONAL_PARAMS = [FILTER_PARAMS.domain];

/** A file of the index: its name gives the address. */
function file(name: string, entry: Omit<ApiIndicatorFamily, 'name' | 'csvPath'>): ApiIndicatorFamily {
  return { name, csvPath: `${INDICATOR_API_PATH}/${name}.csv`, ...entry };
}

/** The files beyond the metric catalog, in the order of docs/api.md. */
function tables(): ApiIndicatorFamily[] {
  return [
    ...Object.entries(FAMILY_TABLES).map(([name, family]) =>
      file(name, {
        label: family.label,
        definition: family.definition,
        breakdowns: [...family.breakdowns],
        filters: [...family.filterParams],
        columns: [...family.columns],
      }),
    ),
    file(RECOMMENDATIONS_FILE, {
      label: 'Opvolging van aanbevelingen',
      definition:
        'Per herkomst (ombudsman, burgerpanel) de aanbevelingen in het maatregelenregister: opgevolgd, niet opgevolgd, in afwachting, met hun aandeel; het hele register van uw gemeente, zonder periode (GraphQL recommendationFollowUp).',
      breakdowns: [],
      filters: [],
      columns: describeColumns(RECOMMENDATION_COLUMNS),
    }),
    file(THERMOMETER_FILE, {
      label: 'Thermometer',
      definition:
        'Per domein en indicator de kleur (groen, oranje, rood) van één kwartaal met de cijfers waarop die rust; periode=2025-K2, zonder periode het laatste volledige kwartaal.',
      breakdowns: [],
      filters: [],
      columns: describeColumns(THERMOMETER_COLUMNS),
    }),
    file(CHAIN_FILES.stages, {
      label: 'Keten: klachten per stadium',
      definition:
        'Klachten per stadium van de keten (aanbieder, gemeente informeel en formeel, ombudsman) in de periode (GraphQL chain.stages).',
      breakdowns: [],
      filters: CHAIN_PARAMS,
      columns: describeColumns(CHAIN_STAGE_COLUMNS),
    }),
    file(CHAIN_FILES.transitions, {
      label: 'Keten: doorstroom naar de volgende lijn',
      definition:
        'Per overgang de burgers met een klacht, hoeveel van hen binnen het venster (dagen) ook in de volgende lijn klaagden, en het percentage (GraphQL chain.transitions).',
      breakdowns: [],
      filters: CHAIN_PARAMS,
      columns: describeColumns(CHAIN_TRANSITION_COLUMNS),
    }),
    file(CHAIN_FILES.totals, {
      label: 'Keten: totalen',
      definition:
        'Eén regel: alle klachten, de bezwaren en het percentage escalatie naar de tweede lijn in de periode (GraphQL chain.complaints, objections, escalationRate).',
      breakdowns: [],
      filters: CHAIN_PARAMS,
      columns: describeColumns(CHAIN_TOTAL_COLUMNS),
    }),
    file(PROVIDER_COMPLIANCE_FILES.halfYears, {
      label: 'Rapportages van aanbieders',
      definition:
        'Per halfjaar de aanbieders die moesten rapporteren: op tijd, te laat, ontbrekend, nog niet verschuldigd, en het percentage op tijd (GraphQL providerCompliance.halfYears).',
      breakdowns: [],
      filters: [FILTER_PARAMS.municipality],
      columns: describeColumns(HALF_YEAR_COLUMNS),
    }),
    file(PROVIDER_COMPLIANCE_FILES.providers, {
      label: 'Rapportages per aanbieder',
      definition:
        'Per aanbieder en halfjaar de uiterste datum, de datum van indienen en de status (GraphQL providerCompliance.providers). Alleen voor beleid en beheer; voor raad, panel en college alleen de kopregel.',
      breakdowns: [],
      filters: [FILTER_PARAMS.municipality],
      columns: describeColumns(PROVIDER_COLUMNS),
    }),
    file(CLIENT_RATES_FILE, {
      label: 'Klachten per 1.000 cliënten',
      definition:
        'Klachten in één jaar (periode=2025) per 1.000 cliënten met een 95%-interval, per domein of per aanbieder (uitsplitsing, verplicht; GraphQL clientRates).',
      breakdowns: Object.keys(CLIENT_RATE_TABLES),
      filters: [FILTER_PARAMS.municipality, FILTER_PARAMS.domain],
      columns: describeColumns(clientRateColumns(BREAKDOWN_PLACEHOLDER)),
    }),
    file(UPHELD_MEASURES_FILE, {
      label: 'Maatregelen bij gegronde klachten',
      definition:
        'Per maatregel het aantal (deels) gegronde klachten waarbij die is genomen en hun aandeel; geen = gegrond zonder maatregel (GraphQL upheldComplaintMeasures).',
      breakdowns: [],
      filters: Object.values(UPHELD_MEASURE_FILTERS),
      columns: describeColumns(UPHELD_MEASURE_COLUMNS),
    }),
    file(FRESHNESS_FILES.sources, {
      label: 'Actualiteit van de gegevens',
      definition:
        'Per bron (organisatie) de laatste levering, de nieuwste datum in haar gegevens, hoeveel dagen geleden, de verwachting en of de gegevens verouderd zijn (GraphQL dataFreshness.sources).',
      breakdowns: [],
      filters: [FILTER_PARAMS.municipality],
      columns: describeColumns(FRESHNESS_SOURCE_COLUMNS),
    }),
    file(FRESHNESS_FILES.totals, {
      label: 'Actualiteit: totaal',
      definition:
        'Eén regel: het aantal bronnen, hoeveel daarvan verouderd zijn, en alle rijen binnen uw bereik (GraphQL dataFreshness.totalRows).',
      breakdowns: [],
      filters: [FILTER_PARAMS.municipality],
      columns: describeColumns(FRESHNESS_TOTAL_COLUMNS),
    }),
    file(REGIONAL_FILES.rows, {
      label: 'Regio vergelijken',
      definition:
        'Klachten per 1.000 inwoners van de gemeenten van uw regio die meedoen, per groep (alle klachten, dan per domein of thema) met de 95%- en 99,8%-grenzen van de trechter bij hun grootte; op naam, nooit een ranglijst. Alleen als uw gemeente meedoet (GraphQL regionalComparison.groups.rows).',
      breakdowns: Object.keys(REGIONAL_BREAKDOWNS),
      filters: REGIONAL_PARAMS,
      columns: describeColumns(REGIONAL_ROW_COLUMNS),
    }),
    file(REGIONAL_FILES.curve, {
      label: 'Regio vergelijken: de trechter',
      definition:
        'Per groep de lijnen van de trechter: de 95%- en 99,8%-grenzen voor gemeenten van verschillende grootte, om de trechter zelf te tekenen (GraphQL regionalComparison.groups.curve).',
      breakdowns: Object.keys(REGIONAL_BREAKDOWNS),
      filters: REGIONAL_PARAMS,
      columns: describeColumns(REGIONAL_CURVE_COLUMNS),
    }),
  ];
}

/** The index of the CSV API (JSON endpoint and GraphQL), built from the metric catalog and the column tables. */
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
    indicatorColumns: describeColumns(indicatorColumns([BREAKDOWN_PLACEHOLDER])),
    families: tables(),
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
