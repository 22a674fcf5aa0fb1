/** 95% interval of a Poisson count (Byar's approximation, Breslow & Day 1987); pure. */
const Z_95 = 1.959964;

export interface CountInterval {
  lower: number;
  upper: number;
}

/** Interval of the expected count behind an observed count; lower is 0 for a count of 0. */
export function poissonInterval(count: number, z = Z_95): CountInterval {
  const upperBase = count + 1;
  const upper = upperBase * (1 - 1 / (9 * upperBase) + z / (3 * Math.sqrt(upperBase))) ** 3;
  if (count === 0) return { lower: 0, upper };
  const lower = count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3;
  return { lower: Math.max(0, lower), upper };
}
