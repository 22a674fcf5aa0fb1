// `npm start`: build what is missing, then run the API (which starts the database, migrates, loads
// the demo data when empty and serves the dashboard) in this process.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
createRequire(import.meta.url)(join(root, 'api/dist/main.js'));
