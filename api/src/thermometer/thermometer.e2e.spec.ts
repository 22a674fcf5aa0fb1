import { createTestApp, TestApp } from '../testing/createTestApp';
import { seedLeerstad } from '../testing/leerstad';

const THERMOMETER = `query ($period: String) {
  thermometer(period: $period) {
    period { quarter start end comparisonQuarter }
    disclosureControl
    threshold
    domains {
      domain colour explanation decidingIndicator
      indicators { indicator colour explanation reading baseCount suppressed }
      biggestChange { indicator explanation }
      trend { quarter count suppressed }
    }
  }
}`;

interface Data {
  thermometer: {
    period: { quarter: string; start: string; end: string; comparisonQuarter: string };
    disclosureControl: boolean;
    domains: {
      domain: string;
      colour: string;
      explanation: string;
      decidingIndicator: string | null;
      indicators: {
        indicator: string;
        colour: string;
        explanation: string;
        reading: number | null;
        baseCount: number | null;
        suppressed: boolean;
      }[];
      biggestChange: { indicator: string; explanation: string } | null;
      trend: { quarter: string; count: number | null; suppressed: boolean }[];
    }[];
  };
}

/**
 * Fixture, quarter 2025-Q2 against 2024-Q2 (population 50,000 both years):
 * - wmo: 20 -> 20 complaints, all on time, 2 of 20 about waiting, objections 1 of 10 upheld: green
 * - jeugd: 20 -> 27 complaints (+35%): amber by the trend
 * - werk_inkomen: 10 -> 10 complaints, 6 of 10 closed on time: red by the term
 * - schuldhulp: 3 complaints: grey
 * - inburgering: 10 -> 10 complaints, objections 4 of 10 upheld (40%): red by the uphold rate
 * - overig: 20 -> 20 complaints, 5 of 20 about waiting (25%): amber by waiting time
 */
describe('thermometer (GraphQL, real PostgreSQL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
    const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
      sut.database.pool.query(text, params);
    await seedLeerstad(sut.database.pool, 'c'.repeat(64));
    await sql(`INSERT INTO municipality_population (municipality_code, year, population)
               VALUES ('GM0001', 2023, 50000), ('GM0001', 2024, 50000), ('GM0001', 2025, 50000)`);
    let seq = 0;
    const cases = async (
      domain: string,
      received: string,
      count: number,
      options: { closedAfter?: number; theme?: string } = {},
    ): Promise<void> => {
      seq += 1;
      await sql(
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           received_on, closed_on, theme_id, import_id)
         SELECT 'GM0001', (SELECT id FROM organisation), $1 || '-' || $6 || '-' || n, 'klacht', $1, 'eerste_lijn_gemeente',
                $2::date, $2::date + $4::integer, (SELECT id FROM theme WHERE code = $5), (SELECT id FROM import)
           FROM generate_series(1, $3::integer) AS n`,
        [domain, received, count, options.closedAfter ?? 10, options.theme ?? null, seq],
      );
    };
    const objections = async (domain: string, outcome: string, count: number): Promise<void> => {
      seq += 1;
      await sql(
        `INSERT INTO objection_decision (municipality_code, source_organisation_id, external_id, law, domain_code,
           objection_received_on, decided_on, outcome, import_id)
         SELECT 'GM0001', (SELECT id FROM organisation), 'bz-' || $1 || '-' || $4 || '-' || n, 'x', $1,
                '2025-03-01', '2025-05-15', $2, (SELECT id FROM import)
           FROM generate_series(1, $3::integer) AS n`,
        [domain, outcome, count, seq],
      );
    };
    for (const year of ['2024', '2025']) {
      await cases('wmo', `${year}-05-01`, 18);
      await cases('overig', `${year}-05-01`, 20 - (year === '2025' ? 5 : 0));
      await cases('inburgering', `${year}-05-01`, 10);
      await cases('werk_inkomen', `${year}-05-01`, year === '2025' ? 6 : 10);
    }
    await cases('wmo', '2024-05-01', 2);
    await cases('wmo', '2025-05-01', 2, { theme: 'wachttijd_levering' });
    await cases('overig', '2025-05-01', 5, { theme: 'wachttijd' });
    await cases('jeugd', '2024-05-01', 20);
    await cases('jeugd', '2025-05-01', 27);
    await cases('werk_inkomen', '2025-04-01', 4, { closedAfter: 60 });
    await cases('schuldhulp', '2025-05-01', 3);
    await objections('wmo', 'gegrond', 1);
    await objections('wmo', 'ongegrond', 9);
    await objections('inburgering', 'deels_gegrond', 4);
    await objections('inburgering', 'ongegrond', 6);
    // Every record key 32, so a cell of n records has cell key 32n mod 256 and the council's figures
    // follow from the ptable (api/src/disclosure/ptable.ts): 2 and 3 -> 0, 4 -> 5, 10 -> 9, 18 -> 17,
    // 20 -> 20, 27 -> 27.
    await sql('UPDATE case_record SET record_key = 32');
    await sql('UPDATE objection_decision SET record_key = 32');
    await sql('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
  });

  const read = async (role: 'raad' | 'beleid'): Promise<Data['thermometer']> => {
    const result = await (await sut.login(role)).graphql<Data>(THERMOMETER, { period: '2025-Q2' });
    expect(result.errors).toBeUndefined();
    return result.data!.thermometer;
  };
  const domainOf = (data: Data['thermometer'], code: string): Data['thermometer']['domains'][number] =>
    data.domains.find((domain) => domain.domain === code)!;

  it('should colour every domain with an exact explanation for policy staff', async () => {
    const data = await read('beleid');
    expect(data.period).toEqual({
      quarter: '2025-Q2',
      start: '2025-04-01',
      end: '2025-06-30',
      comparisonQuarter: '2024-Q2',
    });
    const summary = Object.fromEntries(data.domains.map((d) => [d.domain, [d.colour, d.explanation]]));
    expect(summary).toEqual({
      wmo: ['groen', 'Groen: alle indicatoren met genoeg gegevens liggen binnen de grenzen.'],
      jeugd: [
        'oranje',
        'Oranje: het aantal klachten per 1.000 inwoners steeg 35% ten opzichte van hetzelfde kwartaal vorig jaar.',
      ],
      // The headline names the change that drives the colour, not only the level.
      werk_inkomen: [
        'rood',
        'Rood: 60% van de klachten werd op tijd afgehandeld, dat is minder dan 75%. Het deel van de klachten dat op tijd werd afgehandeld daalde van 100% naar 60% ten opzichte van hetzelfde kwartaal vorig jaar.',
      ],
      schuldhulp: [
        'onvoldoende_gegevens',
        'Onvoldoende gegevens: minder dan 5 klachten in dit kwartaal, te weinig voor een kleur.',
      ],
      inburgering: ['rood', 'Rood: 40% van de bezwaren was gegrond of deels gegrond, dat is 35% of meer.'],
      overig: [
        'oranje',
        'Oranje: 25% van de klachten ging over wachttijd, dat is 20% tot 30%. Het deel van de klachten over wachttijd steeg van 0% naar 25% ten opzichte van hetzelfde kwartaal vorig jaar.',
      ],
    });
    expect(domainOf(data, 'jeugd').decidingIndicator).toBe('complaintsTrend');
    expect(domainOf(data, 'jeugd').biggestChange).toEqual({
      indicator: 'complaintsTrend',
      explanation:
        'Het aantal klachten per 1.000 inwoners steeg 35% ten opzichte van hetzelfde kwartaal vorig jaar.',
    });
    expect(domainOf(data, 'overig').biggestChange?.explanation).toBe(
      'Het deel van de klachten over wachttijd steeg van 0% naar 25% ten opzichte van hetzelfde kwartaal vorig jaar.',
    );
    const wmo = domainOf(data, 'wmo');
    expect(wmo.indicators.map((i) => [i.indicator, i.colour, i.reading])).toEqual([
      ['complaintsTrend', 'groen', 0],
      ['withinTerm', 'groen', 100],
      ['waitingShare', 'groen', 10],
      ['upholdRate', 'groen', 10],
    ]);
  });

  it('should return a zero-filled trend of 8 quarters, oldest first', async () => {
    const trend = domainOf(await read('beleid'), 'jeugd').trend;
    expect(trend.map((p) => p.quarter)).toEqual([
      '2023-Q3',
      '2023-Q4',
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
    ]);
    expect(trend.map((p) => p.count)).toEqual([0, 0, 0, 20, 0, 0, 0, 27]);
  });

  it('should compute the colours and figures of the council from perturbed counts', async () => {
    const data = await read('raad');
    expect(data.disclosureControl).toBe(true);
    // 3 complaints (cell key 96) are published as 0: too few for a colour.
    const schuldhulp = domainOf(data, 'schuldhulp');
    expect(schuldhulp.colour).toBe('onvoldoende_gegevens');
    expect(schuldhulp.trend.at(-1)).toEqual({ quarter: '2025-Q2', count: 0, suppressed: false });
    // 4 upheld objections (cell key 128) are published as 5, 10 decided (cell key 64) as 9: the
    // council reads 5 of 9 where policy staff read 4 of 10.
    const inburgering = domainOf(data, 'inburgering');
    const uphold = inburgering.indicators.find((i) => i.indicator === 'upholdRate')!;
    expect(uphold).toMatchObject({ reading: 56, baseCount: 9, suppressed: false });
    expect(inburgering.colour).toBe('rood');
    // Nothing between 1 and 4 is ever published.
    for (const domain of data.domains) {
      for (const value of [
        ...domain.trend.map((p) => p.count),
        ...domain.indicators.map((i) => i.baseCount),
      ]) {
        if (value !== null) expect(value === 0 || value >= 5).toBe(true);
      }
    }
    // The hidden waiting-time share (0 -> 2) does not compete for "what changed most".
    expect(domainOf(data, 'wmo').biggestChange).toEqual({
      indicator: 'complaintsTrend',
      explanation:
        'Het aantal klachten per 1.000 inwoners bleef ongeveer gelijk ten opzichte van hetzelfde kwartaal vorig jaar.',
    });
    // jeugd is large: the council sees its figures, computed from the perturbed counts (20 and 27 have
    // cell keys 128 and 96, noise 0: +35% as for policy staff).
    expect(domainOf(data, 'jeugd').explanation).toBe(
      'Oranje: het aantal klachten per 1.000 inwoners steeg 35% ten opzichte van hetzelfde kwartaal vorig jaar.',
    );
  });

  it('should refuse a malformed period and an anonymous caller', async () => {
    const session = await sut.login('college');
    const bad = await session.graphql(THERMOMETER, { period: '2025-05' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await sut.graphql(THERMOMETER, { period: '2025-Q2' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
