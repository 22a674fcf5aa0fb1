import { CreateUserForm } from '@/modules/users/components/CreateUserForm';
import { UsersPanel } from '@/modules/users/components/UsersPanel';
import { Page } from '@/ui/Page';

export function BeheerGebruikersPage() {
  return (
    <Page
      title="Gebruikers"
      intro="Wie Leerlus mag gebruiken, met welke rol en voor welke gemeente. Een raadslid ziet alleen afgeschermde totalen; beleid en beheer zien meer. Wie zijn wachtwoord kwijt is, krijgt hier een nieuw."
    >
      <UsersPanel />
      <CreateUserForm />
    </Page>
  );
}
