import type { ManagedUsersQuery } from '@/generated/graphql';
import { roleLabels } from '@/modules/auth/utils/roleLabels';
import type { TableData } from '@/ui/table/tableData';

export type ManagedUserItem = ManagedUsersQuery['managedUsers'][number];

/** The accounts as exported (never a password). */
export function buildUsersTable(items: readonly ManagedUserItem[]): TableData {
  return {
    caption: 'Gebruikers en hun rol',
    rowHeaderLabel: 'Gebruikersnaam',
    columns: [
      { key: 'name', label: 'Naam' },
      { key: 'role', label: 'Rol' },
      { key: 'municipality', label: 'Gemeente' },
      { key: 'active', label: 'Toegang' },
      { key: 'login', label: 'Inloggen' },
    ],
    rows: items.map((item) => ({
      key: String(item.id),
      header: item.username,
      cells: [
        { kind: 'text', text: item.displayName },
        { kind: 'text', text: roleLabels[item.role] },
        { kind: 'text', text: item.municipalityCode ?? 'alle gemeenten' },
        { kind: 'text', text: item.active ? 'aan' : 'uitgezet' },
        { kind: 'text', text: item.external ? 'via de eigen organisatie' : 'met wachtwoord' },
      ],
    })),
  };
}
