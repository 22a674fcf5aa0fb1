import { useCallback, useState } from 'react';
import type { SavePanelReviewInput } from '@/generated/graphql';
import { useSavePanelReviewMutation } from '@/modules/panel/hooks/useSavePanelReviewMutation';

export type ReviewField = 'systemError' | 'normCodes' | 'reasonable' | 'reasonableExplanation';
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

type FieldValues = Omit<SavePanelReviewInput, 'sampleId' | 'decisionId'>;

/**
 * Saves each field of a review on its own as soon as it changes (choices) or when the member stops
 * typing or leaves the field (text), and keeps a visible status per field.
 */
export function useReviewAutosave(sampleId: string, decisionId: string) {
  const mutation = useSavePanelReviewMutation();
  const [states, setStates] = useState<Partial<Record<ReviewField, SaveState>>>({});

  const save = useCallback(
    async (field: ReviewField, values: FieldValues) => {
      setStates((current) => ({ ...current, [field]: 'saving' }));
      try {
        await mutation.mutateAsync({ sampleId, decisionId, ...values });
        setStates((current) => ({ ...current, [field]: 'saved' }));
      } catch {
        setStates((current) => ({ ...current, [field]: 'error' }));
      }
    },
    [mutation, sampleId, decisionId],
  );

  return { save, states };
}
