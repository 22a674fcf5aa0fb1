import { hashPassword } from '../auth/auth.service';
import { Role } from '../auth/role';
import {
  createTestApp,
  GraphQLResult,
  logInOverHttp,
  TEST_PASSWORD,
  TestApp,
  TestSession,
} from '../testing/createTestApp';

const VIEW_FIELDS = 'id name path search shared ownerDisplayName createdAt updatedAt';
const CREATE = `mutation ($input: CreateSavedViewInput!) { createSavedView(input: $input) { ${VIEW_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateSavedViewInput!) { updateSavedView(input: $input) { ${VIEW_FIELDS} } }`;
const DELETE = 'mutation ($id: Int!) { deleteSavedView(id: $id) }';
const LIST = `query { savedViews { own { ${VIEW_FIELDS} } sharedWithMe { ${VIEW_FIELDS} } } }`;
const IMPORT = 'mutation ($views: [CreateSavedViewInput!]!) { importSavedViews(views: $views) }';

interface View {
  id: number;
  name: string;
  path: string;
  search: string;
  shared: boolean;
  ownerDisplayName: string;
  createdAt: string;
  updatedAt: string;
}
interface Lists {
  own: View[];
  sharedWithMe: View[];
}

/**
 * Saved views over real HTTP and PostgreSQL (docs/saved-views.md): the owner's CRUD, sharing with
 * colleagues of the same role and municipality only, colleagues read but never change, all audited.
 */
describe('saved views (GraphQL)', () => {
  let sut: TestApp;
  const sessions = new Map<string, TestSession>();

  /** A local user with TEST_PASSWORD, logged in over HTTP. */
  const user = async (
    username: string,
    role: Role,
    municipalityCode: string | null,
  ): Promise<TestSession> => {
    await sut.database.pool.query(
      `INSERT INTO app_user (username, display_name, password_hash, role, municipality_code)
       VALUES ($1, $2, $3, $4, $5)`,
      [username, `Naam ${username}`, await hashPassword(TEST_PASSWORD), role, municipalityCode],
    );
    const cookie = await logInOverHttp(`${sut.baseUrl}/graphql`, username, TEST_PASSWORD);
    const session: TestSession = {
      cookie,
      graphql: async <T>(query: string, variables?: Record<string, unknown>) =>
        (await (await sut.post({ query, variables }, { cookie })).json()) as GraphQLResult<T>,
    };
    sessions.set(username, session);
    return session;
  };
  const as = (username: string): TestSession => sessions.get(username)!;
  const create = async (username: string, input: Record<string, unknown>): Promise<View> => {
    const result = await as(username).graphql<{ createSavedView: View }>(CREATE, { input });
    expect(result.errors).toBeUndefined();
    return result.data!.createSavedView;
  };
  const lists = async (username: string): Promise<Lists> => {
    const result = await as(username).graphql<{ savedViews: Lists }>(LIST);
    expect(result.errors).toBeUndefined();
    return result.data!.savedViews;
  };
  const auditActions = async (username: string): Promise<string[]> => {
    const { rows } = await sut.database.pool.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE username = $1 AND action LIKE 'saved_view.%' ORDER BY id`,
      [username],
    );
    return rows.map((row) => row.action);
  };

  beforeAll(async () => {
    sut = await createTestApp();
    await sut.database.pool.query(
      `INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad'), ('GM0002', 'Anderstad')`,
    );
    await user('anna', 'beleid', 'GM0001');
    await user('bram', 'beleid', 'GM0001'); // Anna's colleague
    await user('cees', 'raad', 'GM0001'); // same municipality, other role
    await user('dirk', 'beleid', 'GM0002'); // same role, other municipality
    await user('eva', 'beleid', null); // same role, every municipality: not Anna's municipality
  }, 120_000);

  afterAll(async () => {
    await sut?.close();
  });

  it('should create, list, rename, update and delete own views, audited', async () => {
    const view = await create('anna', {
      name: '  Jeugd 2025  ',
      path: '/themas',
      search: '?van=2025-01-01&tot=2025-12-31&domein=jeugd',
    });
    expect(view).toMatchObject({
      name: 'Jeugd 2025',
      path: '/themas',
      search: '?van=2025-01-01&tot=2025-12-31&domein=jeugd',
      shared: false,
      ownerDisplayName: 'Naam anna',
    });
    expect((await lists('anna')).own.map((v) => v.name)).toEqual(['Jeugd 2025']);

    const renamed = await as('anna').graphql<{ updateSavedView: View }>(UPDATE, {
      input: { id: view.id, name: 'Jeugd heel 2025' },
    });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.updateSavedView).toMatchObject({ name: 'Jeugd heel 2025', search: view.search });

    const moved = await as('anna').graphql<{ updateSavedView: View }>(UPDATE, {
      input: { id: view.id, path: '/wachttijden', search: '?domein=wmo' },
    });
    expect(moved.data?.updateSavedView).toMatchObject({
      name: 'Jeugd heel 2025',
      path: '/wachttijden',
      search: '?domein=wmo',
    });
    expect(new Date(moved.data!.updateSavedView.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(view.createdAt).getTime(),
    );

    const deleted = await as('anna').graphql<{ deleteSavedView: boolean }>(DELETE, { id: view.id });
    expect(deleted.data?.deleteSavedView).toBe(true);
    expect((await lists('anna')).own).toEqual([]);
    expect(await auditActions('anna')).toEqual([
      'saved_view.create',
      'saved_view.update',
      'saved_view.update',
      'saved_view.delete',
    ]);
  });

  it('should refuse a duplicate name, an empty name and a page outside Leerlus', async () => {
    await create('anna', { name: 'Wmo', path: '/themas', search: '?domein=wmo' });
    for (const input of [
      { name: 'Wmo', path: '/keten', search: '' },
      { name: '   ', path: '/keten', search: '' },
      { name: 'Elders', path: '//example.org/themas', search: '' },
      { name: 'Elders', path: 'https://example.org/', search: '' },
      { name: 'Hekje', path: '/themas', search: '?domein=wmo#x' },
    ]) {
      const result = await as('anna').graphql(CREATE, { input });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await lists('anna')).own.map((v) => v.name)).toEqual(['Wmo']);
  });

  it('should show a shared view to a colleague of the same role and municipality only', async () => {
    const view = await create('anna', {
      name: 'Wachttijd jeugd',
      path: '/themas',
      search: '?domein=jeugd&van=2025-01-01',
    });
    const unshared = await lists('bram');
    expect(unshared.sharedWithMe.map((v) => v.id)).not.toContain(view.id);

    const shared = await as('anna').graphql<{ updateSavedView: View }>(UPDATE, {
      input: { id: view.id, shared: true },
    });
    expect(shared.data?.updateSavedView.shared).toBe(true);

    const seen = (await lists('bram')).sharedWithMe;
    expect(seen).toEqual([expect.objectContaining({ id: view.id, ownerDisplayName: 'Naam anna' })]);
    expect(seen[0]).toMatchObject({ path: '/themas', search: '?domein=jeugd&van=2025-01-01' });
    expect((await lists('bram')).own).toEqual([]);
    // The owner sees it in her own list, not as shared with her.
    expect((await lists('anna')).sharedWithMe).toEqual([]);
    for (const outsider of ['cees', 'dirk', 'eva']) {
      expect((await lists(outsider)).sharedWithMe).toEqual([]);
    }

    // A deactivated owner shares nothing.
    await sut.database.pool.query(`UPDATE app_user SET active = false WHERE username = 'anna'`);
    expect((await lists('bram')).sharedWithMe).toEqual([]);
    await sut.database.pool.query(`UPDATE app_user SET active = true WHERE username = 'anna'`);
  });

  it('should let neither a colleague nor an outsider change or delete a shared view', async () => {
    const view = (await lists('bram')).sharedWithMe[0]!;
    for (const other of ['bram', 'cees', 'dirk']) {
      const renamed = await as(other).graphql(UPDATE, { input: { id: view.id, name: 'Van mij' } });
      expect(renamed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const unshared = await as(other).graphql(UPDATE, { input: { id: view.id, shared: false } });
      expect(unshared.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const deleted = await as(other).graphql(DELETE, { id: view.id });
      expect(deleted.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const [unchanged] = (await lists('bram')).sharedWithMe;
    expect(unchanged).toEqual(view);

    // Stopping the share hides it again.
    await as('anna').graphql(UPDATE, { input: { id: view.id, shared: false } });
    expect((await lists('bram')).sharedWithMe).toEqual([]);
  });

  it('should take over browser views once, keeping the server view of a name in use and skipping invalid ones', async () => {
    const offered = [
      { name: 'Wmo', path: '/keten', search: '' }, // name in use: the server's view stays
      { name: 'Keten wmo', path: '/keten', search: '?domein=wmo' },
      { name: 'Kapot', path: '//elders', search: '' },
    ];
    const first = await as('anna').graphql<{ importSavedViews: number }>(IMPORT, { views: offered });
    expect(first.data?.importSavedViews).toBe(1);
    const again = await as('anna').graphql<{ importSavedViews: number }>(IMPORT, { views: offered });
    expect(again.data?.importSavedViews).toBe(0);
    const own = (await lists('anna')).own;
    expect(own.map((v) => [v.name, v.path])).toEqual([
      ['Keten wmo', '/keten'],
      ['Wachttijd jeugd', '/themas'],
      ['Wmo', '/themas'],
    ]);
    const { rows } = await sut.database.pool.query<{ details: unknown }>(
      `SELECT details FROM audit_log WHERE username = 'anna' AND action = 'saved_view.import' ORDER BY id`,
    );
    expect(rows.map((row) => row.details)).toEqual([
      { offered: 3, added: 1 },
      { offered: 3, added: 0 },
    ]);
  });

  it('should refuse a new view beyond 200 of one user', async () => {
    await sut.database.pool.query(
      `INSERT INTO saved_view (owner_id, name, path)
       SELECT id, 'Vol ' || n, '/' FROM app_user, generate_series(1, 200) AS n WHERE username = 'dirk'`,
    );
    const result = await as('dirk').graphql(CREATE, { input: { name: 'Nog een', path: '/', search: '' } });
    expect(result.errors?.[0]?.message).toContain('200 weergaven');
    const imported = await as('dirk').graphql<{ importSavedViews: number }>(IMPORT, {
      views: [{ name: 'Uit de browser', path: '/', search: '' }],
    });
    expect(imported.data?.importSavedViews).toBe(0);
  });

  it('should refuse saved views without a session', async () => {
    const result = await sut.graphql(LIST);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
