/**
 * Statistical disclosure control for published counts (domain.md, "Privacy and disclosure").
 *
 * Pure functions, no I/O. A table is modelled as a flat list of counts (cells, and the totals that are
 * published with them) plus a list of additive *lines*: "these members add up to that total". A hidden
 * count can be recovered exactly when it is the only unknown in a line, so suppression is repeated
 * until no line has exactly one unknown.
 *
 * - Primary suppression: a count in 1..k-1 (default k = 5) is hidden. 0 is not sensitive by itself
 *   (it discloses nobody); CBS goes further for neighbourhood tables and hides 0–7 and rounds to 5,
 *   which callers can get with `threshold: 8` and `roundTo: 5`.
 * - Complementary suppression: in every line with a published total and exactly one hidden member,
 *   the smallest published non-zero member is hidden as well (a zero only when there is no other).
 * - Optional rounding to a base (CBS: 5) of the published values; off by default because rounded
 *   cells no longer add up to their totals.
 */

export interface DisclosurePolicy {
  /** k: counts 1..k-1 are suppressed. */
  threshold: number;
  /** Round published counts to a multiple of this base (CBS: 5). Undefined: exact. */
  roundTo?: number;
}

export const DEFAULT_DISCLOSURE_POLICY: DisclosurePolicy = { threshold: 5 };

/** A published count: `null` with `suppressed: true` when withheld, never 0. */
export interface DisclosedCount {
  value: number | null;
  suppressed: boolean;
}

/** Members (indices) that add up to the value at `total` (an index in the same flat list). */
export interface Line {
  members: readonly number[];
  total: number;
}

export function isSensitive(count: number, threshold: number): boolean {
  return count >= 1 && count < threshold;
}

/** Rounds to the nearest multiple of `base` (halves up); 1..k-1 are already suppressed by then. */
export function roundToBase(value: number, base: number): number {
  return Math.round(value / base) * base;
}

/**
 * Primary plus complementary suppression over a flat list of counts and its additive lines.
 * `locked` indices are never chosen as complements (they are published elsewhere, e.g. the margins of
 * a two-way table that a one-way query also returns); `initiallySuppressed` seeds known suppressions.
 * Returns the suppression flag of every index.
 */
export function suppressLines(
  values: readonly number[],
  lines: readonly Line[],
  policy: DisclosurePolicy,
  options: { locked?: ReadonlySet<number>; initiallySuppressed?: ReadonlySet<number> } = {},
): boolean[] {
  const suppressed = values.map(
    (value, index) =>
      isSensitive(value, policy.threshold) || (options.initiallySuppressed?.has(index) ?? false),
  );
  const locked = options.locked ?? new Set<number>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const hiddenMembers = line.members.filter((index) => suppressed[index]).length;
      const unknowns = hiddenMembers + (suppressed[line.total] ? 1 : 0);
      if (unknowns !== 1) continue;
      const complement = chooseComplement(values, suppressed, locked, line);
      if (complement === undefined) continue;
      suppressed[complement] = true;
      changed = true;
    }
  }
  return suppressed;
}

/** Smallest published non-zero member, else a published zero member, else the total. */
function chooseComplement(
  values: readonly number[],
  suppressed: readonly boolean[],
  locked: ReadonlySet<number>,
  line: Line,
): number | undefined {
  const open = line.members.filter((index) => !suppressed[index] && !locked.has(index));
  const byValue = (a: number, b: number): number => (values[a] ?? 0) - (values[b] ?? 0) || a - b;
  const nonZero = open.filter((index) => (values[index] ?? 0) > 0).sort(byValue);
  if (nonZero.length > 0) return nonZero[0];
  const zeros = [...open].sort(byValue);
  if (zeros.length > 0) return zeros[0];
  if (!suppressed[line.total] && !locked.has(line.total)) return line.total;
  return undefined;
}

function disclose(value: number, suppressed: boolean, policy: DisclosurePolicy): DisclosedCount {
  if (suppressed) return { value: null, suppressed: true };
  return { value: policy.roundTo ? roundToBase(value, policy.roundTo) : value, suppressed: false };
}

export interface OneWayResult {
  cells: DisclosedCount[];
  total: DisclosedCount;
}

/** A breakdown with a published total (e.g. complaints per theme plus "all themes"). */
export function protectOneWay(
  cells: readonly number[],
  total: number,
  policy: DisclosurePolicy = DEFAULT_DISCLOSURE_POLICY,
): OneWayResult {
  const values = [...cells, total];
  const flags = suppressLines(
    values,
    [{ members: cells.map((_, index) => index), total: cells.length }],
    policy,
  );
  return {
    cells: cells.map((value, index) => disclose(value, flags[index] ?? false, policy)),
    total: disclose(total, flags[cells.length] ?? false, policy),
  };
}

export interface TwoWayResult {
  cells: DisclosedCount[][];
  rowTotals: DisclosedCount[];
  columnTotals: DisclosedCount[];
  total: DisclosedCount;
}

/**
 * A rows × columns table with row totals, column totals and a grand total; the totals are computed
 * from the cells. The margins are first protected as one-way tables (exactly as a one-dimensional
 * query would publish them) and then locked, so that a complement is always an interior cell: hiding a
 * margin that a one-dimensional query shows protects nothing. Iterates until every row and column
 * with a hidden cell has a second hidden cell or a hidden total.
 */
export function protectTwoWay(
  cells: readonly (readonly number[])[],
  policy: DisclosurePolicy = DEFAULT_DISCLOSURE_POLICY,
): TwoWayResult {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  const rowTotals = cells.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnTotals = Array.from({ length: columns }, (_, column) =>
    cells.reduce((sum, row) => sum + (row[column] ?? 0), 0),
  );
  const total = rowTotals.reduce((sum, value) => sum + value, 0);
  const rowMargin = protectOneWay(rowTotals, total, { threshold: policy.threshold });
  const columnMargin = protectOneWay(columnTotals, total, { threshold: policy.threshold });

  // Flat layout: cells row-major, then row totals, then column totals, then the grand total.
  const cellIndex = (row: number, column: number): number => row * columns + column;
  const rowTotalIndex = (row: number): number => rows * columns + row;
  const columnTotalIndex = (column: number): number => rows * columns + rows + column;
  const totalIndex = rows * columns + rows + columns;
  const values = [...cells.flatMap((row) => [...row]), ...rowTotals, ...columnTotals, total];

  const lines: Line[] = [];
  for (let row = 0; row < rows; row += 1) {
    lines.push({
      members: range(columns).map((column) => cellIndex(row, column)),
      total: rowTotalIndex(row),
    });
  }
  for (let column = 0; column < columns; column += 1) {
    lines.push({
      members: range(rows).map((row) => cellIndex(row, column)),
      total: columnTotalIndex(column),
    });
  }
  const locked = new Set<number>([...range(rows + columns + 1).map((offset) => rows * columns + offset)]);
  const initiallySuppressed = new Set<number>();
  rowMargin.cells.forEach((cell, row) => cell.suppressed && initiallySuppressed.add(rowTotalIndex(row)));
  columnMargin.cells.forEach(
    (cell, column) => cell.suppressed && initiallySuppressed.add(columnTotalIndex(column)),
  );
  if (rowMargin.total.suppressed) initiallySuppressed.add(totalIndex);

  const flags = suppressLines(values, lines, policy, { locked, initiallySuppressed });
  const at = (index: number): DisclosedCount => disclose(values[index] ?? 0, flags[index] ?? false, policy);
  return {
    cells: range(rows).map((row) => range(columns).map((column) => at(cellIndex(row, column)))),
    rowTotals: range(rows).map((row) => at(rowTotalIndex(row))),
    columnTotals: range(columns).map((column) => at(columnTotalIndex(column))),
    total: at(totalIndex),
  };
}

function range(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}
