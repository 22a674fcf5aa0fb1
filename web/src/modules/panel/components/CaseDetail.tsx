import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CaseReviewForm } from '@/modules/panel/components/CaseReviewForm';
import { CaseReviewsOverview } from '@/modules/panel/components/CaseReviewsOverview';
import { CaseSummary } from '@/modules/panel/components/CaseSummary';
import { panelCaseQueryOptions } from '@/modules/panel/hooks/panelCaseQueryOptions';
import { panelCasesQueryOptions } from '@/modules/panel/hooks/panelCasesQueryOptions';
import { useIsPanelCoordinator } from '@/modules/panel/hooks/useIsPanelCoordinator';
import { panelCasePath, panelSamplePath } from '@/modules/panel/utils/panelPaths';
import { LoadingPanel } from '@/ui/LoadingPanel';

/** One case: the decision in plain Dutch, then the member's review form or the coordinator's overview. */
export function CaseDetail({ sampleId, decisionId }: { sampleId: string; decisionId: string }) {
  const panelCase = useQuery(panelCaseQueryOptions(sampleId, decisionId));
  const cases = useQuery(panelCasesQueryOptions(sampleId));
  const coordinator = useIsPanelCoordinator();
  const list = cases.data?.panelCases ?? [];
  const index = list.findIndex((item) => item.decisionId === decisionId);
  const next = index >= 0 ? list[index + 1] : undefined;
  const data = panelCase.data?.panelCase;
  return (
    <LoadingPanel
      isLoading={panelCase.isLoading}
      error={panelCase.error}
      onRetry={() => void panelCase.refetch()}
    >
      {data && (
        <>
          <p>
            <Link to={panelSamplePath(sampleId)}>Terug naar {data.sampleTitle}</Link>
          </p>
          <h2 className="sample-title">Zaak {data.caseNumber}</h2>
          <div className="case-layout">
            <CaseSummary panelCase={data} />
            {coordinator ? (
              <CaseReviewsOverview panelCase={data} />
            ) : (
              <CaseReviewForm key={data.decisionId} panelCase={data} />
            )}
          </div>
          {next && (
            <p>
              <Link className="button" to={panelCasePath(sampleId, next.decisionId)}>
                Volgende zaak (zaak {next.caseNumber})
              </Link>
            </p>
          )}
        </>
      )}
    </LoadingPanel>
  );
}
