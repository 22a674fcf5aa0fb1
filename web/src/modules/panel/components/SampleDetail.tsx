import { useQuery } from '@tanstack/react-query';
import { AssignMembersForm } from '@/modules/panel/components/AssignMembersForm';
import { PanelCaseList } from '@/modules/panel/components/PanelCaseList';
import { SampleFacts } from '@/modules/panel/components/SampleFacts';
import { panelSampleQueryOptions } from '@/modules/panel/hooks/panelSampleQueryOptions';
import { useIsPanelCoordinator } from '@/modules/panel/hooks/useIsPanelCoordinator';
import { LoadingPanel } from '@/ui/LoadingPanel';

/** One sample: how it was drawn, assignment (coordinator) and its cases. */
export function SampleDetail({ sampleId }: { sampleId: string }) {
  const sample = useQuery(panelSampleQueryOptions(sampleId));
  const coordinator = useIsPanelCoordinator();
  const data = sample.data?.panelSample;
  return (
    <LoadingPanel isLoading={sample.isLoading} error={sample.error} onRetry={() => void sample.refetch()}>
      {data && (
        <>
          <h2 className="sample-title">{data.title}</h2>
          <SampleFacts sample={data} />
          {coordinator && <AssignMembersForm sample={data} />}
          <PanelCaseList
            sampleId={data.id}
            title={coordinator ? 'Zaken in deze steekproef' : 'Uw zaken in deze steekproef'}
          />
        </>
      )}
    </LoadingPanel>
  );
}
