/** A report's period: first or second half year, a whole year, or free dates. */
export type PeriodPreset = 'eerste-halfjaar' | 'tweede-halfjaar' | 'jaar' | 'anders';

export const periodPresetLabels: Record<PeriodPreset, string> = {
  'eerste-halfjaar': 'Eerste halfjaar',
  'tweede-halfjaar': 'Tweede halfjaar',
  jaar: 'Heel jaar',
  anders: 'Andere periode',
};

export function reportPeriod(
  preset: PeriodPreset,
  year: number,
  custom: { from: string; to: string },
): { from: string; to: string } {
  switch (preset) {
    case 'eerste-halfjaar':
      return { from: `${year}-01-01`, to: `${year}-06-30` };
    case 'tweede-halfjaar':
      return { from: `${year}-07-01`, to: `${year}-12-31` };
    case 'jaar':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'anders':
      return custom;
  }
}
