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
 * Properties (tested in ptable.spec.ts): 0 stays 0; every row covers the 256 keys; a count 1..4 is
 * published as 0 or 5 (noise up to 4), never as 1..4; from 5 up the noise is at most 2 with variance 1;
 * every row is unbiased (mean noise 0, to within 0.01). From 5 up a result of 3 or 4 is possible; it is
 * then suppressed (disclosure.ts), which says only that the true count is at least 1.
 */

/**
 * Published value -> number of cell keys, for the true counts 1..4: published as 0 or as 5 (the
 * default k), never as 1..4, so a small cell is never shown as itself and a 0 does not mean "none".
 * The shares make each row unbiased: c = 5 × (keys for 5) / 256.
 */
export const SMALL_COUNT_ROWS: Readonly<Record<1 | 2 | 3 | 4, readonly (readonly [number, number])[]>> = {
  1: [
    [0, 205],
    [5, 51],
  ],
  2: [
    [0, 154],
    [5, 102],
  ],
  3: [
    [0, 102],
    [5, 154],
  ],
  4: [
    [0, 51],
    [5, 205],
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
