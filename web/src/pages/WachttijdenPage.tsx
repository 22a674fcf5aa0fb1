import { DashboardFilters } from '@/modules/dashboard/components/DashboardFilters';
import { useDashboardState } from '@/modules/dashboard/hooks/useDashboardState';
import { HandlingDimensionSelect } from '@/modules/waiting-times/components/HandlingDimensionSelect';
import { HandlingTimesPanel } from '@/modules/waiting-times/components/HandlingTimesPanel';
import { OpenAsOfControl } from '@/modules/waiting-times/components/OpenAsOfControl';
import { NormsPanel } from '@/modules/waiting-times/components/NormsPanel';
import { WaitingTimeSharePanel } from '@/modules/waiting-times/components/WaitingTimeSharePanel';
import { WaitingTimeTrendPanel } from '@/modules/waiting-times/components/WaitingTimeTrendPanel';
import { Page } from '@/ui/Page';

export function WachttijdenPage() {
  const [state] = useDashboardState();
  return (
    <Page
      title="Wachttijden"
      intro="Hier ziet u hoe lang het duurt voordat een klacht is afgehandeld, en of de termijn uit de wet is gehaald. Een klacht moet binnen zes weken zijn afgehandeld. U ziet ook hoeveel klachten over wachten gaan. Voor jeugdhulp gelden richtlijnen en geen wettelijke termijnen; dat staat erbij. Elke grafiek heeft ook een tabel, en u kunt de cijfers downloaden."
    >
      <DashboardFilters fields={['interval', 'gemeente', 'domein', 'aanbieder']} />
      <WaitingTimeTrendPanel state={state} />
      <HandlingDimensionSelect />
      <WaitingTimeSharePanel state={state} />
      <OpenAsOfControl />
      <HandlingTimesPanel state={state} />
      <NormsPanel />
    </Page>
  );
}
