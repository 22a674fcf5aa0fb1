import { ProfileWorkbench } from '@/modules/profiles/components/ProfileWorkbench';
import { Page } from '@/ui/Page';

export function BeheerProfielenPage() {
  return (
    <Page
      title="Profielen"
      intro="Elke export heeft een profiel nodig: het zegt welke kolom wat betekent. Bekijk eerst een voorbeeld van het bestand, zet het concept in de editor, pas het aan en sla het op. Daarna kunt u het profiel kiezen bij Bestand inlezen op de pagina Bronnen."
    >
      <ProfileWorkbench />
    </Page>
  );
}
