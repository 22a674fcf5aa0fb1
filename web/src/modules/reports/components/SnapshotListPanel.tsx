import { useQuery } from '@tanstack/react-query';
import { formatDate, formatDateTime } from '@/lib/format';
import { reportSnapshotsQueryOptions } from '@/modules/reports/hooks/reportSnapshotsQueryOptions';
import { reportKindLabels } from '@/modules/reports/utils/reportKindLabels';
import { scalarText } from '@/ui/scalarText';
import { TablePanel } from '@/ui/TablePanel';
import type { TableData } from '@/ui/table/tableData';

interface SnapshotListPanelProps {
  openId: string | null;
  onOpen: (id: string) => void;
}

/** Every frozen report, newest first, with a button to open it. */
export function SnapshotListPanel({ openId, onOpen }: SnapshotListPanelProps) {
  const { data, error, isPending, refetch } = useQuery(reportSnapshotsQueryOptions());
  const snapshots = data?.reportSnapshots ?? [];
  const table: TableData | null = data
    ? {
        caption: 'Vastgelegde rapporten',
        rowHeaderLabel: 'Rapport',
        columns: [
          { key: 'kind', label: 'Soort' },
          { key: 'period', label: 'Periode' },
          { key: 'version', label: 'Versie' },
          { key: 'asOf', label: 'Gegevens van' },
          { key: 'by', label: 'Vastgelegd door' },
        ],
        rows: snapshots.map((snapshot) => ({
          key: snapshot.id,
          header: snapshot.citation,
          cells: [
            { kind: 'text', text: reportKindLabels[snapshot.kind] },
            {
              kind: 'text',
              text: `${formatDate(scalarText(snapshot.periodStart))} t/m ${formatDate(scalarText(snapshot.periodEnd))}`,
            },
            { kind: 'text', text: String(snapshot.version) },
            { kind: 'text', text: formatDateTime(scalarText(snapshot.dataAsOf)) },
            { kind: 'text', text: snapshot.createdBy ?? '–' },
          ],
        })),
      }
    : null;
  return (
    <TablePanel
      title="Vastgelegde rapporten"
      table={table}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      exportFileName="vastgelegde-rapporten"
      emptyText="Er is nog geen rapport vastgelegd."
      notes={
        <ul className="measure-list no-print" aria-label="Rapport openen">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id}>
              <button
                type="button"
                className="button button--secondary"
                aria-pressed={openId === snapshot.id}
                onClick={() => onOpen(snapshot.id)}
              >
                Open rapport {snapshot.id} (versie {snapshot.version})
              </button>
            </li>
          ))}
        </ul>
      }
    />
  );
}
