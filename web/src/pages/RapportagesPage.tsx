import { Page } from '@/ui/Page';
import { PlannedNotice } from '@/ui/PlannedNotice';

export function RapportagesPage() {
  return (
    <Page
      title="Rapportages"
      intro="Hier maakt u straks vaste overzichten voor de planning- en controlcyclus: de voorjaarsnota, de bestuursrapportage en het jaarverslag. Een overzicht wordt vastgelegd met de cijfers van dat moment, zodat het later nog steeds klopt. Deze pagina is bedoeld voor het college en voor beleidsmedewerkers."
    >
      <PlannedNotice />
    </Page>
  );
}
