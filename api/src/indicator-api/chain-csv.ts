import { ChainQueryInput } from '../chain/dto/chain-query.input';
import { ChainResult, ChainStageModel, ChainTransitionModel } from '../chain/models/chain.model';
import { CsvColumn, csvColumns, csvTable } from './csv-columns';
import {
  codesOf,
  FILTER_PARAMS,
  IndicatorParamError,
  parseDateRange,
  QueryValue,
  RANGE_PARAMS,
  refuseUnknownParams,
  single,
} from './indicator-api.params';

/** The chain's tables, each its own file (GraphQL `chain { stages }`, `{ transitions }` and its totals). */
export const CHAIN_FILES = {
  stages: 'chainStages',
  transitions: 'chainTransitions',
  totals: 'chainTotals',
} as const;
export type ChainTable = keyof typeof CHAIN_FILES;

/** The window of GraphQL `windowDays`. */
export const WINDOW_PARAM = 'venster';

export function chainTableOf(name: string): ChainTable | null {
  const found = Object.entries(CHAIN_FILES).find(([, file]) => file === name);
  return found ? (found[0] as ChainTable) : null;
}
/** GraphQL `chain`'s input: the period, `gemeente`, `domein` and `venster` (days, default as GraphQL). */
export function parseChainQuery(query: Record<string, QueryValue>): ChainQueryInput {
  refuseUnknownParams(query, [
    RANGE_PARAMS.from,
    RANGE_PARAMS.to,
    RANGE_PARAMS.period,
    FILTER_PARAMS.municipality,
    FILTER_PARAMS.domain,
    WINDOW_PARAM,
  ]);
  const dateRange = parseDateRange(query);
  const window = single(query, WINDOW_PARAM);
  if (window !== null && !/^\d{1,4}$/.test(window)) {
    throw new IndicatorParamError(`${WINDOW_PARAM} is een aantal dagen, zoals 365.`);
  }
  const municipality = codesOf(query, FILTER_PARAMS.municipality);
  const domain = codesOf(query, FILTER_PARAMS.domain);
  return {
    dateRange,
    windowDays: window === null ? null : Number(window),
    filters: {
      ...(municipality.length > 0 ? { municipality } : {}),
      ...(domain.length > 0 ? { domain } : {}),
    },
  };
}

interface ChainLine<Item> {
  table: ChainTable;
  chain: ChainResult;
  range: { from: string; to: string };
  item: Item;
}

/** The columns every chain file starts with. */
function commonColumns<Item>(): CsvColumn<ChainLine<Item>>[] {
  const column = csvColumns<ChainLine<Item>>();
  return [
    column.text('indicator', 'de naam van het bestand, bv. chainStages', (line) => CHAIN_FILES[line.table]),
    column.text(
      'periode_van',
      'eerste dag van de periode (voor raad, panel en college verruimd tot hele maanden)',
      (line) => line.range.from,
    ),
    column.text('periode_tot', 'laatste dag van de periode', (line) => line.range.to),
    column.number(
      'venster_dagen',
      'het venster in dagen waarin een klacht in de volgende lijn als doorstroom telt',
      (line) => line.chain.windowDays,
    ),
  ];
}

const stage = csvColumns<ChainLine<ChainStageModel>>();
export const CHAIN_STAGE_COLUMNS: readonly CsvColumn<ChainLine<ChainStageModel>>[] = [
  ...commonColumns<ChainStageModel>(),
  stage.text('stadium_code', 'code van het stadium, bv. gemeente_formeel', (line) => line.item.code),
  stage.text('stadium', 'naam van het stadium', (line) => line.item.label),
  stage.disclosed(
    'aantal_klachten',
    'klachten ontvangen in dit stadium in de periode',
    (line) => line.item.count,
  ),
];

const transition = csvColumns<ChainLine<ChainTransitionModel>>();
export const CHAIN_TRANSITION_COLUMNS: readonly CsvColumn<ChainLine<ChainTransitionModel>>[] = [
  ...commonColumns<ChainTransitionModel>(),
  transition.text('van', 'code van de lijn waar de burger klaagde', (line) => line.item.from),
  transition.text('naar', 'code van de volgende lijn', (line) => line.item.to),
  transition.text('overgang', 'naam van de overgang', (line) => line.item.label),
  transition.disclosed(
    'burgers',
    'verschillende burgers met een klacht in de lijn van `van` in de periode',
    (line) => line.item.citizens,
  ),
  transition.disclosed(
    'doorgestroomd',
    'daarvan met een klacht in de volgende lijn binnen het venster',
    (line) => line.item.moved,
  ),
  transition.disclosed(
    'percentage_doorgestroomd',
    'doorgestroomd ÷ burgers × 100',
    (line) => line.item.movedPercentage,
  ),
];

const total = csvColumns<ChainLine<null>>();
export const CHAIN_TOTAL_COLUMNS: readonly CsvColumn<ChainLine<null>>[] = [
  ...commonColumns<null>(),
  total.disclosed(
    'aantal_klachten',
    'alle klachten in de periode (een eigen telling, niet de som van de afgeschermde stadia)',
    (line) => line.chain.complaints,
  ),
  total.disclosed(
    'aantal_bezwaren',
    'bezwaren ontvangen in de periode (een eigen route)',
    (line) => line.chain.objections,
  ),
  total.disclosed(
    'percentage_escalatie',
    'klachten in de tweede lijn ÷ klachten in de eerste lijn van de gemeente × 100',
    (line) => line.chain.escalationRate,
  ),
];

/** One of the chain's files: a line per GraphQL row (stages, transitions), or the one line of totals. */
export function chainCsv(table: ChainTable, chain: ChainResult, range: { from: string; to: string }): string {
  const line = <Item>(item: Item): ChainLine<Item> => ({ table, chain, range, item });
  switch (table) {
    case 'stages':
      return csvTable(CHAIN_STAGE_COLUMNS, chain.stages.map(line));
    case 'transitions':
      return csvTable(CHAIN_TRANSITION_COLUMNS, chain.transitions.map(line));
    case 'totals':
      return csvTable(CHAIN_TOTAL_COLUMNS, [line(null)]);
  }
}
