// The initial JavaScript of the built dashboard, gzipped: the entry script and every script
// web/dist/index.html preloads (what a browser fetches before the first page can render). Pages are
// lazy chunks and are not counted. Run `npm run build -w web` first.
//   node scripts/bundle-size.mjs [--json] [--max-kb 350]
// Prints the sizes; exits 1 when --max-kb is given and the total is above it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const scripts = [
  ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g),
].map((match) => match[1]);
const files = [...new Set(scripts)].map((src) => {
  const content = readFileSync(join(dist, src.replace(/^\//, '')));
  return { file: src, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
});
if (files.length === 0) throw new Error('No scripts found in web/dist/index.html');

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const total = files.reduce((sum, file) => sum + file.gzipBytes, 0);
const args = process.argv.slice(2);
const maxIndex = args.indexOf('--max-kb');
const max = maxIndex >= 0 ? Number(args[maxIndex + 1]) : null;

if (args.includes('--json')) {
  console.log(JSON.stringify({ initialJsGzipKb: kb(total), files }, null, 2));
} else {
  for (const file of files) console.log(`${file.file}: ${kb(file.bytes)} KB, ${kb(file.gzipBytes)} KB gzip`);
  console.log(`Initial JavaScript: ${kb(total)} KB gzip (${files.length} files)`);
}
if (max !== null && kb(total) > max) {
  console.error(`Initial JavaScript is above ${max} KB gzip`);
  process.exit(1);
}
