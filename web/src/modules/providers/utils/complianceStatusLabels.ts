import type { ComplianceStatus } from '@/generated/graphql';

/** Text and a decorative icon per status: the meaning never depends on colour or icon alone. */
export const complianceStatusLabels: { readonly [S in ComplianceStatus]: { text: string; icon: string } } = {
  op_tijd: { text: 'Op tijd', icon: '✓' },
  te_laat: { text: 'Te laat', icon: '!' },
  ontbreekt: { text: 'Ontbreekt', icon: '✗' },
  nog_niet_verschuldigd: { text: 'Nog niet verschuldigd', icon: '…' },
};
