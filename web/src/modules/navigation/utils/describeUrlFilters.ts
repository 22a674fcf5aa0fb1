import { formatDate } from '@/lib/format';

/** Dutch names of the URL parameters the pages keep their state in. */
const LABELS: Record<string, string> = {
  van: 'Van',
  tot: 'Tot en met',
  interval: 'Per',
  gemeente: 'Gemeente',
  domein: 'Domein',
  bron: 'Bron',
  aanbieder: 'Aanbieder',
  vergelijk: 'Vergelijking',
  rapport: 'Rapport',
  maatregel: 'Maatregel',
};
const DATES = new Set(['van', 'tot']);

/** The page's filters from its URL, for the print header ("Van: 1 januari 2025 · Domein: wmo"). */
export function describeUrlFilters(search: string): string {
  const params = new URLSearchParams(search);
  const parts = [...params.keys()]
    .filter((key, index, keys) => keys.indexOf(key) === index)
    .map((key) => {
      const values = params.getAll(key).map((value) => (DATES.has(key) ? formatDate(value) : value));
      return `${LABELS[key] ?? key}: ${values.join(', ')}`;
    });
  return parts.length > 0 ? parts.join(' · ') : 'standaardinstellingen van de pagina';
}
