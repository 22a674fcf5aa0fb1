/** Normalisation of single values: whitespace, booleans, integers, vocabulary keys. */

const TRUE_VALUES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x', 'wel', 'true()']);
const FALSE_VALUES = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', 'niet', 'false()']);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u3000\ufeff]+/g;
const NEEDS_CLEANING =
  /[\s\u00a0\u2000-\u200b\u202f\u3000\ufeff]{2}|[\t\n\r\u00a0\u2000-\u200b\u202f\u3000\ufeff]/;

/** Single-line text: trimmed, every whitespace run (incl. tabs, line breaks, NBSP) folded to one space. */
export function cleanString(value: string): string {
  let out = value;
  if (NEEDS_CLEANING.test(out)) out = out.replace(SPACES, ' ');
  if (HAS_CONTROL.test(out)) out = out.replace(CONTROL, '');
  return out.trim();
}

/** Free text: line breaks kept (normalised to \n), other control characters removed, trimmed. */
export function cleanText(value: string): string {
  let out = value;
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  if (HAS_CONTROL.test(out)) out = out.replace(CONTROL, '');
  if (out.includes('\u00a0')) out = out.replace(/\u00a0/g, ' ');
  return out.trim();
}

/** How vocabulary keys and header names are compared: trimmed, whitespace folded, lower case. */
export function normaliseKey(value: string): string {
  return cleanString(value).toLowerCase();
}

/** true / false, null for empty, undefined when the value is not a recognised yes/no. */
export function parseBoolean(value: string): boolean | null | undefined {
  const key = normaliseKey(value);
  if (key === '') return null;
  if (TRUE_VALUES.has(key)) return true;
  if (FALSE_VALUES.has(key)) return false;
  return undefined;
}

/** Whole numbers: `12`, `+12`, `-3`, `1.234` (thousands), `12,0` / `12.0`; undefined otherwise. */
export function parseInteger(value: string): number | undefined {
  let text = value.trim().replace(/\s+/g, '');
  if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
  else if (/^[+-]?\d+[.,]0+$/.test(text)) text = text.replace(/[.,]0+$/, '');
  if (!/^[+-]?\d{1,10}$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n <= 2_147_483_647 && n >= -2_147_483_648 ? n : undefined;
}
