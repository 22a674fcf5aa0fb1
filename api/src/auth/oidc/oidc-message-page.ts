/** A plain Dutch page for a login that did not work (no scripts or inline styles: the CSP forbids them). */
export function oidcMessagePage(message: string): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Inloggen niet gelukt - Leerlus</title></head>
<body>
<main>
<h1>Inloggen niet gelukt</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/">Terug naar Leerlus</a></p>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
