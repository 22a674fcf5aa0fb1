import { useQuery } from '@tanstack/react-query';
import { managedUsersQueryOptions } from '@/modules/users/hooks/managedUsersQueryOptions';
import { UserRow } from '@/modules/users/components/UserRow';
import { buildUsersTable } from '@/modules/users/utils/buildUsersTable';
import { TablePanel } from '@/ui/TablePanel';

/** Every account, each row with its own change and password forms. */
export function UsersPanel() {
  const query = useQuery(managedUsersQueryOptions());
  const users = query.data?.managedUsers ?? [];
  return (
    <TablePanel
      title="Gebruikers"
      table={query.data ? buildUsersTable(users) : null}
      isLoading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      exportFileName="gebruikers"
      notes={
        <p>Een wijziging van rol, gemeente of toegang geldt meteen: de gebruiker moet opnieuw inloggen.</p>
      }
    >
      <div className="data-table__scroll" tabIndex={0} role="region" aria-label="Gebruikers">
        <table className="data-table">
          <caption>Gebruikers en hun rol</caption>
          <thead>
            <tr>
              <th scope="col">Gebruiker</th>
              <th scope="col">Rol, gemeente en toegang</th>
              <th scope="col">Nieuw wachtwoord</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <UserRow key={user.id} user={user} />
            ))}
          </tbody>
        </table>
      </div>
    </TablePanel>
  );
}
