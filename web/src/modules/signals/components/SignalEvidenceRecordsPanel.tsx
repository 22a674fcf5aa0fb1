import { useQuery } from '@tanstack/react-query';
import { signalEvidenceRecordsQueryOptions } from '@/modules/signals/hooks/signalEvidenceRecordsQueryOptions';
import { buildEvidenceRecordsTable } from '@/modules/signals/utils/buildEvidenceRecordsTable';
import { TablePanel } from '@/ui/TablePanel';

/** The records behind a signal, for policy staff and administrators (each read is audited). */
export function SignalEvidenceRecordsPanel({ id }: { id: string }) {
  const { data, error, isPending, refetch } = useQuery(signalEvidenceRecordsQueryOptions(id, true));
  const records = data?.signal?.evidenceRecords ?? [];
  const table = data ? buildEvidenceRecordsTable(records, 'Dossiers achter dit signaal (eerste 50)') : null;
  return (
    <TablePanel
      title="Dossiers achter dit signaal"
      definition={{
        definition:
          'De dossiers waarop het signaal is gebaseerd. Inwoners staan er met een pseudoniem: zo ziet u dat meerdere dossiers over dezelfde persoon gaan, zonder te weten wie het is. Namen, BSN, adressen en telefoonnummers zijn uit de tekst gehaald. Uw inzage wordt vastgelegd.',
        legalBasis: null,
      }}
      table={table}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      exportFileName={`signaal-${id}-dossiers`}
      emptyText="Bij dit signaal zijn geen dossiers bewaard."
    />
  );
}
