// Builds what is missing or out of date: the TypeScript packages (incremental `tsc -b`) and the
// dashboard (`vite build` when web/dist is older than its sources). `--quiet` prints only errors.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const say = (message) => quiet || console.log(`[build] ${message}`);

function run(command, args, cwd = root) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  if (result.status !== 0) {
    console.error(`[build] ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

say('TypeScript packages (sql, etl, api)');
run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b']);

// npm may install vite under web/node_modules or hoist it to the root; resolve it as web does.
const viteBin = join(
  dirname(createRequire(join(root, 'web/package.json')).resolve('vite/package.json')),
  'bin/vite.js',
);
const webIndex = join(root, 'web/dist/index.html');
const webSources = ['src', 'index.html', 'vite.config.ts'].map((entry) => join(root, 'web', entry));
const webBuilt = existsSync(webIndex) ? statSync(webIndex).mtimeMs : 0;
if (webSources.some((source) => existsSync(source) && newestMtime(source) > webBuilt)) {
  say('dashboard (vite build)');
  run(process.execPath, [viteBin, 'build', '--logLevel', quiet ? 'error' : 'warn'], join(root, 'web'));
} else {
  say('dashboard is up to date');
}
