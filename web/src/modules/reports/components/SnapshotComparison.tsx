import { useQuery } from '@tanstack/react-query';
import { compareReportSnapshotsQueryOptions } from '@/modules/reports/hooks/compareReportSnapshotsQueryOptions';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { DataTable } from '@/ui/table/DataTable';

interface SnapshotComparisonProps {
  first: string;
  second: string;
}

/** The figures that differ from the first snapshot to the second. */
export function SnapshotComparison({ first, second }: SnapshotComparisonProps) {
  const { data, error, isPending } = useQuery(compareReportSnapshotsQueryOptions(first, second));
  const changes = data?.compareReportSnapshots ?? [];
  return (
    <LoadingPanel
      isLoading={isPending}
      error={error}
      isEmpty={data !== undefined && changes.length === 0}
      emptyText="De cijfers van beide rapporten zijn gelijk."
    >
      <DataTable
        table={{
          caption: `Wat veranderde van rapport ${first} naar rapport ${second}`,
          rowHeaderLabel: 'Cijfer',
          columns: [
            { key: 'before', label: `Rapport ${first}` },
            { key: 'after', label: `Rapport ${second}` },
          ],
          rows: changes.map((change, index) => ({
            key: String(index),
            header: `${change.section} · ${change.table} · ${change.row} · ${change.column}`,
            cells: [
              { kind: 'text', text: change.before ?? '(niet aanwezig)' },
              { kind: 'text', text: change.after ?? '(niet aanwezig)' },
            ],
          })),
        }}
      />
    </LoadingPanel>
  );
}
