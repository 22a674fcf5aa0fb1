import { useId } from 'react';
import type { PanelAnswer } from '@/generated/graphql';
import { SaveStatus } from '@/modules/panel/components/SaveStatus';
import type { SaveState } from '@/modules/panel/hooks/useReviewAutosave';
import { panelAnswerLabels, panelAnswers } from '@/modules/panel/utils/panelLabels';

interface AnswerChoiceProps {
  legend: string;
  hint: string;
  value: PanelAnswer | null;
  state: SaveState | undefined;
  onChange: (answer: PanelAnswer) => void;
}

/** Ja / nee / weet ik niet as large radio buttons (easy to tap on a tablet), saved on choice. */
export function AnswerChoice({ legend, hint, value, state, onChange }: AnswerChoiceProps) {
  const id = useId();
  return (
    <fieldset className="review-field" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="form__hint">
        {hint}
      </p>
      <div className="choice-row">
        {panelAnswers.map((answer) => (
          <label key={answer} className="choice">
            <input
              type="radio"
              name={`${id}-answer`}
              value={answer}
              checked={value === answer}
              onChange={() => onChange(answer)}
            />
            {panelAnswerLabels[answer]}
          </label>
        ))}
      </div>
      <SaveStatus state={state} />
    </fieldset>
  );
}
