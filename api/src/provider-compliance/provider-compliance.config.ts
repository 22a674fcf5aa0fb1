import { registerEnumType } from '@nestjs/graphql';

export const ComplianceStatus = {
  op_tijd: 'op_tijd',
  te_laat: 'te_laat',
  ontbreekt: 'ontbreekt',
  nog_niet_verschuldigd: 'nog_niet_verschuldigd',
} as const;
export type ComplianceStatusName = keyof typeof ComplianceStatus;

registerEnumType(ComplianceStatus, {
  name: 'ComplianceStatus',
  description: 'Whether a provider delivered its half-year complaint report',
  valuesMap: {
    op_tijd: { description: 'Ingediend op of voor de uiterste datum' },
    te_laat: { description: 'Ingediend na de uiterste datum' },
    ontbreekt: { description: 'Niet ingediend en de uiterste datum is verstreken' },
    nog_niet_verschuldigd: { description: 'Niet ingediend, uiterste datum nog niet verstreken' },
  },
});
