import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { HandlingNormForm } from '@/modules/handlingNorms/components/HandlingNormForm';
import { HandlingNormsTable } from '@/modules/handlingNorms/components/HandlingNormsTable';
import { handlingNormsQueryOptions } from '@/modules/handlingNorms/hooks/handlingNormsQueryOptions';
import {
  buildHandlingNormsTable,
  type HandlingNormItem,
} from '@/modules/handlingNorms/utils/buildHandlingNormsTable';
import { TablePanel } from '@/ui/TablePanel';

/** The norms with export, and one form to add a norm or change the one chosen in the table. */
export function HandlingNormsSection() {
  const query = useQuery(handlingNormsQueryOptions());
  const [editing, setEditing] = useState<HandlingNormItem | null>(null);
  const norms = query.data?.handlingNorms ?? [];
  const legalLabels = new Map((query.data?.norms ?? []).map((norm) => [norm.code, norm.label]));
  return (
    <>
      <TablePanel
        title="Termijnen"
        table={query.data ? buildHandlingNormsTable(norms, legalLabels) : null}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        exportFileName="termijnen"
        emptyText="Er zijn nog geen eigen termijnen. Dan geldt overal de wettelijke termijn. Voeg hieronder een termijn toe."
      >
        <HandlingNormsTable norms={norms} legalLabels={legalLabels} onEdit={setEditing} />
      </TablePanel>
      <HandlingNormForm
        key={editing?.id ?? 'nieuw'}
        editing={editing}
        themes={query.data?.handlingNormThemes ?? []}
        legalNorms={query.data?.norms ?? []}
        onDone={() => setEditing(null)}
      />
    </>
  );
}
