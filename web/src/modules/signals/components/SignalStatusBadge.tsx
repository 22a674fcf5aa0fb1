import type { SignalStatus } from '@/generated/graphql';
import { signalStatusLabels } from '@/modules/signals/utils/signalStatusLabels';

const icons: { readonly [S in SignalStatus]: string } = { nieuw: '●', in_behandeling: '◐', opgepakt: '✓' };

/** Status as text with a decorative icon; the colour never carries the meaning alone. */
export function SignalStatusBadge({ status }: { status: SignalStatus }) {
  return (
    <span className={`badge badge--${status}`}>
      <span aria-hidden="true">{icons[status]} </span>
      {signalStatusLabels[status]}
    </span>
  );
}
