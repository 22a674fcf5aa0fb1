import { useQuery } from '@tanstack/react-query';
import { formatDate } from '@/lib/format';
import { SignalFilters } from '@/modules/signals/components/SignalFilters';
import { SignalSeverityBadge } from '@/modules/signals/components/SignalSeverityBadge';
import { SignalStatusBadge } from '@/modules/signals/components/SignalStatusBadge';
import { signalsQueryOptions } from '@/modules/signals/hooks/signalsQueryOptions';
import { buildSignalsTable } from '@/modules/signals/utils/buildSignalsTable';
import { describeSignalScope } from '@/modules/signals/utils/describeSignalScope';
import { SEVERITY_DEFINITION } from '@/modules/signals/utils/signalSeverityLabels';
import {
  createSignalsFilter,
  SIGNALS_FETCH_LIMIT,
  type SignalsState,
} from '@/modules/signals/utils/signalsState';
import { TablePanel } from '@/ui/TablePanel';
import { cellText } from '@/ui/table/cellText';
import { pageOf } from '@/ui/table/pageOf';
import { Pager } from '@/ui/table/Pager';
import { scalarText } from '@/ui/scalarText';

interface SignalListPanelProps {
  state: SignalsState;
  onChange: (change: Partial<SignalsState>) => void;
}

export const SIGNAL_DEFINITION =
  'Een systeemsignaal is een aanwijzing dat het systeem tekortschiet, en niet één persoon. Leerlus zoekt automatisch naar vaste patronen: hetzelfde thema dat bij meerdere organisaties stijgt, inwoners die bij drie of meer loketten aankloppen (tussen wal en schip), klachten die opnieuw moeten worden ingediend, escalatie naar de ombudsman, meer gegronde bezwaren dan gewoon, overschreden termijnen, geen terugkoppeling en aanbieders die te laat of niet rapporteren. De sterkte hangt af van de regel: bijvoorbeeld het aantal organisaties of inwoners, of het aandeel boven de norm.';

export const SIGNALS_PAGE_SIZE = 25;

/**
 * Container: the signals of the URL filters, one page at a time, each with a button that opens its
 * evidence. The export holds every signal of the filters, not just the page.
 */
export function SignalListPanel({ state, onChange }: SignalListPanelProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    signalsQueryOptions(createSignalsFilter(state)),
  );
  const signals = data?.signals ?? [];
  const table = data ? buildSignalsTable(signals, 'Systeemsignalen') : null;
  const shown = pageOf(signals, state.page, SIGNALS_PAGE_SIZE);
  const caption = `Systeemsignalen, pagina ${shown.page} van ${shown.pageCount} (${signals.length} in totaal)`;
  const firstIndex = (shown.page - 1) * SIGNALS_PAGE_SIZE;

  return (
    <TablePanel
      title="Signalen"
      definition={{ definition: `${SIGNAL_DEFINITION} ${SEVERITY_DEFINITION}`, legalBasis: null }}
      controls={<SignalFilters state={state} onChange={onChange} />}
      table={table}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName="systeemsignalen"
      emptyText="Er zijn geen signalen met deze filters."
      notes={
        data && (
          <>
            <Pager
              page={shown.page}
              pageCount={shown.pageCount}
              onChange={(page) => onChange({ page, selectedId: null })}
            />
            {signals.length >= SIGNALS_FETCH_LIMIT && (
              <p>
                U ziet de eerste {SIGNALS_FETCH_LIMIT} signalen. Kies een status of soort om de lijst kleiner
                te maken.
              </p>
            )}
          </>
        )
      }
    >
      {table && (
        <div className="data-table__scroll" tabIndex={0} role="region" aria-label={caption}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Signaal</th>
                <th scope="col">Waarover</th>
                <th scope="col">Periode</th>
                <th scope="col" className="data-table__number">
                  Sterkte
                </th>
                <th scope="col">Ernst</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {shown.items.map((signal, index) => (
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
                  <td className="data-table__number">
                    {cellText(table.rows[firstIndex + index]!.cells[2]!)}
                  </td>
                  <td>
                    <SignalSeverityBadge severity={signal.severity} urgent={signal.urgent} />
                  </td>
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
