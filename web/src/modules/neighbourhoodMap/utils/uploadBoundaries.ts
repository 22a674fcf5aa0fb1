import { postMultipart, UploadError } from '@/modules/sources/utils/uploadImport';

export interface BoundaryUploadResult {
  municipalityCode: string;
  wijken: number;
  buurten: number;
  skipped: number;
}

const isResult = (value: unknown): value is BoundaryUploadResult =>
  typeof value === 'object' && value !== null && 'wijken' in value && 'buurten' in value;

/** Sends a CBS boundary file to `POST /api/boundaries`; the API answers when it is stored. */
export async function uploadBoundaries(file: File, municipality: string): Promise<BoundaryUploadResult> {
  const body = new FormData();
  body.append('municipality', municipality);
  body.append('file', file, file.name);
  const json = await postMultipart('/api/boundaries', body, 'Het laden van de grenzen is niet gelukt');
  if (!isResult(json)) throw new UploadError('De server gaf geen samenvatting terug.');
  return json;
}

/** "12 wijken en 0 buurten geladen voor GM0344." plus what was left out. */
export function describeBoundaryUpload(result: BoundaryUploadResult): string {
  const skipped =
    result.skipped > 0 ? ` ${result.skipped} wijken of buurten van andere gemeenten zijn overgeslagen.` : '';
  return `${result.wijken} wijken en ${result.buurten} buurten geladen voor ${result.municipalityCode}.${skipped}`;
}
