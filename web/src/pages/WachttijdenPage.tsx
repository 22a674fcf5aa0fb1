import { Page } from '@/ui/Page';
import { PlannedNotice } from '@/ui/PlannedNotice';

export function WachttijdenPage() {
  return (
    <Page
      title="Wachttijden"
      intro="Hier ziet u straks hoe lang het duurt voordat een klacht, melding of bezwaar is afgehandeld, en of de termijn uit de wet is gehaald. Een klacht moet bijvoorbeeld binnen zes weken zijn afgehandeld. U ziet ook hoeveel klachten over wachten gaan, per domein en per aanbieder. Voor jeugdhulp gelden richtlijnen en geen wettelijke termijnen; dat staat er dan bij. Deze pagina is bedoeld voor beleidsmedewerkers, het college en de raad."
    >
      <PlannedNotice />
    </Page>
  );
}
