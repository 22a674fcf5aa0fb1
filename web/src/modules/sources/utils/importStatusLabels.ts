import type { ImportStatus } from '@/generated/graphql';

export const importStatusLabels: { readonly [S in ImportStatus]: string } = {
  pending: 'Wacht',
  running: 'Bezig',
  succeeded: 'Gelukt',
  failed: 'Mislukt',
  duplicate: 'Al eerder geladen',
};

const phaseLabels: Readonly<Record<string, string>> = {
  wachten: 'Wachten op een andere import',
  lezen: 'Bestand lezen',
  samenvoegen: 'Gegevens samenvoegen',
  klaar: 'Klaar',
};

export function importPhaseLabel(phase: string): string {
  return phaseLabels[phase] ?? phase;
}
