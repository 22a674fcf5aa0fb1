import { formatDate } from '@/lib/format';

/** When open complaints are counted: "op 1 juli 2025", or on each source's export date by default. */
export function describeOpenAsOf(asOf: string | null | undefined): string {
  return asOf ? `op ${formatDate(asOf)}` : 'op de exportdatum van elke bron';
}
