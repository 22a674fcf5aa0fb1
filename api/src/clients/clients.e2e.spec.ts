import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { CSRF_HEADER } from '../imports/csrf-header.guard';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { gemeenteExportCsv, gemeenteExportLine } from '../testing/gemeenteExport';
import { poissonInterval } from './poisson-interval';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

/** A complaint about `provider` (as the export spells it) in the youth domain, received in April 2024. */
const complaint = (caseNumber: string, provider: string): string => {
  const fields = gemeenteExportLine(caseNumber, '03-04-2024').split(';');
  fields[1] = provider;
  fields[3] = 'Jeugd';
  return fields.join(';');
};
const complaints = (prefix: string, provider: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => complaint(`${prefix}-${index}`, provider));

const CLIENTS_CSV = [
  'Jaar;Domein;Aanbieder;Aantal cliënten',
  '2024;Jeugd;;2000',
  '2024;Jeugd;jeugdzorg-kompas;600',
  '2024;Jeugd;Stichting Horizon Jeugdhulp;150',
  '2024;Jeugd;Onbekende Zorg BV;50',
  '2024;Wmo;;3000',
].join('\r\n');

const RATES = `query ($input: ClientRatesInput!) {
  clientRates(input: $input) {
    year
    byDomain { code label clients complaints suppressed ratePer1000 lower upper }
    byProvider { code label clients complaints suppressed ratePer1000 lower upper }
  }
}`;

interface Rate {
  code: string;
  label: string;
  clients: number;
  complaints: number | null;
  suppressed: boolean;
  ratePer1000: number | null;
  lower: number | null;
  upper: number | null;
}
interface Rates {
  clientRates: { year: number; byDomain: Rate[]; byProvider: Rate[] };
}

describe('Rates per 1,000 clients (client counts through the ETL, over HTTP)', () => {
  let sut: TestApp;
  let beheer: TestSession;
  let dataDir: string;
  const saved = { dataDir: process.env.LEERLUS_DATA_DIR, key: process.env.LEERLUS_PSEUDONYM_KEY };

  async function upload(profile: string, text: string, name: string): Promise<string> {
    const form = new FormData();
    form.append('profile', profile);
    form.append('file', new Blob([text], { type: 'text/csv' }), name);
    const response = await fetch(`${sut.baseUrl}/api/imports`, {
      method: 'POST',
      headers: { cookie: beheer.cookie, [CSRF_HEADER]: '1' },
      body: form,
    });
    expect(response.status).toBe(202);
    return ((await response.json()) as { importId: string }).importId;
  }

  async function finished(importId: string): Promise<Record<string, unknown>> {
    for (let attempt = 0; attempt < 300; attempt++) {
      const result = await beheer.graphql<{ importJob: Record<string, unknown> & { status: string } }>(
        `query ($id: ID!) { importJob(id: $id) { status error rowsRead rowsInserted rowsUpdated rowsRejected } }`,
        { id: importId },
      );
      const job = result.data?.importJob;
      if (job && job.status !== 'running' && job.status !== 'pending') return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('import did not finish');
  }

  beforeAll(async () => {
    dataDir = await tempDir('leerlus-clients-');
    process.env.LEERLUS_DATA_DIR = dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = 'test-pseudonym-key-0123456789abcdef';
    sut = await createTestApp();
    const sql = (text: string): Promise<unknown> => sut.database.pool.query(text);
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM9901', 'Lusdonk')`);
    await sql(
      `INSERT INTO organisation (code, name, kind, municipality_code) VALUES
         ('gemeente-lusdonk', 'Gemeente Lusdonk', 'gemeente', 'GM9901'),
         ('jeugdzorg-kompas', 'Kompas Jeugdzorg B.V.', 'aanbieder', 'GM9901'),
         ('jeugdhulp-horizon', 'Stichting Horizon Jeugdhulp', 'aanbieder', 'GM9901')`,
    );
    beheer = await sut.login('beheer');
    // 30 complaints about Kompas, 2 about Horizon: the 2 must never reach the council, nor its rate.
    const job = await finished(
      await upload(
        'gemeente-klachten',
        gemeenteExportCsv([...complaints('K', 'Kompas', 30), ...complaints('H', 'Horizon', 2)]),
        'klachten.csv',
      ),
    );
    expect(job.status).toBe('succeeded');
    // Fixed record keys: Horizon's two records (keys 100 + 100) are published as 5 by the ptable.
    await sut.database.pool.query(
      `UPDATE case_record SET record_key = CASE WHEN external_id LIKE 'H-%' THEN 100
         ELSE (split_part(external_id, '-', 2)::integer * 37) % 256 END`,
    );
    await sut.database.pool.query('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
    process.env.LEERLUS_DATA_DIR = saved.dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = saved.key;
    if (saved.dataDir === undefined) delete process.env.LEERLUS_DATA_DIR;
    if (saved.key === undefined) delete process.env.LEERLUS_PSEUDONYM_KEY;
  });

  it('should load client counts through the import target, keeping the rejected row', async () => {
    const importId = await upload('clientaantallen', CLIENTS_CSV, 'clienten-2024.csv');
    expect(await finished(importId)).toMatchObject({
      status: 'succeeded',
      rowsRead: 5,
      rowsInserted: 4,
      rowsRejected: 1,
    });
    const { rows } = await sut.database.pool.query<{
      provider: string | null;
      domain: string;
      clients: number;
    }>(
      `SELECT o.code AS provider, c.domain_code AS domain, c.clients FROM client_count c
         LEFT JOIN organisation o ON o.id = c.organisation_id ORDER BY c.domain_code, o.code NULLS FIRST`,
    );
    expect(rows).toEqual([
      { provider: null, domain: 'jeugd', clients: 2000 },
      { provider: 'jeugdhulp-horizon', domain: 'jeugd', clients: 150 },
      { provider: 'jeugdzorg-kompas', domain: 'jeugd', clients: 600 },
      { provider: null, domain: 'wmo', clients: 3000 },
    ]);
    const download = await fetch(`${sut.baseUrl}/api/imports/${importId}/rejected.csv`, {
      headers: { cookie: beheer.cookie },
    });
    expect(download.status).toBe(200);
    expect(await download.text()).toContain('Onbekende Zorg BV');

    // A later list with the same year, domain and provider replaces the number.
    const again = await upload(
      'clientaantallen',
      'Jaar;Domein;Aanbieder;Aantal cliënten\r\n2024;Jeugd;jeugdzorg-kompas;600\r\n2024;Wmo;;3100\r\n',
      'clienten-2024-herzien.csv',
    );
    expect(await finished(again)).toMatchObject({ status: 'succeeded', rowsInserted: 0, rowsUpdated: 1 });
  });

  it('should give policy staff exact rates per 1,000 clients with Poisson intervals', async () => {
    const beleid = await sut.login('beleid');
    const result = await beleid.graphql<Rates>(RATES, { input: { year: 2024, domain: 'jeugd' } });
    expect(result.errors).toBeUndefined();
    const { byDomain, byProvider } = result.data!.clientRates;
    const kompas = byProvider.find((rate) => rate.code === 'jeugdzorg-kompas')!;
    const interval = poissonInterval(30);
    expect(kompas).toMatchObject({ clients: 600, complaints: 30, suppressed: false, ratePer1000: 50 });
    expect(kompas.lower).toBeCloseTo((interval.lower * 1000) / 600, 6);
    expect(kompas.upper).toBeCloseTo((interval.upper * 1000) / 600, 6);
    expect(byProvider.find((rate) => rate.code === 'jeugdhulp-horizon')).toMatchObject({
      clients: 150,
      complaints: 2,
    });
    expect(byDomain).toEqual([expect.objectContaining({ code: 'jeugd', clients: 2000, complaints: 32 })]);
    expect(byDomain[0]!.ratePer1000).toBeCloseTo(16, 6);
  });

  it("should give the council rates computed from its protected counts, never from Horizon's true 2", async () => {
    const raad = await sut.login('raad');
    const result = await raad.graphql<Rates>(RATES, { input: { year: 2024, domain: 'jeugd' } });
    expect(result.errors).toBeUndefined();
    const published = await publishedFromFacts(
      sut.database.pool,
      `SELECT left(external_id, 1) AS cell, count(*) AS n, sum(record_key) AS keys FROM case_record GROUP BY 1`,
    );
    for (const [code, prefix, clients] of [
      ['jeugdzorg-kompas', 'K', 600],
      ['jeugdhulp-horizon', 'H', 150],
    ] as const) {
      const rate = result.data!.clientRates.byProvider.find((entry) => entry.code === code)!;
      const expected = published.get(prefix)!;
      expect({ complaints: rate.complaints, suppressed: rate.suppressed }).toEqual({
        complaints: expected.value,
        suppressed: expected.suppressed,
      });
      if (expected.suppressed) expect(rate.ratePer1000).toBeNull();
      else expect(rate.ratePer1000).toBeCloseTo(((expected.value ?? 0) * 1000) / clients, 6);
    }
    const horizon = result.data!.clientRates.byProvider.find((entry) => entry.code === 'jeugdhulp-horizon')!;
    expect(horizon.complaints).not.toBe(2);
    expect(horizon.ratePer1000).not.toBeCloseTo((2 * 1000) / 150, 3);
  });
});
