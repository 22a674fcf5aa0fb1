import { useQuery } from '@tanstack/react-query';
import { importProfilesQueryOptions } from '@/modules/sources/hooks/importProfilesQueryOptions';
import { targetLabels } from '@/modules/profiles/utils/targetLabels';
import { buildProfilesTable } from '@/modules/profiles/utils/buildProfilesTable';
import { TablePanel } from '@/ui/TablePanel';

interface ProfilesPanelProps {
  onEdit: (name: string) => void;
}

/** The built-in and saved profiles; each can be opened in the editor (a built-in one as a start). */
export function ProfilesPanel({ onEdit }: ProfilesPanelProps) {
  const query = useQuery(importProfilesQueryOptions());
  const profiles = query.data?.importProfiles ?? [];
  const table = query.data ? buildProfilesTable(profiles) : null;
  return (
    <TablePanel
      title="Profielen"
      table={table}
      isLoading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      exportFileName="profielen"
    >
      <div className="data-table__scroll" tabIndex={0} role="region" aria-label="Profielen">
        <table className="data-table">
          <caption>Profielen die een upload kan gebruiken</caption>
          <thead>
            <tr>
              <th scope="col">Profiel</th>
              <th scope="col">Voor</th>
              <th scope="col">Herkomst</th>
              <th scope="col" className="no-print">
                Bewerken
              </th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((profile) => (
              <tr key={profile.name}>
                <th scope="row">
                  {profile.label || profile.name} <span className="muted">({profile.name})</span>
                </th>
                <td>
                  {profile.error
                    ? 'Ongeldig profiel'
                    : (targetLabels[profile.target ?? ''] ?? profile.target)}
                </td>
                <td>
                  {profile.revision === null
                    ? 'Vast profiel van Leerlus'
                    : `Opgeslagen, versie ${profile.revision}`}
                </td>
                <td className="no-print">
                  <button type="button" className="link-button" onClick={() => onEdit(profile.name)}>
                    {profile.revision === null ? 'Als begin gebruiken' : 'Bewerken'}
                    <span className="visually-hidden"> ({profile.name})</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </TablePanel>
  );
}
