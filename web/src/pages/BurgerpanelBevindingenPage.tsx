import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { FindingsReport } from '@/modules/panel/components/FindingsReport';
import { SignalFindings } from '@/modules/panel/components/SignalFindings';
import { SavedViewsControl } from '@/modules/savedViews/components/SavedViewsControl';
import { Page } from '@/ui/Page';

export function BurgerpanelBevindingenPage() {
  const user = useCurrentUser();
  // The panel and its coordinators can choose a sample and take up a signal; raad and beleid read.
  const panelRole = user?.role === 'panel' || user?.role === 'college' || user?.role === 'beheer';
  return (
    <Page
      title="Bevindingen van het burgerpanel"
      intro="Hoe vaak zag het burgerpanel een fout in het systeem, per wet, per thema en per norm van behoorlijk gedrag? Elk aandeel heeft een marge: met weinig zaken is die groot. Kleine aantallen tonen we niet. U kunt dit overzicht afdrukken voor het college en de gemeenteraad."
    >
      <SavedViewsControl />
      <FindingsReport canChooseSample={panelRole} />
      <SignalFindings canAdd={panelRole} />
    </Page>
  );
}
