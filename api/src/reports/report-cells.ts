import { ReportCell, ReportRow } from './models/report.model';

/** What every document says about the council's figures (docs/security.md, cell-key perturbation). */
export const COUNCIL_FIGURES_NOTE =
  'Cijfers zoals voor de gemeenteraad: alle aantallen zijn een klein beetje aangepast (hooguit 2 hoger of lager) en kleine aantallen zijn afgeschermd.';

/** How a withheld figure is printed: never a number, never 0 (domain.md). */
export const SUPPRESSED_TEXT = 'afgeschermd';
const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const RATE = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });

interface Disclosed {
  value: number | null;
  suppressed: boolean;
}

export function textCell(text: string | null | undefined): ReportCell {
  return { text: text ?? '–', value: null, suppressed: false };
}

export function numberCell(figure: Disclosed | number | null, unit = ''): ReportCell {
  const { value, suppressed } =
    figure === null || typeof figure === 'number' ? { value: figure, suppressed: false } : figure;
  if (suppressed) return { text: SUPPRESSED_TEXT, value: null, suppressed: true };
  if (value === null) return textCell(null);
  return { text: `${NUMBER.format(value)}${unit}`, value, suppressed: false };
}

export function rateCell(value: number | null, suppressed = false): ReportCell {
  if (suppressed) return { text: SUPPRESSED_TEXT, value: null, suppressed: true };
  return value === null ? textCell(null) : { text: RATE.format(value), value, suppressed: false };
}

export const percentCell = (figure: Disclosed | number | null): ReportCell => numberCell(figure, '%');

export const row = (label: string, cells: readonly ReportCell[]): ReportRow => ({
  label,
  cells: cells.map((cell) => cell.text),
  values: cells.map((cell) => cell.value),
  suppressed: cells.map((cell) => cell.suppressed),
});

/** Dutch date: 2025-07-01 -> 1-7-2025. */
export function dutchDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${Number(day)}-${Number(month)}-${year}`;
}
