import { createTestApp, TestApp } from '../testing/createTestApp';

const NORMS = `{ norms { code termDays committeeTermDays status computable extension { maxDays } } }`;

interface NormsData {
  norms: { code: string; termDays: number; committeeTermDays: number | null; status: string }[];
}

describe('norms (GraphQL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should refuse an anonymous caller', async () => {
    const result = await sut.graphql(NORMS);
    expect(result.errors?.length).toBeGreaterThan(0);
  });

  it('should list the norms for the council and for policy staff alike', async () => {
    for (const role of ['raad', 'beleid'] as const) {
      const result = await (await sut.login(role)).graphql<NormsData>(NORMS);
      expect(result.errors).toBeUndefined();
      expect(result.data?.norms.find((norm) => norm.code === 'awb_9_11')).toMatchObject({
        termDays: 42,
        committeeTermDays: 70,
        status: 'wettelijk',
      });
    }
  });
});
