import { useMutation, useQueryClient } from '@tanstack/react-query';
import { neighbourhoodBoundarySetsQueryOptions } from '@/modules/neighbourhoodMap/hooks/neighbourhoodBoundarySetsQueryOptions';
import { uploadBoundaries } from '@/modules/neighbourhoodMap/utils/uploadBoundaries';

export function useUploadBoundariesMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, municipality }: { file: File; municipality: string }) =>
      uploadBoundaries(file, municipality),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: neighbourhoodBoundarySetsQueryOptions().queryKey }),
  });
}
