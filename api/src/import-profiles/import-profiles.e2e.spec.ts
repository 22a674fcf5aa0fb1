import { CSRF_HEADER } from '../imports/csrf-header.guard';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { gemeenteExportCsv, gemeenteExportLine } from '../testing/gemeenteExport';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

const SAVE = `mutation ($yaml: String!) { saveImportProfile(yaml: $yaml) { name revision changed problems } }`;

interface SaveResult {
  name: string | null;
  revision: number | null;
  changed: boolean;
  problems: string[];
}

describe('source profiles as data (saved in the database, used by uploads)', () => {
  let sut: TestApp;
  let beheer: TestSession;
  let dataDir: string;
  let builtIn: string;
  const saved = { dataDir: process.env.LEERLUS_DATA_DIR, key: process.env.LEERLUS_PSEUDONYM_KEY };

  beforeAll(async () => {
    dataDir = await tempDir('leerlus-profiles-');
    process.env.LEERLUS_DATA_DIR = dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = 'test-pseudonym-key-0123456789abcdef';
    sut = await createTestApp();
    await sut.database.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM9901', 'Lusdonk')`);
    await sut.database.pool.query(
      `INSERT INTO organisation (code, name, kind, municipality_code)
       VALUES ('gemeente-lusdonk', 'Gemeente Lusdonk', 'gemeente', 'GM9901')`,
    );
    beheer = await sut.login('beheer');
    const text = await beheer.graphql<{ importProfileText: { yaml: string; revision: number | null } }>(
      `{ importProfileText(name: "gemeente-klachten") { yaml revision } }`,
    );
    expect(text.data?.importProfileText.revision).toBeNull();
    builtIn = text.data!.importProfileText.yaml;
  });

  afterAll(async () => {
    await sut?.close();
    process.env.LEERLUS_DATA_DIR = saved.dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = saved.key;
    if (saved.dataDir === undefined) delete process.env.LEERLUS_DATA_DIR;
    if (saved.key === undefined) delete process.env.LEERLUS_PSEUDONYM_KEY;
  });

  const save = async (yaml: string): Promise<SaveResult> => {
    const result = await beheer.graphql<{ saveImportProfile: SaveResult }>(SAVE, { yaml });
    expect(result.errors).toBeUndefined();
    return result.data!.saveImportProfile;
  };
  const own = (): string => builtIn.replace(/^name: gemeente-klachten$/m, 'name: lusdonk-klachten');

  it('should refuse an invalid profile with the ETL check messages and a built-in name, storing nothing', async () => {
    const unknownField = own().replace(/^fields:$/m, 'fields:\n  ontvangen_op:\n    column: Datum');
    expect(await save(unknownField)).toEqual({
      name: null,
      revision: null,
      changed: false,
      problems: [expect.stringMatching(/^fields\.ontvangen_op: onbekend veld "ontvangen_op"/)],
    });
    expect((await save(builtIn)).problems).toEqual([expect.stringMatching(/is een vast profiel/)]);
    expect((await sut.database.pool.query('SELECT 1 FROM import_profile')).rowCount).toBe(0);
  });

  it('should save revisions only when the settings change, audited, and list the newest', async () => {
    expect(await save(own())).toEqual({ name: 'lusdonk-klachten', revision: 1, changed: true, problems: [] });
    expect(await save(`# alleen commentaar anders\n${own()}`)).toMatchObject({ revision: 1, changed: false });
    const relabelled = own().replace(/^label: .*$/m, 'label: Lusdonk – klachten uit het zaaksysteem');
    expect(await save(relabelled)).toMatchObject({ revision: 2, changed: true });
    const list = await beheer.graphql<{
      importProfiles: { name: string; label: string; revision: number | null }[];
    }>('{ importProfiles { name label revision } }');
    expect(list.data?.importProfiles).toContainEqual({
      name: 'lusdonk-klachten',
      label: 'Lusdonk – klachten uit het zaaksysteem',
      revision: 2,
    });
    const text = await beheer.graphql<{ importProfileText: { yaml: string; revision: number } }>(
      `{ importProfileText(name: "lusdonk-klachten") { yaml revision } }`,
    );
    expect(text.data?.importProfileText).toEqual({ yaml: relabelled, revision: 2 });
    const audit = await sut.database.pool.query(
      `SELECT details->>'revision' AS revision FROM audit_log WHERE action = 'import_profile.save' ORDER BY id`,
    );
    expect(audit.rows).toEqual([{ revision: '1' }, { revision: '2' }]);
  });

  it('should import an upload with the saved profile and record its version', async () => {
    const form = new FormData();
    form.append('profile', 'lusdonk-klachten');
    const csv = gemeenteExportCsv([gemeenteExportLine('KL-1'), gemeenteExportLine('KL-2', '31-02-2024')]);
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'lusdonk.csv');
    const response = await fetch(`${sut.baseUrl}/api/imports`, {
      method: 'POST',
      headers: { cookie: beheer.cookie, [CSRF_HEADER]: '1' },
      body: form,
    });
    expect(response.status).toBe(202);
    const { importId } = (await response.json()) as { importId: string };
    let status = 'running';
    for (let attempt = 0; attempt < 200 && (status === 'running' || status === 'pending'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const job = await beheer.graphql<{ importJob: { status: string } }>(
        'query ($id: ID!) { importJob(id: $id) { status } }',
        { id: importId },
      );
      status = job.data!.importJob.status;
    }
    const { rows } = await sut.database.pool.query(
      `SELECT i.profile, i.rows_inserted, i.rows_rejected, i.profile_version = p.version AS same_version
         FROM import i JOIN import_profile p ON p.name = i.profile AND p.revision = 2 WHERE i.id = $1`,
      [importId],
    );
    expect([status, rows]).toEqual([
      'succeeded',
      [{ profile: 'lusdonk-klachten', rows_inserted: 1, rows_rejected: 1, same_version: true }],
    ]);
  });

  it('should refuse saving profiles for other roles', async () => {
    const beleid = await sut.login('beleid');
    const result = await beleid.graphql(SAVE, { yaml: own() });
    expect(result.errors?.[0]?.message).toBeDefined();
  });
});
