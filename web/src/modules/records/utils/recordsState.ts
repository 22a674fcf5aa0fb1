import type { CaseRecordFilterInput } from '@/generated/graphql';

/** The Dossiers view in the URL: `?zoek=&thema=&domein=&soort=&van=&tot=&pagina=&dossier=`. */
export interface RecordsState {
  /** Words to find in the redacted texts. */
  search: string | null;
  theme: string | null;
  domain: string | null;
  kind: string | null;
  from: string | null;
  to: string | null;
  /** 1-based page of the list; a link to page 3 opens page 3. */
  page: number;
  /** The record opened in the detail view. */
  selectedId: string | null;
}

export const recordKinds = ['klacht', 'signaal', 'melding', 'hulpvraag'] as const;

const CODE = /^[\w:.-]{1,100}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** As the API allows: at most 200 characters. */
const SEARCH = /^[^\p{Cc}]{1,200}$/u;
/** The API skips at most 100,000 records: page 4,000 of 25. */
export const MAX_RECORDS_PAGE = 4000;

function parsePage(value: string | null): number {
  const page = /^\d{1,4}$/.test(value ?? '') ? Number(value) : 1;
  return page >= 1 && page <= MAX_RECORDS_PAGE ? page : 1;
}

function match(value: string | null, pattern: RegExp): string | null {
  const trimmed = value?.trim() ?? '';
  return pattern.test(trimmed) ? trimmed : null;
}

export function parseRecordsState(params: URLSearchParams): RecordsState {
  const kind = params.get('soort');
  return {
    search: match(params.get('zoek'), SEARCH),
    theme: match(params.get('thema'), CODE),
    domain: match(params.get('domein'), CODE),
    kind: kind !== null && (recordKinds as readonly string[]).includes(kind) ? kind : null,
    from: match(params.get('van'), ISO_DATE),
    to: match(params.get('tot'), ISO_DATE),
    page: parsePage(params.get('pagina')),
    selectedId: match(params.get('dossier'), CODE),
  };
}

export function serializeRecordsState(state: RecordsState): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, string | null][] = [
    ['zoek', state.search],
    ['thema', state.theme],
    ['domein', state.domain],
    ['soort', state.kind],
    ['van', state.from],
    ['tot', state.to],
    ['pagina', state.page > 1 ? String(state.page) : null],
    ['dossier', state.selectedId],
  ];
  for (const [key, value] of entries) if (value) params.set(key, value);
  return params;
}

/** The one place the URL state becomes the `caseRecords` filter. */
export function createRecordsFilter(state: RecordsState): CaseRecordFilterInput {
  return {
    ...(state.search ? { search: state.search } : {}),
    ...(state.theme ? { theme: [state.theme] } : {}),
    ...(state.domain ? { domain: [state.domain] } : {}),
    ...(state.kind ? { kind: [state.kind] } : {}),
    ...(state.from ? { from: state.from } : {}),
    ...(state.to ? { to: state.to } : {}),
  };
}
