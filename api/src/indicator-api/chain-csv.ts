import { ChainQueryInput } from '../chain/dto/chain-query.input';
import { ChainResult } from '../chain/models/chain.model';
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
import { csvDocument, valueCells } from './indicator-csv';

/** The chain's two tables, each its own file (GraphQL `chain { stages }` and `chain { transitions }`). */
export const CHAIN_FILES = { stages: 'chainStages', transitions: 'chainTransitions' } as const;
export type ChainTable = keyof typeof CHAIN_FILES;

/** The window of GraphQL `windowDays`. */
export const WINDOW_PARAM = 'venster';

export const CHAIN_TRANSITION_COLUMNS = ['citizens', 'moved', 'movedPercentage'] as const;

export function chainTableOf(name: string): ChainTable | null {
  return name === CHAIN_FILES.stages ? 'stages' : name === CHAIN_FILES.transitions ? 'transitions' : null;
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

/** One of the chain's tables as CSV (convention of indicatorCsv), a line per GraphQL row. */
export function chainCsv(table: ChainTable, chain: ChainResult, range: { from: string; to: string }): string {
  const common = [CHAIN_FILES[table], range.from, range.to, String(chain.windowDays)];
  const commonHeader = ['indicator', 'periode_van', 'periode_tot', 'venster_dagen'];
  if (table === 'stages') {
    return csvDocument([
      [...commonHeader, 'stadium_code', 'stadium', 'count', 'count_onderdrukt'],
      ...chain.stages.map((stage) => [...common, stage.code, stage.label, ...valueCells(stage.count)]),
    ]);
  }
  return csvDocument([
    [
      ...commonHeader,
      'van',
      'naar',
      'overgang',
      ...CHAIN_TRANSITION_COLUMNS.flatMap((column) => [column, `${column}_onderdrukt`]),
    ],
    ...chain.transitions.map((transition) => [
      ...common,
      transition.from,
      transition.to,
      transition.label,
      ...CHAIN_TRANSITION_COLUMNS.flatMap((column) => valueCells(transition[column])),
    ]),
  ]);
}
