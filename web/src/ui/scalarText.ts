/**
 * The generated types leave the Date and DateTime scalars as `unknown` (codegen has no scalar map);
 * the API sends them as ISO strings. Anything else becomes null, so formatters show "–".
 */
export function scalarText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
