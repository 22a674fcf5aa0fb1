import { Page } from '@/ui/Page';
import { PlannedNotice } from '@/ui/PlannedNotice';

export function SysteemsignalenPage() {
  return (
    <Page
      title="Systeemsignalen"
      intro="Hier ziet u straks aanwijzingen dat het systeem tekortschiet, en niet één persoon. Bijvoorbeeld: hetzelfde probleem bij meerdere aanbieders, inwoners die van loket naar loket worden gestuurd, klachten die vaker gemeld moeten worden, of termijnen die te vaak worden overschreden. Bij elk signaal staat waarop het is gebaseerd. Deze pagina is bedoeld voor beleidsmedewerkers en het college."
    >
      <PlannedNotice />
    </Page>
  );
}
