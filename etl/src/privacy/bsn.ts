/**
 * The BSN (burgerservicenummer) check. A BSN has 9 digits and passes the elfproef: the digits weighted
 * 9, 8, ..., 2 and -1 (last digit) sum to a multiple of 11 (and the sum is not 0).
 *
 * Spreadsheet programs drop the leading zero of a BSN such as 012345672 when the column is numeric, so
 * `isBsn(value, { allowDroppedZero: true })` also accepts 8 digits by restoring the zero. We use that in
 * free text and identifier columns, where an over-eager match only costs some redaction; in structured
 * columns (external ids, counts) only 9-digit values count, because about 1 in 11 of all 8-digit
 * numbers would pass and reject legitimate rows (see etl/README.md, "Privacy").
 */
export function elfproef(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * (9 - i);
  }
  const last = digits.charCodeAt(8) - 48;
  if (last < 0 || last > 9) return false;
  sum -= last;
  return sum !== 0 && sum % 11 === 0;
}

export function isBsn(value: string, options: { allowDroppedZero?: boolean } = {}): boolean {
  if (value.length === 9) return elfproef(value);
  if (options.allowDroppedZero && value.length === 8) return elfproef(`0${value}`);
  return false;
}

/** Does the string contain a run of exactly 9 digits (not part of a longer number) that passes the elfproef? */
export function containsBsn(value: string): boolean {
  let runStart = -1;
  const n = value.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? value.charCodeAt(i) : 0;
    const isDigit = c >= 48 && c <= 57;
    if (isDigit) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      if (i - runStart === 9 && elfproef(value.slice(runStart, i))) return true;
      runStart = -1;
    }
  }
  return false;
}
