import { postMultipart } from '@/modules/sources/utils/uploadImport';

/** What `POST /api/imports/preview` answers (etl FilePreview): nothing of it is stored. */
export interface FilePreview {
  file: string;
  format: string;
  description: string;
  headerLine: number;
  columns: { column: string; values: string[]; field: string | null; because: string | null }[];
  rows: { line: number; values: Record<string, string | number | boolean | string[] | null> }[];
  rejected: { line: number; column: string | null; reason: string }[];
  redactions: { line: number; column: string; found: string[] }[];
  problems: string[];
  warnings: string[];
  draft: string | null;
}

export interface PreviewRequest {
  file: File;
  /** A saved or built-in profile; without one the answer has a draft profile for `target`. */
  profile: string | null;
  target: string;
}

/** Sends a sample file for a preview (the same upload guard as an import). */
export async function previewImport({ file, profile, target }: PreviewRequest): Promise<FilePreview> {
  const body = new FormData();
  if (profile) body.append('profile', profile);
  body.append('target', target);
  body.append('file', file, file.name);
  return (await postMultipart('/api/imports/preview', body, 'Het voorbeeld is niet gelukt')) as FilePreview;
}
