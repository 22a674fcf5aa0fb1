import type { ThemeReviewReason } from '@/generated/graphql';

/** Why an item is in the queue, in plain words. */
export const reviewReasonLabels: Record<ThemeReviewReason, string> = {
  onder_drempel: 'Het systeem is niet zeker genoeg',
  onenigheid: 'Trefwoorden en model zijn het oneens',
  steekproef: 'Willekeurige controle',
};
