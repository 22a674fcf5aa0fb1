import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { panelSamplesQueryOptions } from '@/modules/panel/hooks/panelSamplesQueryOptions';
import { panelSamplePath } from '@/modules/panel/utils/panelPaths';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { scalarText } from '@/ui/scalarText';

/** The samples the caller may see, with progress; each links to its detail page. */
export function SampleList({ title }: { title: string }) {
  const samples = useQuery(panelSamplesQueryOptions());
  const rows = samples.data?.panelSamples ?? [];
  return (
    <section className="panel" aria-labelledby="panel-samples-title">
      <h2 id="panel-samples-title">{title}</h2>
      <LoadingPanel
        isLoading={samples.isLoading}
        error={samples.error}
        isEmpty={rows.length === 0}
        emptyText="Er is nog geen steekproef."
        onRetry={() => void samples.refetch()}
      >
        <div className="data-table__scroll" tabIndex={0} role="region" aria-label={title}>
          <table className="data-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Steekproef</th>
                <th scope="col">Welke beslissingen</th>
                <th scope="col" className="data-table__number">
                  Zaken
                </th>
                <th scope="col" className="data-table__number">
                  Beoordeeld
                </th>
                <th scope="col">Getrokken door</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((sample) => (
                <tr key={sample.id}>
                  <th scope="row">
                    <Link to={panelSamplePath(sample.id)}>{sample.title}</Link>
                  </th>
                  <td>{sample.frame.description}</td>
                  <td className="data-table__number">{sample.drawn}</td>
                  <td className="data-table__number">{sample.reviewed}</td>
                  <td>
                    {sample.drawnByName}, {formatDateTime(scalarText(sample.drawnAt))}
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
