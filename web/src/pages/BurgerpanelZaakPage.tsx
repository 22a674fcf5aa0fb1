import { useParams } from 'react-router';
import { CaseDetail } from '@/modules/panel/components/CaseDetail';
import { Page } from '@/ui/Page';

export function BurgerpanelZaakPage() {
  const { sampleId = '', decisionId = '' } = useParams();
  return (
    <Page
      title="Zaak beoordelen"
      intro="Lees de beslissing op bezwaar en geef uw oordeel. Alles wordt meteen bewaard, ook als u het venster sluit."
    >
      <CaseDetail key={`${sampleId}-${decisionId}`} sampleId={sampleId} decisionId={decisionId} />
    </Page>
  );
}
