import type { SignalSummaryFragment } from '@/generated/graphql';
import { formatDate } from '@/lib/format';
import { describeSignalScope } from '@/modules/signals/utils/describeSignalScope';
import { severityText } from '@/modules/signals/utils/signalSeverityLabels';
import { signalStatusLabels } from '@/modules/signals/utils/signalStatusLabels';
import type { TableData } from '@/ui/table/tableData';
import { scalarText } from '@/ui/scalarText';

export type SignalListItem = SignalSummaryFragment;

/** The signal list as shown and exported: rule, scope, period, strength, severity, status. */
export function buildSignalsTable(signals: readonly SignalListItem[], caption: string): TableData {
  return {
    caption,
    rowHeaderLabel: 'Signaal',
    columns: [
      { key: 'scope', label: 'Waarover' },
      { key: 'period', label: 'Periode' },
      { key: 'score', label: 'Sterkte' },
      { key: 'severity', label: 'Ernst' },
      { key: 'status', label: 'Status' },
    ],
    rows: signals.map((signal) => ({
      key: signal.id,
      header: signal.ruleLabel,
      cells: [
        { kind: 'text', text: describeSignalScope(signal) },
        {
          kind: 'text',
          text: `${formatDate(scalarText(signal.periodStart))} t/m ${formatDate(scalarText(signal.periodEnd))}`,
        },
        { kind: 'value', value: signal.score ?? null, suppressed: signal.scoreSuppressed, format: 'number' },
        { kind: 'text', text: severityText(signal) },
        {
          kind: 'text',
          text: `${signalStatusLabels[signal.status]}${signal.active ? '' : ' (niet meer actief)'}`,
        },
      ],
    })),
  };
}
