import type { CaseRecordFilterInput } from '@/generated/graphql';

/** The Dossiers view in the URL: `?thema=&domein=&soort=&van=&tot=&dossier=`. */
export interface RecordsState {
  theme: string | null;
  domain: string | null;
  kind: string | null;
  from: string | null;
  to: string | null;
  /** The record opened in the detail view. */
  selectedId: string | null;
}

export const recordKinds = ['klacht', 'signaal', 'melding', 'hulpvraag'] as const;

const CODE = /^[\w:.-]{1,100}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function match(value: string | null, pattern: RegExp): string | null {
  const trimmed = value?.trim() ?? '';
  return pattern.test(trimmed) ? trimmed : null;
}

export function parseRecordsState(params: URLSearchParams): RecordsState {
  const kind = params.get('soort');
  return {
    theme: match(params.get('thema'), CODE),
    domain: match(params.get('domein'), CODE),
    kind: kind !== null && (recordKinds as readonly string[]).includes(kind) ? kind : null,
    from: match(params.get('van'), ISO_DATE),
    to: match(params.get('tot'), ISO_DATE),
    selectedId: match(params.get('dossier'), CODE),
  };
}

export function serializeRecordsState(state: RecordsState): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, string | null][] = [
    ['thema', state.theme],
    ['domein', state.domain],
    ['soort', state.kind],
    ['van', state.from],
    ['tot', state.to],
    ['dossier', state.selectedId],
  ];
  for (const [key, value] of entries) if (value) params.set(key, value);
  return params;
}

/** The one place the URL state becomes the `caseRecords` filter. */
export function createRecordsFilter(state: RecordsState): CaseRecordFilterInput {
  return {
    ...(state.theme ? { theme: [state.theme] } : {}),
    ...(state.domain ? { domain: [state.domain] } : {}),
    ...(state.kind ? { kind: [state.kind] } : {}),
    ...(state.from ? { from: state.from } : {}),
    ...(state.to ? { to: state.to } : {}),
  };
}
