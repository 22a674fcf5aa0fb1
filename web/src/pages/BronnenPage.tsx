import { Page } from '@/ui/Page';
import { PlannedNotice } from '@/ui/PlannedNotice';

export function BronnenPage() {
  return (
    <Page
      title="Bronnen"
      intro="Hier ziet u straks waar de gegevens vandaan komen: de gemeente, de zorgaanbieders, de ombudsman en de afdeling bezwaar. Per bron ziet u wanneer de laatste levering binnenkwam en of er gegevens ontbreken. Zo weet u hoe actueel en volledig de cijfers zijn. Deze pagina is bedoeld voor iedereen die het dashboard gebruikt."
    >
      <PlannedNotice />
    </Page>
  );
}
