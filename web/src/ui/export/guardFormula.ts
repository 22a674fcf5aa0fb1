/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab/carriage return) as a formula
 * (CSV injection, OWASP). Text from the data (theme labels, organisation names) gets an apostrophe
 * in front, which Excel and LibreOffice show as plain text.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
