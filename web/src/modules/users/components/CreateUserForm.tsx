import { useId, useState, type FormEvent } from 'react';
import type { Role } from '@/generated/graphql';
import { RoleAndMunicipalityFields } from '@/modules/users/components/RoleAndMunicipalityFields';
import { useCreateUserMutation } from '@/modules/users/hooks/useCreateUserMutation';
import { MutationFeedback } from '@/ui/MutationFeedback';

/** A new local account with a first password (at least 12 characters, not easy to guess). */
export function CreateUserForm() {
  const id = useId();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('raad');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [password, setPassword] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const mutation = useCreateUserMutation();

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate(
      { input: { username, displayName, role, municipalityCode: municipalityCode || null, password } },
      {
        onSuccess: (data) => {
          setSaved(`Account ${data.createUser.username} is gemaakt.`);
          setUsername('');
          setDisplayName('');
          setPassword('');
        },
      },
    );
  }

  return (
    <section className="panel no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Gebruiker toevoegen</h2>
      <form className="form" onSubmit={submit}>
        <div className="form__field">
          <label htmlFor={`${id}-username`}>Gebruikersnaam</label>
          <input
            id={`${id}-username`}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-name`}>Naam</label>
          <input
            id={`${id}-name`}
            required
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
          />
        </div>
        <RoleAndMunicipalityFields
          idPrefix={id}
          role={role}
          municipalityCode={municipalityCode}
          onRole={setRole}
          onMunicipality={setMunicipalityCode}
        />
        <div className="form__field">
          <label htmlFor={`${id}-password`}>Eerste wachtwoord</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-describedby={`${id}-password-hint`}
          />
          <p id={`${id}-password-hint`} className="form__hint">
            Minstens 12 tekens en niet makkelijk te raden. Geef het de gebruiker op een veilige manier door.
          </p>
        </div>
        <button type="submit" className="button" disabled={mutation.isPending}>
          Gebruiker toevoegen
        </button>
        <MutationFeedback error={mutation.error} success={saved} />
      </form>
    </section>
  );
}
