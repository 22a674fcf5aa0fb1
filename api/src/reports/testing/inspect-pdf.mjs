// Prints the text lines and the structure tree of a PDF as JSON (tests run it as a child process:
// pdfjs-dist is an ES module, which jest's CommonJS runtime cannot import).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(await readFile(process.argv[2]));
const standardFontDataUrl = fileURLToPath(
  new URL('standard_fonts/', import.meta.resolve('pdfjs-dist/package.json')),
);
const pdf = await getDocument({ data, standardFontDataUrl, isEvalSupported: false }).promise;
const lines = [];
const roles = [];
const alts = [];
const walk = (node) => {
  if (node.role) roles.push(node.role);
  if (node.alt) alts.push(node.alt);
  for (const child of node.children ?? []) walk(child);
};
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  const byY = new Map();
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const y = Math.round(item.transform[5]);
    byY.set(y, [...(byY.get(y) ?? []), { x: item.transform[4], str: item.str }]);
  }
  for (const [, items] of [...byY].sort((a, b) => b[0] - a[0])) {
    lines.push(
      items
        .sort((a, b) => a.x - b.x)
        .map((item) => item.str)
        .join(' | '),
    );
  }
  const tree = await page.getStructTree();
  if (tree) walk(tree);
}
const metadata = await pdf.getMetadata();
process.stdout.write(
  JSON.stringify({
    pages: pdf.numPages,
    lines,
    roles,
    alts,
    title: metadata.info.Title,
    lang: metadata.info.Language ?? null,
  }),
);
