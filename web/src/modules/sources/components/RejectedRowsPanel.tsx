import { useQuery } from '@tanstack/react-query';
import { formatNumber } from '@/lib/format';
import { rejectedRowsQueryOptions } from '@/modules/sources/hooks/rejectedRowsQueryOptions';
import { buildRejectedRowsTable } from '@/modules/sources/utils/buildRejectedRowsTable';
import { TablePanel } from '@/ui/TablePanel';

/** The rows an import rejected, with reasons, and the CSV to fix them in Excel. */
export function RejectedRowsPanel({ importId }: { importId: string }) {
  const { data, error, isPending, refetch } = useQuery(rejectedRowsQueryOptions(importId));
  const page = data?.rejectedRows;
  const table = page
    ? buildRejectedRowsTable(
        page.rows,
        `Afgewezen rijen van import #${importId} (${formatNumber(page.rows.length)} van ${formatNumber(page.totalCount)})`,
      )
    : null;
  return (
    <TablePanel
      title={`Afgewezen rijen van import #${importId}`}
      definition={{
        definition:
          'Een rij wordt afgewezen als hij niet kan worden opgeslagen, bijvoorbeeld door een datum die niet bestaat of een onbekende code. De rest van het bestand is wel geladen. Download de rijen als CSV, verbeter ze in Excel en lees het bestand opnieuw in met hetzelfde profiel. De kolom met de reden wordt dan genegeerd.',
        legalBasis: null,
      }}
      table={table}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      exportFileName={`afgewezen-rijen-${importId}`}
      emptyText="Deze import heeft geen afgewezen rijen."
      notes={
        page &&
        page.totalCount > 0 && (
          <p>
            <a href={`/api/imports/${encodeURIComponent(importId)}/rejected.csv`} download>
              Download als CSV om te verbeteren
            </a>{' '}
            (alle {formatNumber(page.totalCount)} rijen, met de oorspronkelijke kolommen)
          </p>
        )
      }
    />
  );
}
