import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '@/lib/format';
import { SignalFindingForm } from '@/modules/panel/components/SignalFindingForm';
import { panelSignalFindingsQueryOptions } from '@/modules/panel/hooks/panelSignalFindingsQueryOptions';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { scalarText } from '@/ui/scalarText';

/** Signals from elsewhere that the panel took up, with its findings; the panel and coordinators can add one. */
export function SignalFindings({ canAdd }: { canAdd: boolean }) {
  const findings = useQuery(panelSignalFindingsQueryOptions());
  const rows = findings.data?.panelSignalFindings ?? [];
  return (
    <section className="panel" aria-labelledby="signal-findings-title">
      <h2 id="signal-findings-title">Signalen die het panel oppakte</h2>
      <p>
        Het panel kan ook een systeemsignaal uit een ander klachtpunt oppakken en schrijven wat het daarover
        vond.
      </p>
      <LoadingPanel
        isLoading={findings.isLoading}
        error={findings.error}
        isEmpty={rows.length === 0}
        emptyText="Het panel heeft nog geen signaal opgepakt."
      >
        <ul className="link-list">
          {rows.map((row) => (
            <li key={row.id}>
              <strong>{row.signalLabel}</strong> ({row.createdByName},{' '}
              {formatDateTime(scalarText(row.createdAt))}): {row.finding}
            </li>
          ))}
        </ul>
      </LoadingPanel>
      {canAdd && <SignalFindingForm />}
    </section>
  );
}
