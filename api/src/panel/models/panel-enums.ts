import { registerEnumType } from '@nestjs/graphql';

export const PanelAnswerEnum = { ja: 'ja', nee: 'nee', onduidelijk: 'onduidelijk' } as const;
registerEnumType(PanelAnswerEnum, { name: 'PanelAnswer', description: 'ja, nee or onduidelijk (unclear)' });

export const PanelStratifyByEnum = {
  law: 'law',
  outcome: 'outcome',
  theme: 'theme',
  advisory_committee: 'advisory_committee',
} as const;
registerEnumType(PanelStratifyByEnum, {
  name: 'PanelStratifyBy',
  description: 'What the strata of a sample are',
});

export const PanelAllocationEnum = { proportioneel: 'proportioneel', gelijk: 'gelijk' } as const;
registerEnumType(PanelAllocationEnum, {
  name: 'PanelAllocation',
  description: 'proportioneel (as in the frame) or gelijk (the same number per stratum, weights kept)',
});
