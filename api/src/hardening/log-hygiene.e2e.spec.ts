import { Logger } from '@nestjs/common';
import { createTestApp, TestApp } from '../testing/createTestApp';

const METRICS = `query ($query: MetricsQueryInput!) { metrics(query: $query) { disclosureControl } }`;
const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`;

describe('log hygiene', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp({ production: true });
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should not log wrong input of users as errors with stack traces', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error');
    const staticErrors = jest.spyOn(Logger, 'error');
    const beheer = await sut.login('beheer');
    const bad = await beheer.graphql(METRICS, {
      query: { measures: ['caseCount'], dateRange: { from: '2025-12-31', to: '2025-01-01' } },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const audit = await beheer.graphql('{ auditLog(limit: 0) { id } }');
    expect(audit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrong = await sut.graphql(LOGIN, { u: 'test-beheer', p: 'niet-goed-genoeg' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forbidden = await (await sut.login('raad')).graphql('{ auditLog { id } }');
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect([...errors.mock.calls, ...staticErrors.mock.calls]).toEqual([]);
    errors.mockRestore();
    staticErrors.mockRestore();
  });
});
