import { INestApplication } from '@nestjs/common';
import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { createApp } from '../app';
import { hashPassword } from '../auth/auth.service';
import { Role } from '../auth/role';
import { AppConfig } from '../config/app-config';

export interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface TestSession {
  /** The `name=value` pair to send back in a Cookie header. */
  cookie: string;
  /** POST /graphql with this session's cookie. */
  graphql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
}

export interface TestApp {
  app: INestApplication;
  database: TestDatabase;
  baseUrl: string;
  /** POST /graphql over real HTTP without a session; returns the parsed JSON body. */
  graphql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** POST /graphql with extra headers (e.g. a Cookie); returns the raw response. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Logs in as `test-<role>` (created on first use, password TEST_PASSWORD) through the real login mutation. */
  login(role: Role): Promise<TestSession>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'test-wachtwoord-123';

let testPasswordHash: Promise<string> | undefined;

/** Logs in through the real login mutation at `graphqlUrl`; returns the session's `name=value` cookie. */
export async function logInOverHttp(graphqlUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      variables: { u: username, p: password },
    }),
  });
  const setCookie = response.headers.get('set-cookie');
  if (!response.ok || !setCookie) throw new Error(`login as ${username} failed: ${await response.text()}`);
  return setCookie.split(';')[0]!;
}

/** The real API on a random port against a fresh, migrated database. */
export async function createTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await createApp({
    port: 0,
    host: '127.0.0.1',
    databaseUrl: database.url,
    production: false,
    webDist: undefined,
    version: 'test',
    ...overrides,
  });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const post = (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const graphqlWith =
    (headers: Record<string, string>) =>
    async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> =>
      (await (await post({ query, variables }, headers)).json()) as GraphQLResult<T>;

  return {
    app,
    database,
    baseUrl,
    post,
    graphql: graphqlWith({}),
    login: async (role) => {
      testPasswordHash ??= hashPassword(TEST_PASSWORD);
      const username = `test-${role}`;
      await database.pool.query(
        `INSERT INTO app_user (username, display_name, password_hash, role) VALUES ($1, $2, $3, $4)
         ON CONFLICT (username) DO NOTHING`,
        [username, `Test ${role}`, await testPasswordHash, role],
      );
      const cookie = await logInOverHttp(`${baseUrl}/graphql`, username, TEST_PASSWORD);
      return { cookie, graphql: graphqlWith({ cookie }) };
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
