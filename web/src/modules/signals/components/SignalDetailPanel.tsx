import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { formatDate, formatDateTime } from '@/lib/format';
import { useCurrentUser } from '@/modules/auth/hooks/useCurrentUser';
import { recordRoles } from '@/modules/auth/utils/recordRoles';
import { SignalSeverityBadge } from '@/modules/signals/components/SignalSeverityBadge';
import { SignalEvidenceRecordsPanel } from '@/modules/signals/components/SignalEvidenceRecordsPanel';
import { SignalStatusBadge } from '@/modules/signals/components/SignalStatusBadge';
import { SignalStatusForm } from '@/modules/signals/components/SignalStatusForm';
import { signalQueryOptions } from '@/modules/signals/hooks/signalQueryOptions';
import { buildEvidenceTable } from '@/modules/signals/utils/buildEvidenceTable';
import { describeSignalScope } from '@/modules/signals/utils/describeSignalScope';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { TablePanel } from '@/ui/TablePanel';
import { scalarText } from '@/ui/scalarText';

interface SignalDetailPanelProps {
  id: string;
  onClose: () => void;
}

/**
 * One signal: what, where, when, its evidence, and (staff) the status form. Focus moves to its
 * heading, which also scrolls it into view, so nobody has to look for it below the list.
 */
export function SignalDetailPanel({ id, onClose }: SignalDetailPanelProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]);
  const user = useCurrentUser();
  const mayReadRecords = user !== null && recordRoles.includes(user.role);
  const { data, error, isPending, refetch } = useQuery(signalQueryOptions(id));
  const signal = data?.signal;

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {signal ? `Signaal: ${signal.ruleLabel}` : 'Signaal'}
      </h2>
      <button type="button" className="button button--secondary" onClick={onClose}>
        Sluit signaal
      </button>
      <LoadingPanel
        isLoading={isPending}
        error={error}
        isEmpty={data !== undefined && !signal}
        emptyText="Dit signaal bestaat niet (meer), of u mag het niet zien."
        onRetry={() => void refetch()}
      >
        {signal && (
          <>
            <dl className="details-list">
              <dt>Waarover</dt>
              <dd>{describeSignalScope(signal)}</dd>
              <dt>Periode</dt>
              <dd>
                {formatDate(scalarText(signal.periodStart))} t/m {formatDate(scalarText(signal.periodEnd))}
              </dd>
              <dt>Ernst</dt>
              <dd>
                <SignalSeverityBadge severity={signal.severity} urgent={signal.urgent} />
                {signal.urgent && ' Dit signaal hoort meteen bij het college te komen.'}
              </dd>
              <dt>Status</dt>
              <dd>
                <SignalStatusBadge status={signal.status} />
                {signal.statusChangedAt !== null &&
                  signal.statusChangedAt !== undefined &&
                  ` (gewijzigd ${formatDateTime(scalarText(signal.statusChangedAt))})`}
              </dd>
              {signal.statusNote && (
                <>
                  <dt>Notitie</dt>
                  <dd>{signal.statusNote}</dd>
                </>
              )}
              <dt>Eerst gezien</dt>
              <dd>{formatDateTime(scalarText(signal.firstSeenAt))}</dd>
            </dl>
            <TablePanel
              title="Onderbouwing"
              table={buildEvidenceTable(
                signal.evidence,
                signal.organisations,
                'Onderbouwing van het signaal',
              )}
              isLoading={false}
              error={null}
              exportFileName={`signaal-${signal.id}-onderbouwing`}
              emptyText="Bij dit signaal zijn geen cijfers bewaard."
            />
            {mayReadRecords && <SignalEvidenceRecordsPanel id={signal.id} />}
            {mayReadRecords && (
              <SignalStatusForm
                key={signal.id}
                id={signal.id}
                status={signal.status}
                note={signal.statusNote ?? null}
              />
            )}
          </>
        )}
      </LoadingPanel>
    </section>
  );
}
