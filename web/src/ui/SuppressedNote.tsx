import { SUPPRESSED_EXPLANATION, SUPPRESSED_VALUE } from '@/lib/format';

/** The footnote under a table or chart with a withheld value: what the sign means, and the threshold. */
export function SuppressedNote() {
  return (
    <p className="chart-panel__suppressed">
      <strong aria-hidden="true">{SUPPRESSED_VALUE}</strong>
      <span className="visually-hidden">Niet getoond</span>: {SUPPRESSED_EXPLANATION}
    </p>
  );
}
