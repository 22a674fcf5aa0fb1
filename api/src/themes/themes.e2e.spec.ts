import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';

const LIST = `query { taxonomyThemes { code label parentCode domainCode keywords active } }`;
const CREATE = `mutation ($input: CreateThemeInput!) {
  createTheme(input: $input) { code label parentCode domainCode keywords active }
}`;
const UPDATE = `mutation ($input: UpdateThemeInput!) {
  updateTheme(input: $input) { code label parentCode domainCode keywords active }
}`;
const SET_ACTIVE = `mutation ($code: String!, $active: Boolean!) { setThemeActive(code: $code, active: $active) { code active } }`;
const OPTIONS = `query { themeReviewOptions { code } }`;

interface Theme {
  code: string;
  label: string;
  parentCode: string | null;
  domainCode: string | null;
  keywords: string[];
  active: boolean;
}

describe('theme taxonomy editing (GraphQL, real PostgreSQL)', () => {
  let sut: TestApp;
  let beheer: TestSession;

  beforeAll(async () => {
    sut = await createTestApp();
    beheer = await sut.login('beheer');
  });

  afterAll(async () => {
    await sut?.close();
  });

  const themes = async (): Promise<Theme[]> =>
    (await beheer.graphql<{ taxonomyThemes: Theme[] }>(LIST)).data!.taxonomyThemes;

  it('should add a subtheme under a theme, taking its domain, with cleaned keywords', async () => {
    const result = await beheer.graphql<{ createTheme: Theme }>(CREATE, {
      input: {
        code: 'kompaspas',
        label: ' Kompaspas ',
        parentCode: 'bijzondere_bijstand',
        keywords: ['Kompaspas', 'kompaspas', ' stadspas '],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createTheme).toEqual({
      code: 'kompaspas',
      label: 'Kompaspas',
      parentCode: 'bijzondere_bijstand',
      domainCode: 'werk_inkomen',
      keywords: ['kompaspas', 'stadspas'],
      active: true,
    });
    const { rows } = await sut.database.pool.query<{ level: string }>(
      `SELECT level FROM theme WHERE code = 'kompaspas'`,
    );
    expect(rows[0]?.level).toBe('subthema');
  });

  it('should rename, edit keywords and move a theme, but never change its code', async () => {
    const renamed = await beheer.graphql<{ updateTheme: Theme }>(UPDATE, {
      input: { code: 'kompaspas', label: 'Kompaspas (minimaregeling)', keywords: ['kompaspas'] },
    });
    expect(renamed.data!.updateTheme).toMatchObject({
      code: 'kompaspas',
      label: 'Kompaspas (minimaregeling)',
      keywords: ['kompaspas'],
      parentCode: 'bijzondere_bijstand',
    });
    const moved = await beheer.graphql<{ updateTheme: Theme }>(UPDATE, {
      input: { code: 'kompaspas', move: true, parentCode: 'uitkering' },
    });
    expect(moved.data!.updateTheme).toMatchObject({
      parentCode: 'uitkering',
      label: 'Kompaspas (minimaregeling)',
    });
    const top = await beheer.graphql<{ updateTheme: Theme }>(UPDATE, {
      input: { code: 'kompaspas', move: true, parentCode: null },
    });
    expect(top.data!.updateTheme).toMatchObject({ parentCode: null, domainCode: 'werk_inkomen' });
    const { rows } = await sut.database.pool.query<{ action: string; entity_id: string }>(
      `SELECT action, entity_id FROM audit_log WHERE entity = 'theme' ORDER BY id`,
    );
    expect(rows.map((row) => row.action)).toEqual([
      'theme.create',
      'theme.update',
      'theme.update',
      'theme.update',
    ]);
    expect(new Set(rows.map((row) => row.entity_id))).toEqual(new Set(['kompaspas']));
  });

  it('should retire a theme with its subthemes: kept in history, not offered for new assignments', async () => {
    await beheer.graphql(CREATE, {
      input: {
        code: 'kompaspas_verlenging',
        label: 'Verlenging',
        parentCode: 'kompaspas',
        keywords: ['verlengen'],
      },
    });
    const retired = await beheer.graphql<{ setThemeActive: Theme }>(SET_ACTIVE, {
      code: 'kompaspas',
      active: false,
    });
    expect(retired.data!.setThemeActive).toEqual({ code: 'kompaspas', active: false });
    const list = await themes();
    expect(list.filter((theme) => theme.code.startsWith('kompaspas')).map((theme) => theme.active)).toEqual([
      false,
      false,
    ]);
    const options = await (
      await sut.login('beleid')
    ).graphql<{ themeReviewOptions: { code: string }[] }>(OPTIONS);
    expect(options.data!.themeReviewOptions.map((option) => option.code)).not.toContain('kompaspas');
    // A subtheme comes back only after its parent.
    const early = await beheer.graphql(SET_ACTIVE, { code: 'kompaspas_verlenging', active: true });
    expect(early.errors?.[0]?.message).toBe('Zet eerst het hoofdthema terug');
    const restored = await beheer.graphql<{ setThemeActive: Theme }>(SET_ACTIVE, {
      code: 'kompaspas',
      active: true,
    });
    expect(restored.data!.setThemeActive.active).toBe(true);
  });

  it.each([
    [{ code: 'Kompas Pas', label: 'x', keywords: ['x'] }, 'Een code bestaat uit kleine letters'],
    [{ code: 'wachttijd', label: 'x', keywords: ['x'] }, 'De code wachttijd bestaat al'],
    [{ code: 'nieuw_a', label: ' ', keywords: ['x'] }, 'Geef een naam van 1 tot 80 tekens'],
    [{ code: 'nieuw_b', label: 'Nieuw', keywords: [' '] }, 'Geef minstens één trefwoord'],
    [
      { code: 'nieuw_c', label: 'Nieuw', parentCode: 'kompaspas_verlenging', keywords: ['x'] },
      'Kies een bestaand',
    ],
  ])('should refuse a wrong new theme %j', async (input, message) => {
    const result = await beheer.graphql(CREATE, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(message);
  });

  it('should refuse to make a theme with subthemes a subtheme, and other roles', async () => {
    const result = await beheer.graphql(UPDATE, {
      input: { code: 'kompaspas', move: true, parentCode: 'uitkering' },
    });
    expect(result.errors?.[0]?.message).toContain('subthema’s kan geen subthema worden');
    const beleid = await (await sut.login('beleid')).graphql(LIST);
    expect(beleid.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
