import { useQuery } from '@tanstack/react-query';
import { formatDate } from '@/lib/format';
import { SignalFilters } from '@/modules/signals/components/SignalFilters';
import { SignalStatusBadge } from '@/modules/signals/components/SignalStatusBadge';
import { signalsQueryOptions } from '@/modules/signals/hooks/signalsQueryOptions';
import { buildSignalsTable } from '@/modules/signals/utils/buildSignalsTable';
import { describeSignalScope } from '@/modules/signals/utils/describeSignalScope';
import { createSignalsFilter, type SignalsState } from '@/modules/signals/utils/signalsState';
import { TablePanel } from '@/ui/TablePanel';
import { cellText } from '@/ui/table/cellText';
import { scalarText } from '@/ui/scalarText';

interface SignalListPanelProps {
  state: SignalsState;
  onChange: (change: Partial<SignalsState>) => void;
}

export const SIGNAL_DEFINITION =
  'Een systeemsignaal is een aanwijzing dat het systeem tekortschiet, en niet één persoon. Leerlus zoekt automatisch naar vaste patronen: hetzelfde thema dat bij meerdere organisaties stijgt, inwoners die bij drie of meer loketten aankloppen (tussen wal en schip), klachten die opnieuw moeten worden ingediend, escalatie naar de ombudsman, meer gegronde bezwaren dan gewoon, overschreden termijnen, geen terugkoppeling en aanbieders die te laat of niet rapporteren. De sterkte hangt af van de regel: bijvoorbeeld het aantal organisaties of inwoners, of het aandeel boven de norm.';

/** Container: the signals of the URL filters, each with a button that opens its evidence. */
export function SignalListPanel({ state, onChange }: SignalListPanelProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    signalsQueryOptions(createSignalsFilter(state)),
  );
  const signals = data?.signals ?? [];
  const table = data ? buildSignalsTable(signals, 'Systeemsignalen') : null;

  return (
    <TablePanel
      title="Signalen"
      definition={{ definition: SIGNAL_DEFINITION, legalBasis: null }}
      controls={<SignalFilters state={state} onChange={onChange} />}
      table={table}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName="systeemsignalen"
      emptyText="Er zijn geen signalen met deze filters."
    >
      {table && (
        <div className="data-table__scroll" tabIndex={0} role="region" aria-label={table.caption}>
          <table className="data-table">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                <th scope="col">Signaal</th>
                <th scope="col">Waarover</th>
                <th scope="col">Periode</th>
                <th scope="col" className="data-table__number">
                  Sterkte
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {signals.map((signal, index) => (
                <tr key={signal.id} aria-current={signal.id === state.selectedId || undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onChange({ selectedId: signal.id })}
                    >
                      {signal.ruleLabel}
                    </button>
                  </th>
                  <td>{describeSignalScope(signal)}</td>
                  <td>
                    {formatDate(scalarText(signal.periodStart))} t/m{' '}
                    {formatDate(scalarText(signal.periodEnd))}
                  </td>
                  <td className="data-table__number">{cellText(table.rows[index]!.cells[2]!)}</td>
                  <td>
                    <SignalStatusBadge status={signal.status} />
                    {!signal.active && ' (niet meer actief)'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </TablePanel>
  );
}
