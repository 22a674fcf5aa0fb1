import { useId, useState, type FormEvent } from 'react';
import type { MeasureStatus, RecommendationStatus } from '@/generated/graphql';
import { GraphqlRequestError } from '@/lib/graphqlClient';
import { useUpdateMeasureMutation } from '@/modules/measures/hooks/useUpdateMeasureMutation';
import type { MeasureItem } from '@/modules/measures/utils/buildMeasuresTable';
import { measureStatusLabels, recommendationStatusLabels } from '@/modules/measures/utils/measureLabels';
import { scalarText } from '@/ui/scalarText';

interface MeasureStatusFormProps {
  measure: MeasureItem;
}

/** Policy staff keep a measure's status, and whether its recommendation was followed, up to date. */
export function MeasureStatusForm({ measure }: MeasureStatusFormProps) {
  const id = useId();
  const [status, setStatus] = useState<MeasureStatus>(measure.status);
  const [followUp, setFollowUp] = useState<RecommendationStatus | ''>(measure.recommendationStatus ?? '');
  const mutation = useUpdateMeasureMutation();
  const isRecommendation =
    measure.sourceKind === 'ombudsmanaanbeveling' || measure.sourceKind === 'panelbevinding';

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({
      id: measure.id,
      input: {
        title: measure.title,
        description: measure.description ?? null,
        themeCode: measure.themeCode,
        owner: measure.owner,
        decidedOn: scalarText(measure.decidedOn) ?? '',
        effectiveOn: scalarText(measure.effectiveOn) ?? '',
        expectedEffect: measure.expectedEffect,
        sourceKind: measure.sourceKind ?? null,
        sourceRef: measure.sourceRef ?? null,
        pcReference: measure.pcReference ?? null,
        status,
        recommendationStatus: isRecommendation && followUp !== '' ? followUp : null,
      },
    });
  }

  const message =
    mutation.error instanceof GraphqlRequestError && mutation.error.serverMessages.length > 0
      ? mutation.error.serverMessages.join(' ')
      : 'Probeer het later opnieuw.';

  return (
    <form className="form no-print" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Stand van "{measure.title}" bijwerken</h3>
      <div className="form__field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(event) => setStatus(event.target.value as MeasureStatus)}
        >
          {Object.entries(measureStatusLabels).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {isRecommendation && (
        <div className="form__field">
          <label htmlFor={`${id}-followUp`}>Is de aanbeveling opgevolgd?</label>
          <select
            id={`${id}-followUp`}
            value={followUp}
            onChange={(event) => setFollowUp(event.target.value as RecommendationStatus | '')}
          >
            <option value="">Nog niet vastgelegd</option>
            {Object.entries(recommendationStatusLabels).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="button" disabled={mutation.isPending}>
        Stand opslaan
      </button>
      <div role="status">{mutation.isSuccess && 'De stand is opgeslagen.'}</div>
      <div role="alert">{mutation.isError && `De stand is niet opgeslagen. ${message}`}</div>
    </form>
  );
}
