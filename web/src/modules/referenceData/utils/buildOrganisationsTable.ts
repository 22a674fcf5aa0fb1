import type { ReferenceOrganisationsQuery } from '@/generated/graphql';
import { formatDate } from '@/lib/format';
import { organisationKindLabel } from '@/modules/referenceData/utils/organisationKinds';
import type { TableData } from '@/ui/table/tableData';

type Organisation = ReferenceOrganisationsQuery['referenceOrganisations'][number];

export function buildOrganisationsTable(items: readonly Organisation[]): TableData {
  return {
    caption: 'Organisaties',
    rowHeaderLabel: 'Naam',
    columns: [
      { key: 'kind', label: 'Soort' },
      { key: 'code', label: 'Code' },
      { key: 'municipality', label: 'Gemeente' },
      { key: 'aliases', label: 'Andere schrijfwijzen' },
      { key: 'from', label: 'Actief vanaf' },
      { key: 'to', label: 'Actief tot en met' },
    ],
    rows: items.map((item) => ({
      key: item.code,
      header: item.name,
      cells: [
        { kind: 'text', text: organisationKindLabel(item.kind) },
        { kind: 'text', text: item.code },
        { kind: 'text', text: item.municipalityCode ?? 'landelijk' },
        { kind: 'text', text: item.aliases.join(', ') },
        { kind: 'text', text: item.activeFrom ? formatDate(item.activeFrom) : '' },
        { kind: 'text', text: item.activeTo ? formatDate(item.activeTo) : '' },
      ],
    })),
  };
}
