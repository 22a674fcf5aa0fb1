import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, Role } from '../auth/role';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { ProviderComplianceRepository } from './provider-compliance.repository';
import { complianceOf, ProviderComplianceService } from './provider-compliance.service';

const TODAY = '2025-07-15';
const viewer = (role: Role): AuthenticatedUser => ({
  id: 1,
  username: role,
  displayName: role,
  role,
  municipalityCode: 'GM0001',
});

describe(ProviderComplianceService.name, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let sut: ProviderComplianceService;

  beforeAll(async () => {
    database = await createTestDatabase();
    const sql = (text: string, params: unknown[] = []): Promise<unknown> => database.pool.query(text, params);
    await seedIndicatorBasics(database.pool);
    await sql(`INSERT INTO organisation (code, name, kind) VALUES ('ZORG-C', 'Zorg C', 'aanbieder')`);
    const contract = `INSERT INTO contract (municipality_code, organisation_id, domain_code, starts_on, ends_on,
                        half_year_report_required)
                      VALUES ('GM0001', (SELECT id FROM organisation WHERE code = $1), $2, $3, $4, $5)`;
    await sql(contract, ['ZORG-A', 'wmo', '2024-01-01', null, true]);
    await sql(contract, ['ZORG-A', 'jeugd', '2024-01-01', null, true]);
    await sql(contract, ['ZORG-B', 'jeugd', '2024-01-01', '2024-12-31', true]);
    await sql(contract, ['ZORG-C', 'wmo', '2024-01-01', null, false]);
    const report = `INSERT INTO provider_report (municipality_code, provider_organisation_id, period_start, period_end,
                      due_on, submitted_on, import_id)
                    VALUES ('GM0001', (SELECT id FROM organisation WHERE code = $1), $2, $3, $4, $5,
                      (SELECT min(id) FROM import))`;
    await sql(report, ['ZORG-A', '2024-01-01', '2024-06-30', '2024-07-01', '2024-06-28']);
    await sql(report, ['ZORG-A', '2024-07-01', '2024-12-31', '2024-12-01', '2024-12-11']);
    await sql(report, ['ZORG-B', '2024-07-01', '2024-12-31', '2024-12-01', null]);
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    sut = new ProviderComplianceService(
      new ProviderComplianceRepository(dataSource),
      DEFAULT_DISCLOSURE_POLICY,
      {
        today: () => TODAY,
      },
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('should count a report submitted on the due date as on time', () => {
    expect(complianceOf({ dueOn: '2024-12-01', submittedOn: '2024-12-01' }, TODAY)).toEqual({
      dueOn: '2024-12-01',
      status: 'op_tijd',
      daysLate: null,
    });
    expect(complianceOf({ dueOn: '2026-07-01', submittedOn: null }, TODAY).status).toBe(
      'nog_niet_verschuldigd',
    );
  });

  it('should take the due dates from the reporting calendar: the deadline after the half year ends', async () => {
    // In December the second half year is still running: its report is not due (before: 1 December
    // had passed, so every provider showed as missing).
    const december = new ProviderComplianceService(
      new ProviderComplianceRepository(dataSource),
      DEFAULT_DISCLOSURE_POLICY,
      { today: () => '2025-12-05' },
    );
    const result = await december.compliance(
      { dateRange: { from: '2025-07-01', to: '2025-12-31' } },
      viewer('beleid'),
    );
    expect(result.halfYears.map((half) => [half.dueOn, half.missing.value, half.notYetDue.value])).toEqual([
      ['2026-07-01', 0, 1],
    ]);
    expect(result.providers.map((row) => [row.organisationCode, row.dueOn, row.status])).toEqual([
      ['ZORG-A', '2026-07-01', 'nog_niet_verschuldigd'],
    ]);
  });

  it("should follow a municipality's own calendar", async () => {
    await database.pool.query(
      `INSERT INTO reporting_calendar (municipality_code, deadlines, basis) VALUES ('GM0001', '{03-01,09-01}', 'test')`,
    );
    try {
      const result = await sut.compliance(
        { dateRange: { from: '2024-01-01', to: '2024-12-31' } },
        viewer('beleid'),
      );
      expect(result.halfYears.map((half) => half.dueOn)).toEqual(['2024-09-01', '2025-03-01']);
    } finally {
      await database.pool.query(`DELETE FROM reporting_calendar WHERE municipality_code = 'GM0001'`);
    }
  });

  it('should classify every required report as on time, late, missing or not yet due', async () => {
    const result = await sut.compliance(
      { dateRange: { from: '2024-01-01', to: '2025-12-31' } },
      viewer('beleid'),
    );
    expect(
      result.providers.map((row) => [row.periodStart, row.organisationCode, row.status, row.daysLate]),
    ).toEqual([
      ['2024-01-01', 'ZORG-A', 'op_tijd', null],
      ['2024-01-01', 'ZORG-B', 'ontbreekt', null],
      ['2024-07-01', 'ZORG-A', 'te_laat', 10],
      ['2024-07-01', 'ZORG-B', 'ontbreekt', null],
      ['2025-01-01', 'ZORG-A', 'nog_niet_verschuldigd', null],
      ['2025-07-01', 'ZORG-A', 'nog_niet_verschuldigd', null],
    ]);
    expect(
      result.halfYears.map((half) => [
        half.periodStart,
        half.dueOn,
        half.required.value,
        half.onTime.value,
        half.late.value,
        half.missing.value,
        half.notYetDue.value,
        half.onTimePercentage.value,
      ]),
    ).toEqual([
      ['2024-01-01', '2024-12-01', 2, 1, 0, 1, 0, 50],
      ['2024-07-01', '2025-07-01', 2, 0, 1, 1, 0, 0],
      ['2025-01-01', '2025-12-01', 1, 0, 0, 0, 1, null],
      ['2025-07-01', '2026-07-01', 1, 0, 0, 0, 1, null],
    ]);
  });

  it('should mark each half year definitief, voorlopig or nog niet geleverd (a half year still running)', async () => {
    const result = await sut.compliance(
      { dateRange: { from: '2024-01-01', to: '2025-12-31' } },
      viewer('beleid'),
    );
    expect(result.halfYears.map((half) => [half.periodStart, half.completeness])).toEqual([
      // ZORG-A delivered, ZORG-B's report is missing: the figures are not complete.
      ['2024-01-01', 'voorlopig'],
      ['2024-07-01', 'voorlopig'],
      // Not due yet (the half year still runs or has just ended): nothing delivered, not "0 reports".
      ['2025-01-01', 'nog_niet_geleverd'],
      ['2025-07-01', 'nog_niet_geleverd'],
    ]);
  });

  it('should call a half year definitief once every required report is in', async () => {
    const result = await sut.compliance(
      { dateRange: { from: '2023-07-01', to: '2023-12-31' } },
      viewer('beleid'),
    );
    // No contract required a report then: nothing is outstanding.
    expect(result.halfYears.map((half) => [half.required.value, half.completeness])).toEqual([
      [0, 'definitief'],
    ]);
    const full = await sut.compliance(
      { dateRange: { from: '2024-01-01', to: '2024-06-30' } },
      viewer('beleid'),
    );
    expect(full.halfYears[0]?.completeness).toBe('voorlopig');
  });

  it('should perturb the small counts and leave out the provider list for the council', async () => {
    const result = await sut.compliance(
      { dateRange: { from: '2024-01-01', to: '2024-06-30' } },
      viewer('raad'),
    );
    expect(result.disclosureControl).toBe(true);
    expect(result.providers).toEqual([]);
    // A small count is published as 0 or 5, never as itself; the percentage is derived from the
    // published on-time and due counts (both 0 or 5 here), so it is 0, 100 or not defined.
    const half = result.halfYears[0];
    expect([0, 5]).toContain(half?.onTime.value);
    expect([0, 100, null]).toContain(half?.onTimePercentage.value);
  });
});
