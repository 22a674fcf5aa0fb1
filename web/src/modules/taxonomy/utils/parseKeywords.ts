/** Keywords as typed in the form: one per line or separated by commas. */
export function parseKeywords(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '');
}
