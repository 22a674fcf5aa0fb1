import { Page } from '@/ui/Page';
import { PlannedNotice } from '@/ui/PlannedNotice';

export function AanbiedersPage() {
  return (
    <Page
      title="Aanbieders"
      intro="Hier ziet u straks de klachten per zorgaanbieder, ook per 1.000 cliënten, zodat u aanbieders eerlijk kunt vergelijken. U ziet ook of aanbieders hun halfjaarlijkse klachtenrapportage op tijd sturen: vóór 1 juli en vóór 1 december. Deze pagina is bedoeld voor beleidsmedewerkers."
    >
      <PlannedNotice />
    </Page>
  );
}
