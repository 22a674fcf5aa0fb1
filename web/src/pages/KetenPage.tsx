import { Page } from '@/ui/Page';
import { PlannedNotice } from '@/ui/PlannedNotice';

export function KetenPage() {
  return (
    <Page
      title="Keten"
      intro="Hier ziet u straks de hele weg van een klacht. Eerst gaat een klacht naar de aanbieder of de gemeente. Daarna kan een inwoner naar de ombudsman, of bezwaar maken tegen een besluit. Zo ziet u waar klachten worden opgelost en waar ze verder gaan. Deze pagina is bedoeld voor beleidsmedewerkers, het college en de raad."
    >
      <PlannedNotice />
    </Page>
  );
}
