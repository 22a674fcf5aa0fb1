import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { DOMAINS } from '../profiles/targets';
import { THEME_CODES, THEME_TAXONOMY, themeWithDescendants } from './taxonomy';

const MIGRATION = join(__dirname, '..', '..', '..', 'sql', 'migrations', '0010_theme_taxonomy.sql');

interface ThemeRow {
  code: string;
  label: string;
  domain_code: string | null;
  parent_code: string | null;
  level: string;
  description: string | null;
  keywords: string[];
  sort_order: number;
}

const SELECT_THEMES = `
  SELECT t.code, t.label, t.domain_code, p.code AS parent_code, t.level, t.description, t.keywords,
         t.sort_order
  FROM theme t LEFT JOIN theme p ON p.id = t.parent_id
  ORDER BY t.sort_order, t.code`;

const expectedRows = (): ThemeRow[] =>
  [...THEME_TAXONOMY]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
    .map((theme) => ({
      code: theme.code,
      label: theme.label,
      domain_code: theme.domainCode,
      parent_code: theme.parentCode,
      level: theme.level,
      description: theme.description,
      keywords: [...theme.keywords],
      sort_order: theme.sortOrder,
    }));

describe('THEME_TAXONOMY', () => {
  it('should have unique lowercase snake_case codes and Dutch labels', () => {
    expect(new Set(THEME_CODES).size).toBe(THEME_CODES.length);
    for (const theme of THEME_TAXONOMY) {
      expect(theme.code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(theme.label.length).toBeGreaterThan(2);
      expect(theme.description.length).toBeGreaterThan(10);
    }
  });

  it('should give every theme 5 to 15 distinct lowercase keywords', () => {
    for (const theme of THEME_TAXONOMY) {
      expect({ code: theme.code, ok: theme.keywords.length >= 5 && theme.keywords.length <= 15 }).toEqual({
        code: theme.code,
        ok: true,
      });
      expect(new Set(theme.keywords).size).toBe(theme.keywords.length);
      for (const keyword of theme.keywords) expect(keyword).toBe(keyword.toLowerCase().trim());
    }
  });

  it('should form a two-level tree with valid domains', () => {
    const byCode = new Map(THEME_TAXONOMY.map((theme) => [theme.code, theme]));
    THEME_TAXONOMY.forEach((theme, index) => {
      if (theme.domainCode !== null) expect(DOMAINS).toContain(theme.domainCode);
      if (theme.level === 'thema') {
        expect(theme.parentCode).toBeNull();
      } else {
        const parent = byCode.get(theme.parentCode ?? '');
        expect(parent?.level).toBe('thema');
        // A subtheme of a domain theme stays in that domain; a parent is listed before its children.
        if (parent?.domainCode) expect(theme.domainCode).toBe(parent.domainCode);
        expect(THEME_TAXONOMY.indexOf(parent as (typeof THEME_TAXONOMY)[number])).toBeLessThan(index);
      }
    });
  });

  it('should contain the themes every domain needs', () => {
    const generic = THEME_TAXONOMY.filter((theme) => theme.domainCode === null && theme.level === 'thema');
    expect(generic.map((theme) => theme.code)).toEqual(
      expect.arrayContaining([
        'wachttijd',
        'bejegening',
        'communicatie',
        'bereikbaarheid',
        'informatie',
        'deskundigheid',
        'afspraken_nakomen',
        'privacy',
        'klachtbehandeling',
        'toegang_indicatie',
        'besluitvorming',
      ]),
    );
    for (const domain of ['wmo', 'jeugd', 'werk_inkomen', 'schuldhulp', 'inburgering']) {
      expect(THEME_TAXONOMY.some((theme) => theme.domainCode === domain)).toBe(true);
    }
    expect(themeWithDescendants('wachttijd')).toEqual([
      'wachttijd',
      'wachttijd_toegang',
      'wachttijd_levering',
      'wachttijd_behandeling',
      'wachtlijst_jeugd_ggz',
    ]);
  });
});

describe('0010_theme_taxonomy.sql', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('should be plain SQL with every theme code in it', () => {
    const sql = readFileSync(MIGRATION, 'utf8');
    expect(sql).toMatch(/^INSERT INTO theme \(/m);
    for (const code of THEME_CODES) expect(sql).toContain(`'${code}'`);
  });

  it('should leave the theme table exactly as taxonomy.ts describes it', async () => {
    // The migrated database (all migrations) is compared, so a later migration that changes the
    // seed taxonomy must update taxonomy.ts in the same change (see docs/themes.md).
    const { rows } = await db.pool.query<ThemeRow>(SELECT_THEMES);
    expect(rows).toEqual(expectedRows());
  });

  it('should be documented in docs/themes.md', () => {
    const docs = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'themes.md'), 'utf8');
    for (const code of THEME_CODES) {
      expect({ code, documented: docs.includes(`\`${code}\``) }).toEqual({ code, documented: true });
    }
  });
});
