import { ChangePasswordForm } from '@/modules/auth/components/ChangePasswordForm';
import { Page } from '@/ui/Page';

export function WachtwoordPage() {
  return (
    <Page
      title="Wachtwoord wijzigen"
      intro="Kies een wachtwoord van minstens 12 tekens dat niet makkelijk te raden is. Een zin van vier of meer woorden is sterk en goed te onthouden. Logt u in met uw organisatieaccount, dan wijzigt u uw wachtwoord bij uw organisatie."
    >
      <ChangePasswordForm />
    </Page>
  );
}
