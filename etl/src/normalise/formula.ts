/**
 * Spreadsheet formula injection (CSV injection): a cell starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is evaluated by Excel/LibreOffice (`=cmd|' /C calc'!A0`, `=HYPERLINK(...)`). We
 * neutralise such values the OWASP way, by prefixing a single quote, in two places:
 *  - every cell of a CSV we write (the rejected-rows export), and
 *  - free text (`text` fields) before it is stored, because the API and users export that again.
 * Structured values (ids, codes, dates) are stored unchanged so keys stay stable; `-12` stays a number.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function isFormulaLike(value: string): boolean {
  return value.length > 0 && TRIGGERS.has(value[0] ?? '');
}

export function neutraliseFormula(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value;
}
