import { Link } from 'react-router';
import { NewSampleForm } from '@/modules/panel/components/NewSampleForm';
import { PanelCaseList } from '@/modules/panel/components/PanelCaseList';
import { SampleList } from '@/modules/panel/components/SampleList';
import { useIsPanelCoordinator } from '@/modules/panel/hooks/useIsPanelCoordinator';
import { PANEL_FINDINGS_PATH } from '@/modules/panel/utils/panelPaths';
import { Page } from '@/ui/Page';

export function BurgerpanelPage() {
  const coordinator = useIsPanelCoordinator();
  return (
    <Page
      title="Burgerpanel"
      intro="Het burgerpanel bekijkt een willekeurige selectie (steekproef) van beslissingen op bezwaar. Het panel kijkt of een fout in het systeem ervoor zorgde dat een inwoner tussen wal en schip viel. De zaken staan hier zonder namen of andere persoonsgegevens."
    >
      <p>
        <Link to={PANEL_FINDINGS_PATH}>Bekijk wat het panel vond</Link>
      </p>
      <SampleList title={coordinator ? 'Steekproeven' : 'Uw steekproeven'} />
      {coordinator ? <NewSampleForm /> : <PanelCaseList sampleId={null} title="Al uw zaken" />}
    </Page>
  );
}
