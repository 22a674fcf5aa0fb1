export interface UploadResult {
  importId: string;
  message: string;
}

/** A refused upload with the API's Dutch message (403, 409, 413, 400 …). */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
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
 * Sends a file to `POST /api/imports` (multipart). The custom header is the CSRF guard the API
 * requires; a plain cross-site form cannot set it. Resolves as soon as the import has started.
 */
export async function uploadImport(file: File, profile: string): Promise<UploadResult> {
  const body = new FormData();
  body.append('profile', profile);
  body.append('file', file, file.name);
  const response = await fetch('/api/imports', {
    method: 'POST',
    body,
    headers: { 'x-leerlus-csrf': '1' },
    credentials: 'same-origin',
  });
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new UploadError(
      messageOf(json) ?? `Het uploaden is niet gelukt (HTTP ${response.status}).`,
      response.status,
    );
  }
  const importId = (json as { importId?: unknown } | null)?.importId;
  if (typeof importId !== 'string' && typeof importId !== 'number') {
    throw new UploadError('De server gaf geen importnummer terug.', response.status);
  }
  return { importId: String(importId), message: messageOf(json) ?? `Import #${importId} is gestart.` };
}
