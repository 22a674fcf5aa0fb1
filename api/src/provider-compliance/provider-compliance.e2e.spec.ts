import { seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { createTestApp, TestApp } from '../testing/createTestApp';

const COMPLIANCE = `query ($query: ProviderComplianceQueryInput!) {
  providerCompliance(query: $query) {
    disclosureControl
    halfYears { periodStart dueOn required { value suppressed } missing { value suppressed } }
    providers { organisationCode status }
  }
}`;

interface ComplianceData {
  providerCompliance: {
    halfYears: { dueOn: string; missing: { value: number | null; suppressed: boolean } }[];
    providers: { organisationCode: string; status: string }[];
  };
}

describe('providerCompliance (GraphQL)', () => {
  let sut: TestApp;
  const variables = { query: { dateRange: { from: '2024-01-01', to: '2024-06-30' } } };

  beforeAll(async () => {
    sut = await createTestApp();
    await seedIndicatorBasics(sut.database.pool);
    await sut.database.pool.query(
      `INSERT INTO contract (municipality_code, organisation_id, domain_code, starts_on)
       SELECT 'GM0001', id, 'wmo', '2023-01-01' FROM organisation WHERE kind = 'aanbieder'`,
    );
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should refuse an anonymous caller', async () => {
    expect((await sut.graphql(COMPLIANCE, variables)).errors?.length).toBeGreaterThan(0);
  });

  it('should never show the council the two missing reports, and show providers to policy staff', async () => {
    const raad = await (await sut.login('raad')).graphql<ComplianceData>(COMPLIANCE, variables);
    expect(raad.errors).toBeUndefined();
    // Two missing reports are published as 0 or 5 (ptable row 2), never as 2.
    expect([0, 5]).toContain(raad.data?.providerCompliance.halfYears[0]?.missing.value);
    expect(raad.data?.providerCompliance.providers).toEqual([]);
    const beleid = await (await sut.login('beleid')).graphql<ComplianceData>(COMPLIANCE, variables);
    expect(beleid.data?.providerCompliance.halfYears[0]).toMatchObject({
      dueOn: '2024-12-01',
      missing: { value: 2, suppressed: false },
    });
    expect(beleid.data?.providerCompliance.providers).toEqual([
      { organisationCode: 'ZORG-A', status: 'ontbreekt' },
      { organisationCode: 'ZORG-B', status: 'ontbreekt' },
    ]);
  });
});
