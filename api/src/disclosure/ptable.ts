/**
 * The published perturbation table of cell-key perturbation (docs/security.md, "Disclosure control:
 * cell-key perturbation"). Literal data, so it can be read, reviewed and published as it is.
 *
 * A cell's key is the sum of its records' keys modulo 256 (each record has a fixed random key 0..255,
 * sql/migrations/0060). For a true count c the row of c says how many of the 256 cell keys give each
 * published value; keys are handed out in the order listed (keys 0..n1-1 give the first value, the next
 * n2 keys the second, ...), so a row is a fixed function of the cell key. Rows 1..4 are the small
 * counts; every count from 5 up uses the last row, as noise around the true count.
 *
 * Properties (tested in ptable.spec.ts): 0 stays 0; every row covers the 256 keys; the noise is at most
 * 2, except for c = 3, which is published as 0 for 32 keys (noise -3); no count is ever published as 1
 * or 2; every row is unbiased (mean noise 0, to within 0.004 for c = 1 and 2); variance 1 for c >= 5.
 */

/** Published value -> number of cell keys, for the true counts 1..4. */
export const SMALL_COUNT_ROWS: Readonly<Record<1 | 2 | 3 | 4, readonly (readonly [number, number])[]>> = {
  1: [
    [0, 171],
    [3, 85],
  ],
  2: [
    [0, 85],
    [3, 171],
  ],
  3: [
    [0, 32],
    [3, 160],
    [4, 32],
    [5, 32],
  ],
  4: [
    [3, 88],
    [4, 96],
    [5, 56],
    [6, 16],
  ],
};

/** Noise -> number of cell keys, for every true count from 5 up. */
export const LARGE_COUNT_ROW: readonly (readonly [number, number])[] = [
  [-2, 16],
  [-1, 64],
  [0, 96],
  [1, 64],
  [2, 16],
];

export const CELL_KEY_MODULUS = 256;

/** The first count that uses LARGE_COUNT_ROW. */
export const LARGE_COUNT_FROM = 5;

/** The cell key of a cell whose records' keys add up to `keySum`. */
export function cellKey(keySum: number): number {
  return ((keySum % CELL_KEY_MODULUS) + CELL_KEY_MODULUS) % CELL_KEY_MODULUS;
}

/** The entry of `row` that cell key `key` falls in. */
function lookup(row: readonly (readonly [number, number])[], key: number): number {
  let upTo = 0;
  for (const [outcome, keys] of row) {
    upTo += keys;
    if (key < upTo) return outcome;
  }
  throw new Error(`Perturbation row covers ${upTo} keys, not ${CELL_KEY_MODULUS}`);
}

/** The published value of a true count `count` (>= 0) with cell key `key` (0..255), before suppression. */
export function perturbedCount(count: number, key: number): number {
  if (count <= 0) return 0;
  if (count < LARGE_COUNT_FROM) return lookup(SMALL_COUNT_ROWS[count as 1 | 2 | 3 | 4], key);
  return count + lookup(LARGE_COUNT_ROW, key);
}
