import { Page } from '@/ui/Page';
import { PlannedNotice } from '@/ui/PlannedNotice';

export function ThemasPage() {
  return (
    <Page
      title="Thema's"
      intro="Hier ziet u straks waarover inwoners klagen, ingedeeld in thema's. U ziet hoeveel klachten er per thema zijn, hoe dat verandert ten opzichte van de vorige periode en welke thema's het sterkst stijgen. U kunt thema's ook bekijken per aanbieder, per wijk en per manier waarop de klacht binnenkwam. Deze pagina is vooral bedoeld voor beleidsmedewerkers en raadsleden."
    >
      <PlannedNotice />
    </Page>
  );
}
