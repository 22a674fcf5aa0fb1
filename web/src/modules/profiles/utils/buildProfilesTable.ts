import type { ImportProfilesQuery } from '@/generated/graphql';
import { targetLabels } from '@/modules/profiles/utils/targetLabels';
import type { TableData } from '@/ui/table/tableData';

type ProfileItem = ImportProfilesQuery['importProfiles'][number];

/** The profiles as exported. */
export function buildProfilesTable(items: readonly ProfileItem[]): TableData {
  return {
    caption: 'Profielen die een upload kan gebruiken',
    rowHeaderLabel: 'Profiel',
    columns: [
      { key: 'label', label: 'Omschrijving' },
      { key: 'target', label: 'Voor' },
      { key: 'origin', label: 'Herkomst' },
    ],
    rows: items.map((item) => ({
      key: item.name,
      header: item.name,
      cells: [
        { kind: 'text', text: item.label },
        { kind: 'text', text: item.error ? 'Ongeldig profiel' : (targetLabels[item.target ?? ''] ?? '') },
        {
          kind: 'text',
          text: item.revision === null ? 'Vast profiel van Leerlus' : `Opgeslagen, versie ${item.revision}`,
        },
      ],
    })),
  };
}
