import { FreshnessQueryInput } from '../freshness/dto/freshness-query.input';
import { FreshnessResult, SourceFreshnessModel } from '../freshness/models/freshness.model';
import { CsvColumn, csvColumns, csvTable } from './csv-columns';
import { codesOf, FILTER_PARAMS, QueryValue, refuseUnknownParams } from './indicator-api.params';

/** The files (without .csv): a line per source (GraphQL `sources`) and the one line of the total. */
export const FRESHNESS_FILES = { sources: 'dataFreshness', totals: 'dataFreshnessTotals' } as const;
export type FreshnessTable = keyof typeof FRESHNESS_FILES;

export function freshnessTableOf(name: string): FreshnessTable | null {
  return name === FRESHNESS_FILES.sources ? 'sources' : name === FRESHNESS_FILES.totals ? 'totals' : null;
}

/** GraphQL `dataFreshness`'s input: only `gemeente`. */
export function parseFreshnessQuery(query: Record<string, QueryValue>): FreshnessQueryInput {
  refuseUnknownParams(query, [FILTER_PARAMS.municipality]);
  const municipality = codesOf(query, FILTER_PARAMS.municipality);
  return municipality.length > 0 ? { municipality } : {};
}

interface FreshnessLine<Item> {
  table: FreshnessTable;
  freshness: FreshnessResult;
  item: Item;
}

function commonColumns<Item>(): CsvColumn<FreshnessLine<Item>>[] {
  const column = csvColumns<FreshnessLine<Item>>();
  return [
    column.text(
      'indicator',
      'de naam van het bestand, bv. dataFreshness',
      (line) => FRESHNESS_FILES[line.table],
    ),
    column.text('vandaag', 'de datum waartegen de dagen zijn geteld', (line) => line.freshness.today),
  ];
}

const source = csvColumns<FreshnessLine<SourceFreshnessModel>>();
export const FRESHNESS_SOURCE_COLUMNS: readonly CsvColumn<FreshnessLine<SourceFreshnessModel>>[] = [
  ...commonColumns<SourceFreshnessModel>(),
  source.text(
    'bron_code',
    'code van de organisatie die de gegevens levert',
    (line) => line.item.organisationCode,
  ),
  source.text('bron', 'naam van die organisatie', (line) => line.item.organisationName),
  source.text(
    'soort_bron',
    'gemeente, aanbieder, ombudsman of samenwerkingsverband',
    (line) => line.item.kind,
  ),
  source.disclosed(
    'aantal_rijen',
    'zaken, bezwaren en rapportages van deze bron binnen uw bereik',
    (line) => line.item.rows,
  ),
  source.text('nieuwste_datum', 'de nieuwste datum in haar gegevens', (line) => line.item.latestBusinessDate),
  source.text(
    'laatste_levering',
    'wanneer haar laatste geslaagde levering klaar was (tijdstip)',
    (line) => line.item.lastImportAt,
  ),
  source.number(
    'dagen_sinds_nieuwste_datum',
    'dagen van nieuwste_datum tot vandaag',
    (line) => line.item.daysSinceLatestData,
  ),
  source.number(
    'dagen_sinds_levering',
    'dagen van de laatste levering tot vandaag',
    (line) => line.item.daysSinceLastImport,
  ),
  source.number(
    'verwacht_binnen_dagen',
    'binnen hoeveel dagen gegevens van deze soort bron verwacht worden',
    (line) => line.item.expectedWithinDays,
  ),
  source.flag(
    'verouderd',
    'ja: geen gegevens, of de nieuwste gegevens zijn ouder dan verwacht',
    (line) => line.item.stale,
  ),
];

const total = csvColumns<FreshnessLine<null>>();
export const FRESHNESS_TOTAL_COLUMNS: readonly CsvColumn<FreshnessLine<null>>[] = [
  ...commonColumns<null>(),
  total.number(
    'aantal_bronnen',
    'het aantal bronnen (regels van dataFreshness.csv)',
    (line) => line.freshness.sources.length,
  ),
  total.number(
    'verouderde_bronnen',
    'het aantal bronnen met verouderd=ja',
    (line) => line.freshness.sources.filter((item) => item.stale).length,
  ),
  total.disclosed(
    'aantal_rijen',
    'alle rijen binnen uw bereik (een eigen telling, niet de som van de afgeschermde bronnen)',
    (line) => line.freshness.totalRows,
  ),
];

/** Data freshness as CSV: a line per source (GraphQL `sources`), or the one line of the total. */
export function freshnessCsv(table: FreshnessTable, freshness: FreshnessResult): string {
  return table === 'sources'
    ? csvTable(
        FRESHNESS_SOURCE_COLUMNS,
        freshness.sources.map((item) => ({ table, freshness, item })),
      )
    : csvTable(FRESHNESS_TOTAL_COLUMNS, [{ table, freshness, item: null }]);
}
