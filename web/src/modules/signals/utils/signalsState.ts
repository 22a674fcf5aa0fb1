import type { SignalFilterInput, SignalStatus } from '@/generated/graphql';
import { signalStatusLabels } from '@/modules/signals/utils/signalStatusLabels';

/** The Systeemsignalen view in the URL: `?status=&regel=&pagina=&signaal=`. */
export interface SignalsState {
  status: SignalStatus | null;
  rule: string | null;
  /** 1-based page of the list. */
  page: number;
  /** The signal opened in the detail view. */
  selectedId: string | null;
}

/** Signals fetched per filter; the list pages through them in the browser. */
export const SIGNALS_FETCH_LIMIT = 1000;

function pageNumber(value: string | null): number {
  return value !== null && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

function code(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return /^[\w:.-]{1,100}$/.test(trimmed) ? trimmed : null;
}

export function parseSignalsState(params: URLSearchParams): SignalsState {
  const status = params.get('status');
  return {
    status: status !== null && Object.hasOwn(signalStatusLabels, status) ? (status as SignalStatus) : null,
    rule: code(params.get('regel')),
    page: pageNumber(params.get('pagina')),
    selectedId: code(params.get('signaal')),
  };
}

export function serializeSignalsState(state: SignalsState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.status) params.set('status', state.status);
  if (state.rule) params.set('regel', state.rule);
  if (state.page > 1) params.set('pagina', String(state.page));
  if (state.selectedId) params.set('signaal', state.selectedId);
  return params;
}

/** The one place the URL state becomes the `signals` filter. */
export function createSignalsFilter(state: SignalsState): SignalFilterInput {
  return {
    ...(state.status ? { statuses: [state.status] } : {}),
    ...(state.rule ? { ruleCodes: [state.rule] } : {}),
    limit: SIGNALS_FETCH_LIMIT,
  };
}
