const QUARTER = /^(\d{4})-Q([1-4])$/;

/** `?kwartaal=2025-Q2` from the URL; null (the API's default: last complete quarter) when absent or invalid. */
export function parseQuarter(value: string | null): string | null {
  return value !== null && QUARTER.test(value) ? value : null;
}
