import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { panelCasesQueryOptions } from '@/modules/panel/hooks/panelCasesQueryOptions';
import { useIsPanelCoordinator } from '@/modules/panel/hooks/useIsPanelCoordinator';
import { answerText } from '@/modules/panel/utils/panelLabels';
import { panelCasePath } from '@/modules/panel/utils/panelPaths';
import { LoadingPanel } from '@/ui/LoadingPanel';

interface PanelCaseListProps {
  sampleId: string | null;
  title: string;
}

/** The cases the caller may read, each a link to its page; a member sees whether they reviewed it. */
export function PanelCaseList({ sampleId, title }: PanelCaseListProps) {
  const cases = useQuery(panelCasesQueryOptions(sampleId));
  const coordinator = useIsPanelCoordinator();
  const rows = cases.data?.panelCases ?? [];
  return (
    <section className="panel" aria-labelledby="panel-cases-title">
      <h2 id="panel-cases-title">{title}</h2>
      <LoadingPanel
        isLoading={cases.isLoading}
        error={cases.error}
        isEmpty={rows.length === 0}
        emptyText="Er zijn (nog) geen zaken aan u toegewezen."
        onRetry={() => void cases.refetch()}
      >
        <div className="data-table__scroll" tabIndex={0} role="region" aria-label={title}>
          <table className="data-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Zaak</th>
                <th scope="col">Wet</th>
                <th scope="col">Bezwaar tegen</th>
                <th scope="col">Uitkomst</th>
                <th scope="col">{coordinator ? 'Oordelen' : 'Uw oordeel: systeemfout?'}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.sampleId}-${row.decisionId}`}>
                  <th scope="row">
                    <Link to={panelCasePath(row.sampleId, row.decisionId)}>
                      Zaak {row.caseNumber}
                      {sampleId === null && ` uit ${row.sampleTitle}`}
                    </Link>
                  </th>
                  <td>{row.lawLabel}</td>
                  <td>{row.decisionType ?? row.themeLabel ?? '–'}</td>
                  <td>{row.outcomeLabel}</td>
                  <td>
                    {coordinator
                      ? `${row.reviews.filter((review) => review.systemError).length} beoordeeld${row.confirmed ? ', systeemfout bevestigd' : ''}`
                      : answerText(row.myReview?.systemError)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </LoadingPanel>
    </section>
  );
}
