import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { normsQueryOptions } from '@/modules/waiting-times/hooks/normsQueryOptions';
import { buildNormsTable } from '@/modules/waiting-times/utils/buildNormsTable';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { DataTable } from '@/ui/table/DataTable';

/** The legal terms and guidelines, wettelijk or richtlijn, and which ones Leerlus can measure. */
export function NormsPanel() {
  const headingId = useId();
  const { data, error, isPending, refetch } = useQuery(normsQueryOptions());
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>Termijnen en richtlijnen</h2>
      <p>
        Een wettelijke termijn staat in de wet. Een richtlijn is een afspraak, bijvoorbeeld de regionale
        Treeknormen voor jeugdhulp. Niet elke termijn kan Leerlus al meten; dan staat erbij waarom niet.
      </p>
      <LoadingPanel
        isLoading={isPending}
        error={error}
        isEmpty={data?.norms.length === 0}
        emptyText="Er zijn geen termijnen ingesteld."
        onRetry={() => void refetch()}
      >
        {data && <DataTable table={buildNormsTable(data.norms)} />}
      </LoadingPanel>
    </section>
  );
}
