import { ROWS_PER_DIMENSION } from '../metrics/answer-rows';

/**
 * The dimension combinations an answer can hold, estimated before its SQL runs (issue 19, finding 3;
 * times the periods, the rows): per dimension the number of its values. A filtered dimension has at most its filter's values; otherwise
 * the planner's distinct estimate plus one (a missing value is published as "onbekend"/"geen"), or
 * ROWS_PER_DIMENSION when the column has no statistics yet.
 */
export function estimateCombinations(
  dimensions: readonly string[],
  filters: Readonly<Record<string, readonly string[] | null | undefined>>,
  distinct: ReadonlyMap<string, number>,
): number {
  return dimensions.reduce((rows, dimension) => {
    const filtered = filters[dimension]?.length ?? 0;
    const known = distinct.get(dimension);
    const members = filtered > 0 ? filtered : known === undefined ? ROWS_PER_DIMENSION : known + 1;
    return rows * Math.max(1, members);
  }, 1);
}
