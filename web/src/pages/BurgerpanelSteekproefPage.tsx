import { useParams } from 'react-router';
import { SampleDetail } from '@/modules/panel/components/SampleDetail';
import { Page } from '@/ui/Page';

export function BurgerpanelSteekproefPage() {
  const { sampleId = '' } = useParams();
  return (
    <Page
      title="Steekproef"
      intro="Hier ziet u hoe deze steekproef is getrokken, wie de zaken beoordeelt en hoe ver het panel is."
    >
      <SampleDetail sampleId={sampleId} />
    </Page>
  );
}
