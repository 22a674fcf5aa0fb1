import type { PanelAllocation, PanelAnswer, PanelStratifyBy } from '@/generated/graphql';

export const panelAnswers: readonly PanelAnswer[] = ['ja', 'nee', 'onduidelijk'];

export const panelAnswerLabels: Readonly<Record<PanelAnswer, string>> = {
  ja: 'Ja',
  nee: 'Nee',
  onduidelijk: 'Weet ik niet',
};

export const stratifyByLabels: Readonly<Record<PanelStratifyBy, string>> = {
  law: 'Wet',
  outcome: 'Uitkomst',
  theme: 'Thema',
  advisory_committee: 'Wel of geen adviescommissie',
};

export const allocationLabels: Readonly<Record<PanelAllocation, string>> = {
  proportioneel: 'Naar verhouding: grote groepen krijgen meer zaken',
  gelijk: 'Evenveel zaken per groep (de uitkomst wordt daarna gewogen)',
};

/** "Ja" / "Nee" / "Weet ik niet", or "Nog niet beoordeeld". */
export function answerText(answer: PanelAnswer | null | undefined): string {
  return answer ? panelAnswerLabels[answer] : 'Nog niet beoordeeld';
}
