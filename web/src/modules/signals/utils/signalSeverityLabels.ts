import type { SignalAlertScope, SignalSeverity } from '@/generated/graphql';

/** Dutch text of each severity (docs/indicators/signals.md, "Ernst en urgent"). */
export const signalSeverityLabels: { readonly [S in SignalSeverity]: string } = {
  laag: 'Laag',
  midden: 'Midden',
  hoog: 'Hoog',
};

/** The severity as one phrase, with urgency: "Hoog, urgent". */
export function severityText(signal: { severity: SignalSeverity; urgent: boolean }): string {
  return `${signalSeverityLabels[signal.severity]}${signal.urgent ? ', urgent' : ''}`;
}

export const signalAlertScopeLabels: { readonly [S in SignalAlertScope]: string } = {
  alle: 'Elk nieuw signaal (en als een signaal urgent wordt)',
  urgent: 'Alleen urgente signalen',
};

export const SEVERITY_DEFINITION =
  'Ernst zegt hoe groot de afwijking is: laag, midden of hoog. Elke regel heeft eigen grenzen, bijvoorbeeld het aantal inwoners of hoeveel keer zo hoog als gewoon. Urgent is een signaal met ernst hoog over de afgelopen maanden. Volgens de klachtenregeling moet het college zo’n signaal meteen krijgen.';
