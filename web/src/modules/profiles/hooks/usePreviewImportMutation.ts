import { useMutation } from '@tanstack/react-query';
import { previewImport } from '@/modules/profiles/utils/previewImport';

/** A preview is a POST with a file (nothing stored), so a mutation rather than a query. */
export function usePreviewImportMutation() {
  return useMutation({ mutationFn: previewImport });
}
