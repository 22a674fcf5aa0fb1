import { registerEnumType } from '@nestjs/graphql';

/**
 * Seed 003 (Stichtse Vecht contract, art. 11.1): providers send a total report of complaints by nature
 * and cause twice a year, "vóór 1 juli en vóór 1 december". Leerlus maps the first half year
 * (January–June) to 1 July and the second (July–December) to 1 December of the same year; a report's own
 * `provider_report.due_on` wins when it is there. Month-day strings, literal on purpose.
 */
export const PROVIDER_REPORT_DUE = {
  firstHalf: '07-01',
  secondHalf: '12-01',
} as const;

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

/** The due date of the half year starting on `periodStart` (YYYY-01-01 or YYYY-07-01). */
export function derivedDueOn(periodStart: string): string {
  const year = periodStart.slice(0, 4);
  return `${year}-${periodStart.slice(5, 7) === '01' ? PROVIDER_REPORT_DUE.firstHalf : PROVIDER_REPORT_DUE.secondHalf}`;
}
