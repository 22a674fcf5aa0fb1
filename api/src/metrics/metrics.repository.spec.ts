import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { DataSource } from 'typeorm';
import { CASE_MONTH_REGION_ROLLUPS, CASE_MONTH_ROLLUPS, DIMENSIONS, DimensionName } from './catalog';
import {
  AggregateQuery,
  AggregateRow,
  chooseSource,
  DAILY_SOURCE,
  MetricsRepository,
} from './metrics.repository';

function aggregate(overrides: Partial<AggregateQuery>): AggregateQuery {
  return {
    from: '2025-01-01',
    to: '2025-12-31',
    granularity: 'MONTH',
    dimensions: [],
    filters: {},
    ...overrides,
  };
}

describe(MetricsRepository.name, () => {
  describe(chooseSource.name, () => {
    it('should pick the smallest monthly rollup that holds every used column, for whole months', () => {
      const oneMunicipality = { municipality: ['GM0001'] };
      expect(chooseSource(aggregate({ dimensions: ['domain'], filters: oneMunicipality }))).toEqual({
        relation: 'case_month_domain',
      });
      // Over every municipality: the region twin (a municipality filter is no column of it).
      expect(chooseSource(aggregate({ dimensions: ['domain'] }))).toEqual({
        relation: 'case_month_domain_region',
      });
      expect(chooseSource(aggregate({ granularity: null, from: '2024-02-01', to: '2024-02-29' }))).toEqual({
        relation: 'case_month_domain_region',
      });
      expect(chooseSource(aggregate({ dimensions: ['theme', 'outcome'] }))).toEqual({
        relation: 'case_month_theme_outcome_region',
      });
      // Requested and filtered dimensions together; the municipality is free.
      expect(
        chooseSource(
          aggregate({
            granularity: 'QUARTER',
            dimensions: ['outcome', 'theme'],
            filters: { domain: ['wmo'], municipality: ['GM0001'] },
          }),
        ),
      ).toEqual({ relation: 'case_month_outcome' });
      // A theme alone: the smallest rollup with a theme, summed over complainant types.
      expect(chooseSource(aggregate({ dimensions: ['theme'] }))).toEqual({
        relation: 'case_month_theme_complainant',
      });
      // A subtheme is the theme_id column too; kind x line is a pair of the smallest rollup.
      expect(
        chooseSource(
          aggregate({ dimensions: ['subtheme'], filters: { kind: ['klacht'], ...oneMunicipality } }),
        ),
      ).toEqual({ relation: 'case_month_theme' });
      expect(chooseSource(aggregate({ dimensions: ['kind', 'line'], filters: oneMunicipality }))).toEqual({
        relation: 'case_month_domain',
      });
      expect(
        chooseSource(aggregate({ dimensions: ['sourceOrganisation'], filters: { line: ['x'] } })),
      ).toEqual({
        relation: 'case_month_organisation',
      });
      for (const granularity of ['HALF_YEAR', 'YEAR'] as const) {
        expect(chooseSource(aggregate({ granularity, dimensions: ['channel'] })).relation).toBe(
          'case_month_theme_channel',
        );
      }
    });

    it('should fall back to the facts otherwise', () => {
      const daily = (overrides: Partial<AggregateQuery>): void =>
        expect(chooseSource(aggregate(overrides))).toEqual(DAILY_SOURCE);
      daily({ granularity: 'WEEK' });
      daily({ from: '2025-01-02' });
      daily({ to: '2025-12-30' });
      daily({ granularity: null, from: '2025-02-01', to: '2025-02-27' });
      // Columns that no rollup holds together.
      daily({ dimensions: ['domain'], filters: { channel: ['email'] } });
      daily({ dimensions: ['kind', 'outcome'] });
      daily({ dimensions: ['channel', 'neighbourhood'] });
      // A null filter is no filter; an empty list is one.
      expect(chooseSource(aggregate({ filters: { theme: null } })).relation).toBe('case_month_domain_region');
      daily({ dimensions: ['domain', 'kind'], filters: { outcome: [] } });
    });
  });

  describe('against PostgreSQL', () => {
    let database: TestDatabase;
    let dataSource: DataSource;
    let sut: MetricsRepository;

    /** Deterministic cases spread over every dimension, both municipalities and two years. */
    async function insertCases(first: number, last: number): Promise<void> {
      await database.pool.query(
        `WITH ref AS (
           SELECT (SELECT array_agg(id ORDER BY id) FROM theme) AS themes,
                  (SELECT array_agg(id ORDER BY code) FROM organisation) AS orgs,
                  (SELECT array_agg(id ORDER BY municipality_code) FROM import) AS imports
         )
         INSERT INTO case_record (municipality_code, source_organisation_id, subject_organisation_id, external_id,
           kind, domain_code, theme_id, channel, complainant_type, line, received_on, closed_on, outcome,
           neighbourhood_code, import_id)
         SELECT CASE WHEN n % 3 = 0 THEN 'GM0002' ELSE 'GM0001' END,
                ref.orgs[1 + n % 3 % 2],
                CASE WHEN n % 4 = 0 THEN NULL ELSE ref.orgs[1 + n % cardinality(ref.orgs)] END,
                'r' || n,
                (ARRAY['klacht', 'signaal', 'melding', 'hulpvraag'])[1 + n % 4],
                (ARRAY['wmo', 'jeugd', 'werk_inkomen', 'schuldhulp', 'inburgering', 'overig'])[1 + n % 6],
                CASE WHEN n % 7 = 0 THEN NULL ELSE ref.themes[1 + (n * 7) % cardinality(ref.themes)] END,
                (ARRAY['telefoon', 'email', 'webformulier', 'balie'])[1 + n % 5 % 4],
                (ARRAY['inwoner', 'mantelzorger', 'professional'])[1 + n % 3],
                (ARRAY['eerste_lijn_aanbieder', 'eerste_lijn_gemeente', 'tweede_lijn'])[1 + n % 11 % 3],
                date '2024-01-01' + (n * 37) % 731,
                CASE WHEN n % 5 <> 0 THEN date '2024-01-01' + (n * 37) % 731 + n % 20 END,
                CASE WHEN n % 5 = 0 THEN 'lopend'
                     ELSE (ARRAY['gegrond', 'ongegrond', 'opgelost', 'onbekend'])[1 + n % 13 % 4] END,
                CASE WHEN n % 9 = 0 THEN NULL ELSE 'BU000' || (n % 4) END,
                ref.imports[CASE WHEN n % 3 = 0 THEN 2 ELSE 1 END]
           FROM generate_series($1::integer, $2::integer) AS n CROSS JOIN ref`,
        [first, last],
      );
    }

    beforeAll(async () => {
      database = await createTestDatabase();
      const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
        database.pool.query(text, params);
      await sql(
        `INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad'), ('GM0002', 'Klachtdorp')`,
      );
      for (const code of ['GM0001', 'GM0002']) {
        await sql(
          `INSERT INTO organisation (code, name, kind, municipality_code) VALUES ($1, $2, 'gemeente', $3)`,
          [`ORG-${code}`, `Gemeente ${code}`, code],
        );
        await sql(
          `INSERT INTO import (municipality_code, file_name, sha256, profile, status)
           VALUES ($1, 'test.csv', $2, 'test', 'succeeded')`,
          [code, code === 'GM0001' ? 'a'.repeat(64) : 'b'.repeat(64)],
        );
      }
      await sql(`INSERT INTO organisation (code, name, kind) VALUES ('ZORG-A', 'Zorg A', 'aanbieder'),
                 ('ZORG-B', 'Zorg B', 'aanbieder'), ('OMB', 'Ombudsman', 'ombudsman')`);
      if (Number((await database.pool.query('SELECT count(*) AS n FROM theme')).rows[0].n) === 0) {
        await sql(
          `INSERT INTO theme (code, label, level) VALUES ('t1', 'T1', 'thema'), ('t2', 'T2', 'thema')`,
        );
      }
      await insertCases(1, 3000);
      await sql('SELECT * FROM refresh_rollups()');

      dataSource = new DataSource({ type: 'postgres', url: database.url });
      await dataSource.initialize();
      sut = new MetricsRepository(dataSource);
    });

    afterAll(async () => {
      await dataSource?.destroy();
      await database?.drop();
    });

    it('should list the rollups of the catalog, with their columns, in the SQL that writes them', async () => {
      const { rows } = await database.pool.query<{ rollup_name: string; columns: string[] }>(
        'SELECT rollup_name, columns FROM case_month_rollups()',
      );
      // The last one serves the coverage of the sources (source_month_coverage), not the navigator.
      expect(rows.at(-1)?.rollup_name).toBe('case_month_source_import');
      expect(rows.slice(0, -1)).toEqual(
        Object.entries(CASE_MONTH_ROLLUPS).map(([rollup, dimensions]) => ({
          rollup_name: rollup,
          columns: dimensions.map((name: DimensionName) => DIMENSIONS[name].column),
        })),
      );
      for (const { rollup_name: rollup, columns } of rows) {
        const table = await database.pool.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
          [rollup],
        );
        expect(table.rows.map((row) => row.column_name)).toEqual([
          'municipality_code',
          'month',
          ...columns,
          'case_count',
          'closed_count',
          'case_key_sum',
          'closed_key_sum',
        ]);
      }
    });

    it("should list the region twins of the catalog in the SQL that writes them, with their twins' columns", async () => {
      const { rows } = await database.pool.query<{ rollup_name: string; twin_name: string }>(
        'SELECT rollup_name, twin_name FROM case_month_region_rollups()',
      );
      expect(rows).toEqual(
        Object.entries(CASE_MONTH_REGION_ROLLUPS).map(([twin, region]) => ({
          rollup_name: region,
          twin_name: twin,
        })),
      );
      const columnsOf = async (table: string): Promise<string[]> =>
        (
          await database.pool.query<{ column_name: string }>(
            `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
            [table],
          )
        ).rows.map((row) => row.column_name);
      for (const { rollup_name: region, twin_name: twin } of rows) {
        expect(await columnsOf(region)).toEqual(
          (await columnsOf(twin)).filter((column) => column !== 'municipality_code'),
        );
      }
    });

    const representative: [string, Partial<AggregateQuery>][] = [
      ['totals per month', {}],
      ['totals without granularity', { granularity: null, from: '2024-03-01', to: '2025-02-28' }],
      ['month x domain, one municipality', { dimensions: ['domain'], filters: { municipality: ['GM0001'] } }],
      ['quarter x theme', { granularity: 'QUARTER', dimensions: ['theme'] }],
      ['half year x neighbourhood', { granularity: 'HALF_YEAR', dimensions: ['neighbourhood'] }],
      ['year x subject organisation', { granularity: 'YEAR', dimensions: ['subjectOrganisation'] }],
      ['theme x outcome', { granularity: null, dimensions: ['theme', 'outcome'] }],
      [
        'theme x outcome filtered on domain',
        { dimensions: ['theme', 'outcome'], filters: { domain: ['wmo'] } },
      ],
      ['domain filtered on theme "geen"', { dimensions: ['domain'], filters: { theme: ['geen'] } }],
      ['outcome x domain', { granularity: 'QUARTER', dimensions: ['outcome', 'domain'] }],
      ['domain x kind', { dimensions: ['domain', 'kind'] }],
      ['theme x channel', { granularity: 'YEAR', dimensions: ['theme', 'channel'] }],
      ['theme x complainant type', { granularity: null, dimensions: ['complainantType', 'theme'] }],
      ['source organisation', { dimensions: ['sourceOrganisation'] }],
      ['line', { granularity: null, dimensions: ['line'] }],
      ['kind filtered', { granularity: 'QUARTER', filters: { kind: ['klacht', 'melding'] } }],
      ['channel', { dimensions: ['channel'], filters: { municipality: ['GM0002'] } }],
      ['outcome', { granularity: 'YEAR', from: '2024-01-01', dimensions: ['outcome'] }],
      ['complainant type', { granularity: null, dimensions: ['complainantType'] }],
      ['subject organisation filtered', { filters: { subjectOrganisation: ['onbekend', 'ZORG-A'] } }],
      ['theme x subject organisation', { granularity: 'YEAR', dimensions: ['theme', 'subjectOrganisation'] }],
      ['theme x neighbourhood', { granularity: null, dimensions: ['neighbourhood', 'theme'] }],
      ['kind x line', { granularity: 'QUARTER', dimensions: ['kind', 'line'] }],
      ['subtheme of complaints', { dimensions: ['subtheme'], filters: { kind: ['klacht'] } }],
      ['domain x kind x theme', { granularity: null, dimensions: ['domain', 'kind', 'theme'] }],
      ['source organisation by line', { dimensions: ['sourceOrganisation', 'line'] }],
      [
        'domain x subject organisation',
        { granularity: 'HALF_YEAR', dimensions: ['domain', 'subjectOrganisation'] },
      ],
    ];

    it.each(representative)(
      'should give the same rows from a rollup and the facts: %s',
      async (_, overrides) => {
        const query = aggregate(overrides);
        expect(chooseSource(query).relation).not.toBe(DAILY_SOURCE.relation);
        const monthly = await sut.aggregate(query);
        const daily = await sut.aggregate(query, DAILY_SOURCE);
        expect(monthly.length).toBeGreaterThan(0);
        expect(monthly).toEqual(daily);
      },
    );

    it('should match a GROUP BY on case_record after a refresh', async () => {
      await insertCases(3001, 3500);
      await database.pool.query(`UPDATE case_record SET outcome = 'gegrond' WHERE id % 17 = 0`);
      await database.pool.query(`DELETE FROM case_record WHERE id % 23 = 0`);
      await database.pool.query('SELECT * FROM refresh_rollups()');
      const query = aggregate({ granularity: 'QUARTER', dimensions: ['domain', 'outcome'] });
      const monthly = await sut.aggregate(query);
      expect(monthly).toEqual(await sut.aggregate(query, DAILY_SOURCE));
      const { rows } = await database.pool.query<
        { period: string; domain: string; outcome: string } & Counts
      >(
        `SELECT to_char(date_trunc('quarter', received_on), 'YYYY-MM-DD') AS period, domain_code AS domain, outcome,
                count(*)::integer AS case_count, count(closed_on)::integer AS closed_count
           FROM case_record WHERE received_on BETWEEN '2025-01-01' AND '2025-12-31'
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      );
      const key = (row: AggregateRow): string => [row.period, ...row.codes].join('/');
      expect(
        Object.fromEntries(monthly.map((row) => [key(row), [row.counts.caseCount, row.counts.closedCount]])),
      ).toEqual(
        Object.fromEntries(
          rows.map((row) => [
            [row.period, row.domain, row.outcome].join('/'),
            [row.case_count, row.closed_count],
          ]),
        ),
      );
    });

    it('should give no rows from either rollup when nothing matches', async () => {
      for (const granularity of [null, 'MONTH'] as const) {
        const query = aggregate({ granularity, from: '2030-01-01', to: '2030-12-31' });
        expect(await sut.aggregate(query)).toEqual([]);
        expect(await sut.aggregate(query, DAILY_SOURCE)).toEqual([]);
      }
    });

    it('should read the monthly rollup for a whole-month query', async () => {
      const query = aggregate({ dimensions: ['domain'] satisfies DimensionName[] });
      const spy = jest.spyOn(dataSource, 'query');
      await sut.aggregate({ ...query, filters: { municipality: ['GM0001'] } });
      expect(spy.mock.calls[0]?.[0]).toContain('FROM case_month_domain d');
      await sut.aggregate({ ...query, granularity: 'WEEK' });
      expect(spy.mock.calls[1]?.[0]).toContain('FROM case_record_daily d');
      await sut.aggregate(query);
      expect(spy.mock.calls[2]?.[0]).toContain('FROM case_month_domain_region d');
      spy.mockRestore();
    });
  });
});

interface Counts {
  case_count: number;
  closed_count: number;
}
