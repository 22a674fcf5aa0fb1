import type { SignalSeverity } from '@/generated/graphql';
import { severityText } from '@/modules/signals/utils/signalSeverityLabels';

/** Severity as text (never colour alone); an urgent signal is marked with a decorative "!". */
export function SignalSeverityBadge({ severity, urgent }: { severity: SignalSeverity; urgent: boolean }) {
  return (
    <span className={`badge badge--ernst-${severity}`}>
      {urgent && <span aria-hidden="true">! </span>}
      {severityText({ severity, urgent })}
    </span>
  );
}
