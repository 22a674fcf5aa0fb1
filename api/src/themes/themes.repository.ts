import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface TaxonomyRow {
  id: number;
  code: string;
  label: string;
  description: string | null;
  domain_code: string | null;
  domain_label: string | null;
  parent_code: string | null;
  parent_id: number | null;
  keywords: string[];
  active: boolean;
  sort_order: number;
  children: number;
}

export interface NewTheme {
  code: string;
  label: string;
  description: string | null;
  domainCode: string | null;
  parentId: number | null;
  keywords: string[];
}

export interface ThemeChange {
  label: string;
  description: string | null;
  keywords: string[];
  parentId: number | null;
  domainCode: string | null;
}

/** The `theme` table: the taxonomy as the administrator edits it (codes never change). */
@Injectable()
export class ThemesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<TaxonomyRow[]> {
    return this.dataSource.query<TaxonomyRow[]>(
      `SELECT t.id, t.code, t.label, t.description, t.domain_code, d.label AS domain_label, p.code AS parent_code,
              t.parent_id, t.keywords, t.active, t.sort_order,
              (SELECT count(*)::int FROM theme c WHERE c.parent_id = t.id) AS children
       FROM theme t LEFT JOIN theme p ON p.id = t.parent_id LEFT JOIN domain d ON d.code = t.domain_code
       ORDER BY COALESCE(p.sort_order, t.sort_order), COALESCE(p.id, t.id), p.id NULLS FIRST, t.sort_order, t.id`,
    );
  }

  async byCode(code: string): Promise<TaxonomyRow | null> {
    return (await this.list()).find((row) => row.code === code) ?? null;
  }

  async domainExists(code: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>('SELECT 1 FROM domain WHERE code = $1', [code]);
    return rows.length > 0;
  }

  /** New themes come last within their parent (or at the end of the top level). */
  async insert(theme: NewTheme): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO theme (code, label, description, domain_code, parent_id, level, keywords, sort_order)
       SELECT $1, $2, $3, $4, $5::int, CASE WHEN $5::int IS NULL THEN 'thema' ELSE 'subthema' END, $6,
              COALESCE(MAX(sort_order), 0) + 10
       FROM theme WHERE parent_id IS NOT DISTINCT FROM $5::int`,
      [theme.code, theme.label, theme.description, theme.domainCode, theme.parentId, theme.keywords],
    );
  }

  async update(id: number, change: ThemeChange): Promise<void> {
    await this.dataSource.query(
      `UPDATE theme SET label = $2, description = $3, keywords = $4, parent_id = $5::int, domain_code = $6,
              level = CASE WHEN $5::int IS NULL THEN 'thema' ELSE 'subthema' END
       WHERE id = $1`,
      [id, change.label, change.description, change.keywords, change.parentId, change.domainCode],
    );
  }

  /** Retiring a theme retires its subthemes too; restoring restores only the theme itself. */
  async setActive(id: number, active: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE theme SET active = $2 WHERE id = $1 OR ($2 = false AND parent_id = $1)`,
      [id, active],
    );
  }
}
