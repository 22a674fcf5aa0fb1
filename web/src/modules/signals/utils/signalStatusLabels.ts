import type { SignalStatus } from '@/generated/graphql';

/** Dutch text of each status; the badge always shows the text, never colour alone. */
export const signalStatusLabels: { readonly [S in SignalStatus]: string } = {
  nieuw: 'Nieuw',
  in_behandeling: 'In behandeling',
  opgepakt: 'Opgepakt',
};

export const signalStatuses = Object.keys(signalStatusLabels) as SignalStatus[];
