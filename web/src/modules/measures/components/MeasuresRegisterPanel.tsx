import { useQuery } from '@tanstack/react-query';
import { measuresQueryOptions } from '@/modules/measures/hooks/measuresQueryOptions';
import { buildMeasuresTable } from '@/modules/measures/utils/buildMeasuresTable';
import { TablePanel } from '@/ui/TablePanel';

interface MeasuresRegisterPanelProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The register, with a button per measure to show its effect. */
export function MeasuresRegisterPanel({ selectedId, onSelect }: MeasuresRegisterPanelProps) {
  const { data, error, isPending, refetch } = useQuery(measuresQueryOptions());
  const measures = data?.measures ?? [];
  return (
    <TablePanel
      title="Maatregelenregister"
      table={data ? buildMeasuresTable(measures) : null}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      exportFileName="maatregelenregister"
      emptyText="Er zijn nog geen maatregelen vastgelegd."
      notes={
        <ul className="measure-list no-print" aria-label="Effect bekijken">
          {measures.map((measure) => (
            <li key={measure.id}>
              <button
                type="button"
                className="button button--secondary"
                aria-pressed={selectedId === measure.id}
                onClick={() => onSelect(measure.id)}
              >
                Effect van "{measure.title}" bekijken
              </button>
            </li>
          ))}
        </ul>
      }
    />
  );
}
