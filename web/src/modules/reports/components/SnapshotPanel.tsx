import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { formatDateTime } from '@/lib/format';
import { DocumentDownload } from '@/modules/reports/components/DocumentDownload';
import { ReportView } from '@/modules/reports/components/ReportView';
import { SnapshotComparison } from '@/modules/reports/components/SnapshotComparison';
import { reportSnapshotQueryOptions } from '@/modules/reports/hooks/reportSnapshotQueryOptions';
import { reportSnapshotsQueryOptions } from '@/modules/reports/hooks/reportSnapshotsQueryOptions';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { scalarText } from '@/ui/scalarText';

interface SnapshotPanelProps {
  id: string;
  compareWith: string | null;
  onCompare: (id: string | null) => void;
}

/** One frozen report: its citation, downloads, the report itself and a comparison with another. */
export function SnapshotPanel({ id, compareWith, onCompare }: SnapshotPanelProps) {
  const headingId = useId();
  const { data, error, isPending, refetch } = useQuery(reportSnapshotQueryOptions(id));
  const others = (useQuery(reportSnapshotsQueryOptions()).data?.reportSnapshots ?? []).filter(
    (snapshot) => snapshot.id !== id,
  );
  const snapshot = data?.reportSnapshot;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <LoadingPanel
        isLoading={isPending}
        error={error}
        onRetry={() => void refetch()}
        isEmpty={data && !snapshot}
      >
        {snapshot && (
          <>
            <h2 id={headingId}>{snapshot.title}</h2>
            <p>
              {snapshot.citation}. Gegevens van {formatDateTime(scalarText(snapshot.dataAsOf))}; latere
              imports veranderen dit rapport niet.
            </p>
            <ul className="document-downloads no-print" aria-label="Downloaden">
              <DocumentDownload snapshotId={id} format="pdf" />
              <DocumentDownload snapshotId={id} format="docx" />
              <DocumentDownload snapshotId={id} format="xlsx" />
            </ul>
            <div className="form__field no-print">
              <label htmlFor={`${headingId}-compare`}>Vergelijken met een ander rapport</label>
              <select
                id={`${headingId}-compare`}
                value={compareWith ?? ''}
                onChange={(event) => onCompare(event.target.value || null)}
              >
                <option value="">Niet vergelijken</option>
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.citation}
                  </option>
                ))}
              </select>
            </div>
            {compareWith && <SnapshotComparison first={compareWith} second={id} />}
            <ReportView report={snapshot.report} headingLevel="h3" />
          </>
        )}
      </LoadingPanel>
    </section>
  );
}
