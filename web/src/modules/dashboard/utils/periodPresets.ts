import { defaultPeriod, toIsoDate } from '@/modules/dashboard/dashboardState';

export interface PeriodPreset {
  label: string;
  period: (today: Date) => { from: string; to: string };
}

/** The period buttons of the filter bar. "Dit jaar" runs to today, so it is not a complete period. */
export const periodPresets: readonly PeriodPreset[] = [
  { label: 'Afgelopen 12 maanden', period: (today) => defaultPeriod(today) },
  {
    label: 'Dit jaar',
    period: (today) => ({
      from: toIsoDate(today.getFullYear(), 0, 1),
      to: toIsoDate(today.getFullYear(), today.getMonth(), today.getDate()),
    }),
  },
  {
    label: 'Vorig jaar',
    period: (today) => ({
      from: toIsoDate(today.getFullYear() - 1, 0, 1),
      to: toIsoDate(today.getFullYear() - 1, 11, 31),
    }),
  },
];
