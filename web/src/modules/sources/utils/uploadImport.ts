export interface UploadResult {
  importId: string;
  message: string;
}

/** A refused or unusable upload, with the API's Dutch message or our own (shown as it is). */
export class UploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadError';
  }
}

/** The Dutch `message` of an API error body (a string or a list of strings). */
export function messageOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('message' in body)) return null;
  const { message } = body;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.filter((part) => typeof part === 'string').join(' ');
  return null;
}

/**
 * Posts a multipart form to the imports API and returns its JSON body. The custom header is the CSRF
 * guard the API requires for uploads; a plain cross-site form cannot set it. A refusal throws an
 * UploadError with the API's Dutch message, or `failure` with the status when it gave none.
 */
export async function postMultipart(url: string, body: FormData, failure: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers: { 'x-leerlus-csrf': '1' },
    credentials: 'same-origin',
  });
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new UploadError(messageOf(json) ?? `${failure} (HTTP ${response.status}).`);
  }
  return json;
}

/** Sends a file to `POST /api/imports`; resolves as soon as the import has started. */
export async function uploadImport(file: File, profile: string): Promise<UploadResult> {
  const body = new FormData();
  body.append('profile', profile);
  body.append('file', file, file.name);
  const json = await postMultipart('/api/imports', body, 'Het uploaden is niet gelukt');
  const importId = (json as { importId?: unknown } | null)?.importId;
  if (typeof importId !== 'string' && typeof importId !== 'number') {
    throw new UploadError('De server gaf geen importnummer terug.');
  }
  return { importId: String(importId), message: messageOf(json) ?? `Import #${importId} is gestart.` };
}
