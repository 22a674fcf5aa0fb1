import { spawnSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useTempDirs } from '@leerlus/sql/tempDirs';
import { RUN_DIR_PREFIX, sweepInterruptedRuns } from './interruptedRuns';

const tempDir = useTempDirs('leerlus-sweep-');

async function runDir(systemTemp: string, name: string, owner?: number): Promise<void> {
  const dir = join(systemTemp, `${RUN_DIR_PREFIX}${name}`);
  await mkdir(join(dir, 'leerlus-etl-abc'), { recursive: true });
  if (owner !== undefined) await writeFile(join(dir, 'owner'), String(owner));
}

describe(sweepInterruptedRuns.name, () => {
  it('should remove the run directories of jest processes that are gone, and only those', async () => {
    const systemTemp = await tempDir();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    await runDir(systemTemp, 'gone', gone);
    await runDir(systemTemp, 'running', process.pid);
    await runDir(systemTemp, 'unowned');
    await mkdir(join(systemTemp, 'leerlus-etl-other'));

    await sweepInterruptedRuns(systemTemp);

    expect((await readdir(systemTemp)).sort()).toEqual([
      'leerlus-etl-other',
      `${RUN_DIR_PREFIX}running`,
      `${RUN_DIR_PREFIX}unowned`,
    ]);
  });
});
