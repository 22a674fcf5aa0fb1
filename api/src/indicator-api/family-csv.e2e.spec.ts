import { insertCases, seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { csvText, parseCsv } from './testing/csv-response';

const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`;

interface Value {
  value: number | null;
  suppressed: boolean;
}
type FamilyRow = {
  period: string | null;
  complete: boolean;
  coverage?: { completeness: string };
  code: string | null;
  label: string | null;
} & Record<string, Value>;
interface FamilyAnswer {
  disclosureControl: boolean;
  rows: FamilyRow[];
  totals: FamilyRow[];
}

const INPUT_TYPES = { handlingTimes: 'HandlingTimesQueryInput', outcomes: 'OutcomesQueryInput' } as const;
type FamilyName = keyof typeof INPUT_TYPES;

/**
 * Each file's Dutch value column and the GraphQL field it must hold, written out here (not read from
 * the index) so that a wrong name or a swapped field makes these tests fail.
 */
const VALUE_COLUMNS = {
  handlingTimes: [
    ['ontvangen', 'received'],
    ['afgehandeld', 'closed'],
    ['open', 'open'],
    ['binnen_termijn', 'withinTerm'],
    ['na_termijn', 'beyondTerm'],
    ['verdaagd', 'extended'],
    ['open_na_termijn', 'openBeyondTerm'],
    ['mediaan_dagen', 'medianDays'],
    ['p90_dagen', 'p90Days'],
    ['percentage_binnen_termijn', 'withinTermPercentage'],
    ['percentage_na_termijn', 'beyondTermPercentage'],
    ['percentage_verdaagd', 'extendedPercentage'],
  ],
  outcomes: [
    ['ontvangen', 'received'],
    ['beslist', 'decided'],
    ['gegrond_of_deels', 'upheld'],
    ['gegrond', 'gegrond'],
    ['deels_gegrond', 'deelsGegrond'],
    ['ongegrond', 'ongegrond'],
    ['percentage_gegrond', 'upholdRate'],
    ['percentage_gegrond_ondergrens_95', 'upholdRateLower'],
    ['percentage_gegrond_bovengrens_95', 'upholdRateUpper'],
    ['aanbevelingen', 'recommendationsMade'],
    ['aanbevelingen_opgevolgd', 'recommendationsFollowed'],
    ['aanbevelingen_niet_opgevolgd', 'recommendationsNotFollowed'],
    ['percentage_opgevolgd', 'recommendationFollowedRate'],
    ['percentage_opgevolgd_ondergrens_95', 'recommendationFollowedRateLower'],
    ['percentage_opgevolgd_bovengrens_95', 'recommendationFollowedRateUpper'],
  ],
  waitingTimeComplaints: [
    ['aantal_klachten', 'complaints'],
    ['klachten_wachttijd', 'waitingTime'],
    ['percentage_wachttijd', 'waitingTimeShare'],
  ],
  thermometer: [
    ['meetwaarde', 'reading'],
    ['niveau', 'current'],
    ['niveau_vorig_jaar', 'previous'],
    ['verandering_percentage', 'changePercentage'],
    ['basis_aantal', 'baseCount'],
    ['basis_aantal_vorig_jaar', 'previousBaseCount'],
    ['oranje_vanaf', 'amberFrom'],
    ['rood_vanaf', 'redFrom'],
  ],
  providerCompliance: [
    ['verplicht', 'required'],
    ['op_tijd', 'onTime'],
    ['te_laat', 'late'],
    ['ontbreekt', 'missing'],
    ['nog_niet_verschuldigd', 'notYetDue'],
    ['percentage_op_tijd', 'onTimePercentage'],
  ],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;
type Columns = readonly (readonly [string, string])[];
const fieldsOf = (columns: Columns): string[] => columns.map(([, field]) => field);

interface Chain {
  disclosureControl: boolean;
  windowDays: number;
  stages: { code: string; label: string; count: Value }[];
  transitions: {
    from: string;
    to: string;
    label: string;
    citizens: Value;
    moved: Value;
    movedPercentage: Value;
  }[];
}

interface Thermometer {
  disclosureControl: boolean;
  period: { quarter: string; start: string; end: string; comparisonQuarter: string; completeness: string };
  domains: {
    domain: string;
    label: string;
    colour: string;
    indicators: ({ indicator: string; label: string; colour: string; suppressed: boolean } & Record<
      string,
      number | null
    >)[];
  }[];
}

const yesNo = (value: boolean): string => (value ? 'ja' : 'nee');

/** The GraphQL rows in the CSV's words: period start, completeness, member, each value and its flag. */
function graphqlAsCsvRows(rows: FamilyRow[], columns: Columns, withMember: boolean): string[][] {
  return rows.map((row) => [
    row.period ?? '',
    yesNo(row.complete),
    row.coverage?.completeness ?? '',
    ...(withMember ? [row.code ?? '', row.label ?? ''] : []),
    ...columns.flatMap(([, field]) => {
      const value = row[field]!;
      return [value.value === null ? '' : String(value.value).replace('.', ','), yesNo(value.suppressed)];
    }),
  ]);
}

function csvAsRows(text: string, columns: Columns, member: string | null): string[][] {
  return parseCsv(text).rows.map((row) => [
    row.periode_van ?? '',
    row.periode_volledig ?? '',
    row.volledigheid ?? '',
    ...(member ? [row[`${member}_code`] ?? '', row[member] ?? ''] : []),
    ...columns.flatMap(([column]) => [row[column] ?? '', row[`${column}_onderdrukt`] ?? '']),
  ]);
}

describe('CSV endpoints of the indicator families (handling times, outcomes, thermometer, chain) with API tokens', () => {
  let sut: TestApp;
  const getWith = (token: string, path: string): Promise<Response> =>
    fetch(`${sut.baseUrl}/api/v1/indicatoren/${path}`, { headers: { authorization: `Bearer ${token}` } });
  const tokenOf = async (session: TestSession): Promise<string> => {
    const result = await session.graphql<{ createApiToken: { token: string } }>(CREATE_TOKEN, {
      input: { name: 'BI' },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.createApiToken.token;
  };
  const graphqlOf = async (
    session: TestSession,
    family: FamilyName,
    query: Record<string, unknown>,
  ): Promise<FamilyAnswer> => {
    const fields = `period complete coverage { completeness } code label ${fieldsOf(VALUE_COLUMNS[family])
      .map((field) => `${field} { value suppressed }`)
      .join(' ')}`;
    const result = await session.graphql<Record<FamilyName, FamilyAnswer>>(
      `query ($query: ${INPUT_TYPES[family]}!) {
        ${family}(query: $query) { disclosureControl rows { ${fields} } totals { ${fields} } }
      }`,
      { query },
    );
    expect(result.errors).toBeUndefined();
    return result.data![family];
  };

  beforeAll(async () => {
    sut = await createTestApp();
    const pool = sut.database.pool;
    await seedIndicatorBasics(pool);
    await insertCases(pool, {
      received: '2025-03-03',
      closed: '2025-03-20',
      outcome: 'gegrond',
      theme: 'wachttijd',
      measures: ['excuses'],
      count: 8,
    });
    await insertCases(pool, {
      received: '2025-03-04',
      closed: '2025-05-30',
      outcome: 'ongegrond',
      count: 12,
    });
    await insertCases(pool, {
      received: '2025-03-05',
      domain: 'jeugd',
      closed: '2025-03-10',
      outcome: 'gegrond',
      count: 2,
    });
    await insertCases(pool, {
      received: '2025-04-02',
      domain: 'schuldhulp',
      closed: '2025-04-20',
      outcome: 'deels_gegrond',
      theme: 'wachttijd',
      count: 9,
    });
    await insertCases(pool, { received: '2025-04-03', domain: 'schuldhulp', count: 6 });
    await insertCases(pool, {
      received: '2025-04-07',
      closed: '2025-04-09',
      outcome: 'ongegrond',
      count: 14,
    });
    // Small cells, which the council sees perturbed (or not at all).
    await insertCases(pool, {
      received: '2025-03-06',
      extended: true,
      closed: '2025-05-01',
      outcome: 'gegrond',
      count: 3,
    });
    await insertCases(pool, { received: '2025-04-08', domain: 'jeugd', closed: '2025-06-20', count: 3 });
    await insertCases(pool, { received: '2025-03-07', domain: 'schuldhulp', closed: '2025-03-09', count: 1 });
    // A second schuldhulp case of March with another duration, so its median and p90 differ.
    await insertCases(pool, { received: '2025-03-10', domain: 'schuldhulp', closed: '2025-03-30', count: 1 });
    await pool.query(
      `INSERT INTO contract (municipality_code, organisation_id, domain_code, starts_on)
       SELECT 'GM0001', id, 'wmo', '2023-01-01' FROM organisation WHERE kind = 'aanbieder'`,
    );
    await pool.query(
      `INSERT INTO client_count (municipality_code, domain_code, organisation_id, year, clients)
       VALUES ('GM0001', 'wmo', NULL, 2025, 3000), ('GM0001', 'jeugd', NULL, 2025, 2000),
              ('GM0001', 'schuldhulp', NULL, 2025, 500),
              ('GM0001', 'wmo', (SELECT id FROM organisation WHERE code = 'ZORG-A'), 2025, 600)`,
    );
    await pool.query('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
  });

  describe.each(['handlingTimes', 'outcomes'] as const)('%s', (family) => {
    it.each(['beleid', 'raad'] as const)(
      'should answer as %s exactly what GraphQL answers per month and domain, row by row',
      async (role) => {
        const session = await sut.login(role);
        const response = await getWith(
          await tokenOf(session),
          `${family}.csv?soort=klacht&van=2025-03-01&tot=2025-04-30&indeling=maand&uitsplitsing=domein`,
        );
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        const csv = await csvText(response);
        const columns = VALUE_COLUMNS[family];
        expect(parseCsv(csv).header).toEqual([
          'indicator',
          'soort',
          'periode_van',
          'periode_tot',
          'periode_volledig',
          'volledigheid',
          'domein_code',
          'domein',
          ...columns.flatMap(([column]) => [column, `${column}_onderdrukt`]),
          'filters',
        ]);
        const answer = await graphqlOf(session, family, {
          family: 'klacht',
          dateRange: { from: '2025-03-01', to: '2025-04-30' },
          granularity: 'MONTH',
          dimension: 'domain',
        });
        expect(answer.disclosureControl).toBe(role === 'raad');
        const expected = graphqlAsCsvRows(answer.rows, columns, true);
        expect(expected.length).toBeGreaterThanOrEqual(3);
        expect(csvAsRows(csv, columns, 'domein')).toEqual(expected);
        const { rows } = parseCsv(csv);
        expect(rows.map((row) => [row.indicator, row.soort])).toEqual(rows.map(() => [family, 'klacht']));
        const jeugdReceived = rows.find((row) => row.domein_code === 'jeugd')?.ontvangen;
        if (role === 'beleid') {
          const wmoMarch = rows.find((row) => row.domein_code === 'wmo' && row.periode_van === '2025-03-01');
          expect([wmoMarch?.ontvangen, wmoMarch?.periode_tot, jeugdReceived]).toEqual([
            '23',
            '2025-03-31',
            '2',
          ]);
          if (family === 'handlingTimes') {
            // Two schuldhulp cases of 2 and 20 days: a median and a p90 that a swapped column would show.
            const schuldhulp = rows.find(
              (row) => row.domein_code === 'schuldhulp' && row.periode_van === '2025-03-01',
            );
            expect(schuldhulp?.mediaan_dagen).not.toBe(schuldhulp?.p90_dagen);
          }
        } else {
          // The council never sees the small cell of 2 as 2 (suppressed or perturbed away).
          expect(jeugdReceived).not.toBe('2');
        }
      },
    );

    it('should write the totals without a breakdown, with the filter in a column', async () => {
      const session = await sut.login('beleid');
      const response = await getWith(
        await tokenOf(session),
        `${family}.csv?soort=klacht&periode=2025-K2&domein=schuldhulp`,
      );
      expect(response.status).toBe(200);
      const csv = await csvText(response);
      const answer = await graphqlOf(session, family, {
        family: 'klacht',
        dateRange: { from: '2025-04-01', to: '2025-06-30' },
        filters: { domain: ['schuldhulp'] },
      });
      const columns = VALUE_COLUMNS[family];
      const expected = graphqlAsCsvRows(answer.totals, columns, false).map(([, ...rest]) => [
        '2025-04-01',
        ...rest,
      ]);
      expect(expected).toHaveLength(1);
      expect(csvAsRows(csv, columns, null)).toEqual(expected);
      expect(parseCsv(csv).rows.map((row) => [row.periode_tot, row.ontvangen, row.filters])).toEqual([
        ['2025-06-30', '15', 'domein=schuldhulp'],
      ]);
    });
  });

  it.each(['beleid', 'raad'] as const)(
    'should answer waiting-time complaints as %s exactly as GraphQL per month and domain, without soort',
    async (role) => {
      const session = await sut.login(role);
      const token = await tokenOf(session);
      const response = await getWith(
        token,
        'waitingTimeComplaints.csv?van=2025-03-01&tot=2025-04-30&indeling=maand&uitsplitsing=domein',
      );
      expect(response.status).toBe(200);
      const csv = await csvText(response);
      const columns = VALUE_COLUMNS.waitingTimeComplaints;
      const fields = `period complete code label ${fieldsOf(columns)
        .map((field) => `${field} { value suppressed }`)
        .join(' ')}`;
      const result = await session.graphql<{ waitingTimeComplaints: FamilyAnswer }>(
        `query ($query: IndicatorQueryInput!) {
          waitingTimeComplaints(query: $query) { disclosureControl rows { ${fields} } }
        }`,
        {
          query: {
            dateRange: { from: '2025-03-01', to: '2025-04-30' },
            granularity: 'MONTH',
            dimension: 'domain',
          },
        },
      );
      expect(result.errors).toBeUndefined();
      const answer = result.data!.waitingTimeComplaints;
      expect(answer.disclosureControl).toBe(role === 'raad');
      const expected = graphqlAsCsvRows(answer.rows, columns, true);
      expect(expected.length).toBeGreaterThanOrEqual(3);
      expect(csvAsRows(csv, columns, 'domein')).toEqual(expected);
      const { rows } = parseCsv(csv);
      expect(rows.map((row) => [row.indicator, row.soort])).toEqual(
        rows.map(() => ['waitingTimeComplaints', 'klacht']),
      );
      if (role === 'beleid') {
        const wmoMarch = rows.find((row) => row.domein_code === 'wmo' && row.periode_van === '2025-03-01');
        expect([wmoMarch?.aantal_klachten, wmoMarch?.klachten_wachttijd]).toEqual(['23', '8']);
      }
      const withSoort = await getWith(token, 'waitingTimeComplaints.csv?soort=klacht&periode=2025');
      expect(withSoort.status).toBe(400);
      expect(await withSoort.text()).toMatch(/^Onbekende parameter: soort/);
    },
  );

  it.each(['beleid', 'raad'] as const)(
    'should write the thermometer as %s exactly as GraphQL answers, a line per domain and indicator',
    async (role) => {
      const session = await sut.login(role);
      const response = await getWith(await tokenOf(session), 'thermometer.csv?periode=2025-K2');
      expect(response.status).toBe(200);
      const { header, rows } = parseCsv(await csvText(response));
      const columns = VALUE_COLUMNS.thermometer;
      expect(header.slice(12, 20)).toEqual(columns.map(([column]) => column));
      const result = await session.graphql<{ thermometer: Thermometer }>(
        `query ($period: String) { thermometer(period: $period) {
          disclosureControl period { quarter start end comparisonQuarter completeness }
          domains { domain label colour indicators { indicator label colour suppressed ${fieldsOf(columns).join(' ')} } }
        } }`,
        { period: '2025-Q2' },
      );
      expect(result.errors).toBeUndefined();
      const { period, domains, disclosureControl } = result.data!.thermometer;
      expect(disclosureControl).toBe(role === 'raad');
      const expected = domains.flatMap((domain) =>
        domain.indicators.map((indicator) => [
          'thermometer',
          period.quarter,
          period.start,
          period.end,
          period.comparisonQuarter,
          period.completeness,
          domain.domain,
          domain.label,
          domain.colour,
          indicator.indicator,
          indicator.label,
          indicator.colour,
          ...columns.map(([, field]) => {
            const value = indicator[field];
            return value === null || value === undefined ? '' : String(value).replace('.', ',');
          }),
          yesNo(indicator.suppressed),
        ]),
      );
      expect(expected.length).toBeGreaterThanOrEqual(6);
      expect(rows.map((row) => header.map((name) => row[name] ?? ''))).toEqual(expected);
      const wmoBase = rows.find((row) => row.domein_code === 'wmo' && row.basis_aantal !== '');
      if (role === 'beleid') expect(wmoBase).toBeDefined();
    },
  );

  it.each(['beleid', 'raad'] as const)(
    'should write both tables of the chain as %s exactly as GraphQL answers',
    async (role) => {
      const session = await sut.login(role);
      const token = await tokenOf(session);
      const params = 'van=2025-03-01&tot=2025-04-30&venster=90';
      const stages = await getWith(token, `chainStages.csv?${params}`);
      const transitions = await getWith(token, `chainTransitions.csv?${params}`);
      expect([stages.status, transitions.status]).toEqual([200, 200]);
      const result = await session.graphql<{ chain: Chain }>(
        `query ($query: ChainQueryInput!) { chain(query: $query) {
          disclosureControl windowDays stages { code label count { value suppressed } }
          transitions { from to label citizens { value suppressed } moved { value suppressed }
            movedPercentage { value suppressed } }
        } }`,
        { query: { dateRange: { from: '2025-03-01', to: '2025-04-30' }, windowDays: 90 } },
      );
      expect(result.errors).toBeUndefined();
      const chain = result.data!.chain;
      expect(chain.disclosureControl).toBe(role === 'raad');
      const cells = (value: Value): string[] => [
        value.value === null ? '' : String(value.value).replace('.', ','),
        yesNo(value.suppressed),
      ];
      const common = (file: string): string[] => [file, '2025-03-01', '2025-04-30', '90'];
      const asLines = (csv: string): string[][] => {
        const { header, rows } = parseCsv(csv);
        return [header, ...rows.map((row) => header.map((name) => row[name] ?? ''))];
      };
      const commonHeader = ['indicator', 'periode_van', 'periode_tot', 'venster_dagen'];
      const expectedStages = chain.stages.map((stage) => [
        ...common('chainStages'),
        stage.code,
        stage.label,
        ...cells(stage.count),
      ]);
      expect(expectedStages.length).toBeGreaterThanOrEqual(3);
      expect(asLines(await csvText(stages))).toEqual([
        [...commonHeader, 'stadium_code', 'stadium', 'aantal_klachten', 'aantal_klachten_onderdrukt'],
        ...expectedStages,
      ]);
      const expectedTransitions = chain.transitions.map((transition) => [
        ...common('chainTransitions'),
        transition.from,
        transition.to,
        transition.label,
        ...cells(transition.citizens),
        ...cells(transition.moved),
        ...cells(transition.movedPercentage),
      ]);
      expect(expectedTransitions.length).toBeGreaterThanOrEqual(1);
      expect(asLines(await csvText(transitions))).toEqual([
        [
          ...commonHeader,
          'van',
          'naar',
          'overgang',
          ...['burgers', 'doorgestroomd', 'percentage_doorgestroomd'].flatMap((name) => [
            name,
            `${name}_onderdrukt`,
          ]),
        ],
        ...expectedTransitions,
      ]);
    },
  );

  it.each(['beleid', 'raad'] as const)(
    'should write provider compliance as %s exactly as GraphQL halfYears, a line per half year',
    async (role) => {
      const session = await sut.login(role);
      const response = await getWith(
        await tokenOf(session),
        'providerCompliance.csv?van=2024-01-01&tot=2024-06-30&gemeente=GM0001',
      );
      expect(response.status).toBe(200);
      const { header, rows } = parseCsv(await csvText(response));
      const columns = VALUE_COLUMNS.providerCompliance;
      expect(header.slice(5)).toEqual(columns.flatMap(([column]) => [column, `${column}_onderdrukt`]));
      const result = await session.graphql<{
        providerCompliance: {
          disclosureControl: boolean;
          halfYears: ({
            periodStart: string;
            periodEnd: string;
            dueOn: string;
            completeness: string;
          } & Record<string, Value>)[];
        };
      }>(
        `query ($query: ProviderComplianceQueryInput!) { providerCompliance(query: $query) {
          disclosureControl halfYears { periodStart periodEnd dueOn completeness
            ${fieldsOf(columns)
              .map((field) => `${field} { value suppressed }`)
              .join(' ')} }
        } }`,
        { query: { dateRange: { from: '2024-01-01', to: '2024-06-30' }, municipality: ['GM0001'] } },
      );
      expect(result.errors).toBeUndefined();
      const { halfYears, disclosureControl } = result.data!.providerCompliance;
      expect(disclosureControl).toBe(role === 'raad');
      const expected = halfYears.map((half) => [
        'providerCompliance',
        half.periodStart,
        half.periodEnd,
        half.dueOn,
        half.completeness,
        ...columns.flatMap(([, field]) => {
          const value = half[field]!;
          return [value.value === null ? '' : String(value.value).replace('.', ','), yesNo(value.suppressed)];
        }),
      ]);
      expect(expected).toHaveLength(1);
      expect(rows.map((row) => header.map((name) => row[name] ?? ''))).toEqual(expected);
      // Two missing reports: exact for policy staff, never 2 for the council.
      if (role === 'beleid') {
        expect([rows[0]?.uiterste_datum, rows[0]?.ontbreekt]).toEqual(['2024-12-01', '2']);
      } else expect(rows[0]?.ontbreekt).not.toBe('2');
      const unknown = await getWith(await tokenOf(session), 'providerCompliance.csv?periode=2024&domein=wmo');
      expect(unknown.status).toBe(400);
      expect(await unknown.text()).toMatch(/^Onbekende parameter: domein/);
    },
  );

  it.each(['beleid', 'raad'] as const)(
    'should write complaints per 1,000 clients as %s exactly as GraphQL, the table uitsplitsing picks',
    async (role) => {
      const session = await sut.login(role);
      const token = await tokenOf(session);
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
      const fields = 'code label clients complaints suppressed ratePer1000 lower upper';
      const result = await session.graphql<{ clientRates: Record<'byDomain' | 'byProvider', Rate[]> }>(
        `query ($input: ClientRatesInput!) { clientRates(input: $input) {
          byDomain { ${fields} } byProvider { ${fields} }
        } }`,
        { input: { year: 2025, municipalityCode: 'GM0001' } },
      );
      expect(result.errors).toBeUndefined();
      for (const [breakdown, table] of [
        ['domein', 'byDomain'],
        ['organisatie', 'byProvider'],
      ] as const) {
        const response = await getWith(
          token,
          `clientRates.csv?periode=2025&uitsplitsing=${breakdown}&gemeente=GM0001`,
        );
        expect(response.status).toBe(200);
        const { header, rows } = parseCsv(await csvText(response));
        expect(header).toEqual([
          'indicator',
          'jaar',
          `${breakdown}_code`,
          breakdown,
          'aantal_clienten',
          'aantal_klachten',
          'aantal_klachten_onderdrukt',
          'per_1000_clienten',
          'ondergrens_95',
          'bovengrens_95',
        ]);
        const text = (value: number | null): string =>
          value === null ? '' : String(value).replace('.', ',');
        const expected = result.data!.clientRates[table].map((rate) => [
          'clientRates',
          '2025',
          rate.code,
          rate.label,
          text(rate.clients),
          text(rate.complaints),
          yesNo(rate.suppressed),
          text(rate.ratePer1000),
          text(rate.lower),
          text(rate.upper),
        ]);
        expect(expected.length).toBeGreaterThanOrEqual(1);
        expect(rows.map((row) => header.map((name) => row[name] ?? ''))).toEqual(expected);
        if (role === 'beleid' && table === 'byDomain') {
          const jeugd = rows.find((row) => row.domein_code === 'jeugd');
          expect([jeugd?.aantal_clienten, jeugd?.aantal_klachten]).toEqual(['2000', '5']);
        }
      }
      const noBreakdown = await getWith(token, 'clientRates.csv?periode=2025');
      expect(noBreakdown.status).toBe(400);
      expect(await noBreakdown.text()).toMatch(/^Geef uitsplitsing: domein of organisatie/);
    },
  );

  it.each(['beleid', 'raad'] as const)(
    'should write the measures for upheld complaints as %s exactly as GraphQL, a line per measure',
    async (role) => {
      const session = await sut.login(role);
      const response = await getWith(
        await tokenOf(session),
        'upheldComplaintMeasures.csv?van=2025-03-01&tot=2025-04-30&gemeente=GM0001',
      );
      expect(response.status).toBe(200);
      const { header, rows } = parseCsv(await csvText(response));
      const result = await session.graphql<{
        upheldComplaintMeasures: {
          disclosureControl: boolean;
          upheld: Value;
          measures: { measure: string; count: Value; share: Value }[];
        };
      }>(
        `query ($query: OutcomesQueryInput!) { upheldComplaintMeasures(query: $query) {
          disclosureControl upheld { value suppressed }
          measures { measure count { value suppressed } share { value suppressed } }
        } }`,
        {
          query: {
            family: 'klacht',
            dateRange: { from: '2025-03-01', to: '2025-04-30' },
            filters: { municipality: ['GM0001'] },
          },
        },
      );
      expect(result.errors).toBeUndefined();
      const answer = result.data!.upheldComplaintMeasures;
      expect(answer.disclosureControl).toBe(role === 'raad');
      const cells = (value: Value): string[] => [
        value.value === null ? '' : String(value.value).replace('.', ','),
        yesNo(value.suppressed),
      ];
      const expected = answer.measures.map((measure) => [
        'upheldComplaintMeasures',
        '2025-03-01',
        '2025-04-30',
        measure.measure,
        ...cells(measure.count),
        ...cells(measure.share),
        ...cells(answer.upheld),
        'gemeente=GM0001',
      ]);
      expect(expected.length).toBeGreaterThanOrEqual(2);
      expect(rows.map((row) => header.map((name) => row[name] ?? ''))).toEqual(expected);
      expect(header).toEqual([
        'indicator',
        'periode_van',
        'periode_tot',
        'maatregel',
        'aantal_klachten',
        'aantal_klachten_onderdrukt',
        'percentage',
        'percentage_onderdrukt',
        'gegronde_klachten',
        'gegronde_klachten_onderdrukt',
        'filters',
      ]);
      if (role === 'beleid') {
        expect(rows.find((row) => row.maatregel === 'excuses')?.aantal_klachten).toBe('8');
      }
    },
  );

  it.each(['beleid', 'raad'] as const)(
    'should write data freshness as %s exactly as GraphQL, a line per source',
    async (role) => {
      const session = await sut.login(role);
      const response = await getWith(await tokenOf(session), 'dataFreshness.csv?gemeente=GM0001');
      expect(response.status).toBe(200);
      const { header, rows } = parseCsv(await csvText(response));
      const result = await session.graphql<{
        dataFreshness: {
          disclosureControl: boolean;
          today: string;
          sources: ({
            organisationCode: string;
            organisationName: string;
            kind: string;
            rows: Value;
            stale: boolean;
          } & Record<string, string | number | null>)[];
        };
      }>(
        `query ($query: FreshnessQueryInput) { dataFreshness(query: $query) {
          disclosureControl today sources { organisationCode organisationName kind rows { value suppressed }
            latestBusinessDate lastImportAt daysSinceLatestData daysSinceLastImport expectedWithinDays stale }
        } }`,
        { query: { municipality: ['GM0001'] } },
      );
      expect(result.errors).toBeUndefined();
      const { sources, today, disclosureControl } = result.data!.dataFreshness;
      expect(disclosureControl).toBe(role === 'raad');
      expect(header).toEqual([
        'indicator',
        'vandaag',
        'bron_code',
        'bron',
        'soort_bron',
        'aantal_rijen',
        'aantal_rijen_onderdrukt',
        'nieuwste_datum',
        'laatste_levering',
        'dagen_sinds_nieuwste_datum',
        'dagen_sinds_levering',
        'verwacht_binnen_dagen',
        'verouderd',
      ]);
      const text = (value: string | number | null | undefined): string =>
        value === null || value === undefined ? '' : String(value);
      const expected = sources.map((source) => [
        'dataFreshness',
        today,
        source.organisationCode,
        source.organisationName,
        source.kind,
        text(source.rows.value),
        yesNo(source.rows.suppressed),
        text(source.latestBusinessDate),
        text(source.lastImportAt),
        text(source.daysSinceLatestData),
        text(source.daysSinceLastImport),
        text(source.expectedWithinDays),
        yesNo(source.stale),
      ]);
      expect(expected.length).toBeGreaterThanOrEqual(1);
      expect(rows.map((row) => header.map((name) => row[name] ?? ''))).toEqual(expected);
      if (role === 'beleid') {
        expect(rows.find((row) => row.bron_code === 'GEM')?.nieuwste_datum).toBe('2025-04-08');
      }
    },
  );

  it('should refuse a missing soort, an unknown parameter or breakdown with a Dutch 400', async () => {
    const token = await tokenOf(await sut.login('beleid'));
    const noFamily = await getWith(token, 'handlingTimes.csv?periode=2025');
    expect(noFamily.status).toBe(400);
    expect(await noFamily.text()).toMatch(/^Geef soort: klacht of bezwaar/);
    const unknown = await getWith(token, 'handlingTimes.csv?soort=klacht&periode=2025&thema=wachttijd');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/Onbekende parameter: thema/);
    const breakdown = await getWith(token, 'handlingTimes.csv?soort=klacht&periode=2025&uitsplitsing=wet');
    expect(breakdown.status).toBe(400);
    expect(await breakdown.text()).toMatch(/uitsplitsing is hier een van: domein, lijn, organisatie/);
    const law = await getWith(token, 'outcomes.csv?soort=klacht&periode=2025&uitsplitsing=wet&thema=geen');
    expect(law.status).toBe(200);
    const month = await getWith(token, 'thermometer.csv?periode=2025-04');
    expect(month.status).toBe(400);
    expect(await month.text()).toMatch(/^periode is hier een kwartaal/);
    const chainFilter = await getWith(token, 'chainStages.csv?periode=2025&lijn=tweede_lijn');
    expect(chainFilter.status).toBe(400);
    expect(await chainFilter.text()).toMatch(/^Onbekende parameter: lijn/);
  });
});
