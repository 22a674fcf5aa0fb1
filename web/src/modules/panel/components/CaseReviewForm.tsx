import { useEffect, useId, useRef, useState } from 'react';
import type { PanelAnswer, PanelCaseQuery } from '@/generated/graphql';
import { AnswerChoice } from '@/modules/panel/components/AnswerChoice';
import { NormChoice } from '@/modules/panel/components/NormChoice';
import { SaveStatus } from '@/modules/panel/components/SaveStatus';
import { useReviewAutosave } from '@/modules/panel/hooks/useReviewAutosave';

type PanelCase = PanelCaseQuery['panelCase'];

const MAX_TEXT = 4000;
/** Typing pauses this long before the explanation is saved, so a closed tab loses at most that. */
const TEXT_SAVE_DELAY_MS = 1000;

/** The member's review: every field is saved on its own, right away; there is no save button. */
export function CaseReviewForm({ panelCase }: { panelCase: PanelCase }) {
  const id = useId();
  const review = panelCase.myReview;
  const { save, states } = useReviewAutosave(panelCase.sampleId, panelCase.decisionId);
  const [systemError, setSystemError] = useState<PanelAnswer | null>(review?.systemError ?? null);
  const [normCodes, setNormCodes] = useState<string[]>(review?.normCodes ?? []);
  const [reasonable, setReasonable] = useState<PanelAnswer | null>(review?.reasonable ?? null);
  const [explanation, setExplanation] = useState(review?.reasonableExplanation ?? '');
  const savedExplanation = useRef(review?.reasonableExplanation ?? '');

  function saveExplanation(text: string) {
    if (text === savedExplanation.current) return;
    savedExplanation.current = text;
    void save('reasonableExplanation', { reasonableExplanation: text });
  }

  useEffect(() => {
    const timer = window.setTimeout(() => saveExplanation(explanation), TEXT_SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
    // Only a change of the text restarts the pause; saveExplanation compares with the last saved text.
  }, [explanation]);

  return (
    <section className="panel review-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Uw oordeel</h2>
      <p className="form__hint">
        Alles wat u kiest of typt, wordt meteen bewaard. U hoeft niet op opslaan te drukken.
      </p>
      <AnswerChoice
        legend="Zat er een fout in het systeem?"
        hint="Een systeemfout is een fout in de regels, de werkwijze of de computersystemen, waardoor inwoners tussen wal en schip kunnen vallen. Het gaat dus niet om een fout van één medewerker."
        value={systemError}
        state={states.systemError}
        onChange={(answer) => {
          setSystemError(answer);
          void save('systemError', { systemError: answer });
        }}
      />
      <NormChoice
        value={normCodes}
        state={states.normCodes}
        onChange={(codes) => {
          setNormCodes(codes);
          void save('normCodes', { normCodes: codes });
        }}
      />
      <AnswerChoice
        legend="Was de beslissing redelijk voor deze inwoner?"
        hint="Denk aan de gevolgen voor deze persoon, en of de gemeente genoeg rekening hield met de situatie."
        value={reasonable}
        state={states.reasonable}
        onChange={(answer) => {
          setReasonable(answer);
          void save('reasonable', { reasonable: answer });
        }}
      />
      <div className="form__field review-field">
        <label htmlFor={`${id}-explanation`}>Leg uit waarom</label>
        <p id={`${id}-explanation-hint`} className="form__hint">
          Schrijf geen namen of andere persoonsgegevens. Maximaal {MAX_TEXT} tekens.
        </p>
        <textarea
          id={`${id}-explanation`}
          aria-describedby={`${id}-explanation-hint`}
          rows={5}
          maxLength={MAX_TEXT}
          value={explanation}
          onChange={(event) => setExplanation(event.target.value)}
          onBlur={() => saveExplanation(explanation)}
        />
        <SaveStatus state={states.reasonableExplanation} />
      </div>
    </section>
  );
}
