import { ChainFunnelPanel } from '@/modules/chain/components/ChainFunnelPanel';
import { ChainTransitionsPanel } from '@/modules/chain/components/ChainTransitionsPanel';
import { DashboardFilters } from '@/modules/dashboard/components/DashboardFilters';
import { useDashboardState } from '@/modules/dashboard/hooks/useDashboardState';
import { Page } from '@/ui/Page';

export function KetenPage() {
  const [state] = useDashboardState();
  return (
    <Page
      title="Keten"
      intro="Hier ziet u de hele weg van een klacht. Eerst gaat een klacht naar de aanbieder of de gemeente. Daarna kan een inwoner naar de ombudsman. Bezwaar maken tegen een besluit is een aparte route; die staat ernaast. Zo ziet u waar klachten worden opgelost en waar ze verder gaan. U ziet alleen aantallen, nooit wie het is."
    >
      <DashboardFilters fields={['gemeente', 'domein']} />
      <ChainFunnelPanel state={state} />
      <ChainTransitionsPanel state={state} />
    </Page>
  );
}
