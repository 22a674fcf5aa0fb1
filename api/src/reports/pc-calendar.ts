import { ReportKindName } from './report-snapshot.entity';

/**
 * The P&C calendar: on which day of the year each report is sent, and which period it covers. The
 * bestuursrapportage (after the summer) covers the first half year; the voorjaarsnota the second half
 * of the previous year; the jaarverslag and the annual complaints report the previous year.
 */
export const PC_CALENDAR: readonly {
  kind: ReportKindName;
  /** MM-DD: from this day on, this year's report is due. */
  sendFrom: string;
  period: (year: number) => { from: string; to: string };
}[] = [
  {
    kind: 'klachtenjaarverslag',
    sendFrom: '03-01',
    period: (y) => ({ from: `${y - 1}-01-01`, to: `${y - 1}-12-31` }),
  },
  {
    kind: 'voorjaarsnota',
    sendFrom: '03-15',
    period: (y) => ({ from: `${y - 1}-07-01`, to: `${y - 1}-12-31` }),
  },
  {
    kind: 'jaarverslag',
    sendFrom: '04-15',
    period: (y) => ({ from: `${y - 1}-01-01`, to: `${y - 1}-12-31` }),
  },
  {
    kind: 'bestuursrapportage',
    sendFrom: '09-01',
    period: (y) => ({ from: `${y}-01-01`, to: `${y}-06-30` }),
  },
];

/** The reports due on `today` (ISO date): those whose send date this year has been reached. */
export function dueReports(today: string): { kind: ReportKindName; from: string; to: string }[] {
  const year = Number(today.slice(0, 4));
  return PC_CALENDAR.filter((entry) => today.slice(5) >= entry.sendFrom).map((entry) => ({
    kind: entry.kind,
    ...entry.period(year),
  }));
}
