import type { ImportJobQuery } from '@/generated/graphql';
import { describeImportProgress } from '@/modules/sources/utils/describeImportProgress';

type Job = NonNullable<ImportJobQuery['importJob']>;

const job: Job = {
  id: '42',
  fileName: 'klachten.csv',
  profile: 'gemeente-klachten',
  status: 'running',
  error: null,
  rowsRead: 0,
  rowsInserted: 0,
  rowsUpdated: 0,
  rowsUnchanged: 0,
  rowsRejected: 0,
  progress: { phase: 'lezen', percent: 40.5, rowsRead: 1200, rowsRejected: 1, rowsPerSecond: 350.4 },
};

describe(describeImportProgress.name, () => {
  it('should describe a running import with phase, rows read and speed', () => {
    expect(describeImportProgress(job)).toEqual({
      running: true,
      percent: 40.5,
      label: 'Bestand lezen: 1.200 rijen gelezen, 350 rijen per seconde',
      summary: null,
    });
  });

  it('should summarise a finished import in Dutch', () => {
    const done = describeImportProgress({
      ...job,
      status: 'succeeded',
      rowsRead: 3,
      rowsInserted: 2,
      rowsRejected: 1,
      progress: null,
    });
    expect(done.running).toBe(false);
    expect(done.percent).toBe(100);
    expect(done.summary).toBe('Import #42 is klaar: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 afgewezen.');
  });

  it('should say that a failed import stored nothing', () => {
    const failed = describeImportProgress({
      ...job,
      status: 'failed',
      error: 'Kolom Zaaknummer ontbreekt',
      progress: null,
    });
    expect(failed.summary).toBe(
      'Import #42 is mislukt. Er is niets van het bestand opgeslagen. Reden: Kolom Zaaknummer ontbreekt',
    );
  });
});
