import { useId, useState, type FormEvent } from 'react';
import { ResetPasswordForm } from '@/modules/users/components/ResetPasswordForm';
import { RoleAndMunicipalityFields } from '@/modules/users/components/RoleAndMunicipalityFields';
import { useUpdateUserMutation } from '@/modules/users/hooks/useUpdateUserMutation';
import type { ManagedUserItem } from '@/modules/users/utils/buildUsersTable';
import { errorText } from '@/ui/MutationFeedback';

interface UserRowProps {
  user: ManagedUserItem;
}

/** One account: change role, municipality and access; a new password for a local account. */
export function UserRow({ user }: UserRowProps) {
  const id = useId();
  const [role, setRole] = useState(user.role);
  const [municipalityCode, setMunicipalityCode] = useState(user.municipalityCode ?? '');
  const [active, setActive] = useState(user.active);
  const mutation = useUpdateUserMutation();

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ input: { id: user.id, role, municipalityCode: municipalityCode || null, active } });
  }

  return (
    <tr>
      <th scope="row">
        {user.displayName} ({user.username}){!user.active && ' – uitgezet'}
      </th>
      <td>
        <form onSubmit={submit}>
          <RoleAndMunicipalityFields
            idPrefix={id}
            who={user.username}
            role={role}
            municipalityCode={municipalityCode}
            onRole={setRole}
            onMunicipality={setMunicipalityCode}
          />
          <div className="form__field">
            <label>
              <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />{' '}
              Mag inloggen
            </label>
          </div>
          <button type="submit" className="button button--secondary" disabled={mutation.isPending}>
            Wijziging opslaan
          </button>
          <span role="status">{mutation.isSuccess && ' Opgeslagen.'}</span>
          {mutation.error && <p role="alert">{errorText(mutation.error)}</p>}
        </form>
      </td>
      <td>
        {user.external ? 'Logt in via de eigen organisatie.' : <ResetPasswordForm username={user.username} />}
      </td>
    </tr>
  );
}
