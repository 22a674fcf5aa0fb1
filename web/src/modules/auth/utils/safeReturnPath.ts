/**
 * The `terug` parameter of /inloggen, accepted only as a path on this site: "//evil.example" or
 * "https://…" would turn the login page into an open redirect.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/inloggen')) return '/';
  return value;
}
