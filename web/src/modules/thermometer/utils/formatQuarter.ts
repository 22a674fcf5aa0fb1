const QUARTER = /^(\d{4})-Q([1-4])$/;

/** "2025-Q2" → "K2 2025", the Dutch way to write a quarter. */
export function formatQuarter(quarter: string): string {
  const match = QUARTER.exec(quarter);
  return match ? `K${match[2]} ${match[1]}` : quarter;
}
