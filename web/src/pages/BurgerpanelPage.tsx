import { Page } from '@/ui/Page';
import { PlannedNotice } from '@/ui/PlannedNotice';

export function BurgerpanelPage() {
  return (
    <Page
      title="Burgerpanel"
      intro="Het burgerpanel bekijkt een willekeurige selectie van beslissingen op bezwaar. Het panel kijkt of een fout in het systeem ervoor zorgde dat een inwoner tussen wal en schip viel. Hier ziet het panel straks de samenvattingen van die zaken, zonder namen of andere persoonsgegevens, en legt het zijn oordeel vast. Iedereen kan hier straks lezen wat het panel heeft gevonden."
    >
      <PlannedNotice />
    </Page>
  );
}
