import { EndHandlingNormForm } from '@/modules/handlingNorms/components/EndHandlingNormForm';
import {
  buildHandlingNormsTable,
  type HandlingNormItem,
} from '@/modules/handlingNorms/utils/buildHandlingNormsTable';
import { ActionTable } from '@/ui/table/ActionTable';

interface HandlingNormsTableProps {
  norms: readonly HandlingNormItem[];
  legalLabels: ReadonlyMap<string, string>;
  onEdit: (norm: HandlingNormItem) => void;
}

/** The norms table with, per norm, a button to change it in the form and a form to end it. */
export function HandlingNormsTable({ norms, legalLabels, onEdit }: HandlingNormsTableProps) {
  return (
    <ActionTable
      table={buildHandlingNormsTable(norms, legalLabels)}
      actionLabel="Wijzigen of beëindigen"
      renderAction={(index) => {
        const norm = norms[index] as HandlingNormItem;
        return (
          <>
            <button type="button" className="button button--secondary" onClick={() => onEdit(norm)}>
              Wijzigen<span className="visually-hidden"> (termijn van {norm.sourceName})</span>
            </button>
            <EndHandlingNormForm norm={norm} />
          </>
        );
      }}
    />
  );
}
