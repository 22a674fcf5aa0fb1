import type { ReferenceMunicipalitiesQuery } from '@/generated/graphql';
import { formatNumber } from '@/lib/format';
import type { TableData } from '@/ui/table/tableData';

type Municipality = ReferenceMunicipalitiesQuery['referenceMunicipalities'][number];

/** Municipalities as shown and exported: the newest inhabitants, and every year on record. */
export function buildMunicipalitiesTable(items: readonly Municipality[]): TableData {
  return {
    caption: 'Gemeenten in deze installatie',
    rowHeaderLabel: 'CBS-code',
    columns: [
      { key: 'name', label: 'Naam' },
      { key: 'region', label: 'Regio' },
      { key: 'inhabitants', label: 'Inwoners (laatste jaar)' },
      { key: 'years', label: 'Inwoners per jaar' },
    ],
    rows: items.map((item) => {
      const newest = item.inhabitants[0];
      return {
        key: item.code,
        header: item.code,
        cells: [
          { kind: 'text', text: item.name },
          { kind: 'text', text: item.region ?? '' },
          { kind: 'value', value: newest?.inhabitants ?? null, suppressed: false, format: 'number' },
          {
            kind: 'text',
            text: item.inhabitants.map((row) => `${row.year}: ${formatNumber(row.inhabitants)}`).join('; '),
          },
        ],
      };
    }),
  };
}
