import { PERTURBATION_EXPLANATION } from '@/lib/format';

interface HiddenFigureNoteProps {
  /** What was not shown, e.g. "dit aandeel" or "dit percentage of aantal dagen". */
  what: string;
  /** A sentence to add, e.g. what stays visible. */
  children?: string;
}

/**
 * The note under a panel with a share, percentage or duration that was not shown: why, and that the
 * council's figures are perturbed (one text for every panel; docs/security.md).
 */
export function HiddenFigureNote({ what, children }: HiddenFigureNoteProps) {
  return (
    <p className="muted">
      <strong>niet getoond</strong>: {what} rust op kleine aantallen en wordt niet getoond om privacy te
      beschermen. {PERTURBATION_EXPLANATION}
      {children && ` ${children}`}
    </p>
  );
}
