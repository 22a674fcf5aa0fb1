import { useMutation } from '@tanstack/react-query';
import { uploadImport } from '@/modules/sources/utils/uploadImport';

export function useUploadImportMutation() {
  return useMutation({
    mutationFn: ({ file, profile }: { file: File; profile: string }) => uploadImport(file, profile),
  });
}
