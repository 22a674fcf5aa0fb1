import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuthenticatedUser } from '../auth/role';

export interface SavedViewRow {
  id: number;
  name: string;
  path: string;
  search: string;
  shared: boolean;
  owner_display_name: string;
  created_at: Date;
  updated_at: Date;
}

export interface SavedViewState {
  name: string;
  path: string;
  search: string;
}

export interface SavedViewChanges {
  name: string | null;
  path: string | null;
  search: string | null;
  shared: boolean | null;
}

/** A row, or 'name_taken' when the owner already has a view of that name. */
export type SavedViewWrite = SavedViewRow | 'name_taken' | null;

const COLUMNS = `v.id, v.name, v.path, v.search, v.shared, u.display_name AS owner_display_name,
                 v.created_at, v.updated_at`;

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

@Injectable()
export class SavedViewsRepository {
  constructor(private readonly dataSource: DataSource) {}

  listOwn(ownerId: number): Promise<SavedViewRow[]> {
    return this.dataSource.query<SavedViewRow[]>(
      `SELECT ${COLUMNS} FROM saved_view v JOIN app_user u ON u.id = v.owner_id
        WHERE v.owner_id = $1 ORDER BY lower(v.name), v.id`,
      [ownerId],
    );
  }

  async countOwn(ownerId: number): Promise<number> {
    const rows = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM saved_view WHERE owner_id = $1`,
      [ownerId],
    );
    return rows[0]?.count ?? 0;
  }

  /** Shared views of the reader's colleagues: other active users with the reader's role and municipality. */
  listSharedWith(reader: AuthenticatedUser): Promise<SavedViewRow[]> {
    return this.dataSource.query<SavedViewRow[]>(
      `SELECT ${COLUMNS} FROM saved_view v JOIN app_user u ON u.id = v.owner_id
        WHERE v.shared AND u.active AND u.id <> $1 AND u.role = $2
          AND u.municipality_code IS NOT DISTINCT FROM $3
        ORDER BY lower(u.display_name), lower(v.name), v.id`,
      [reader.id, reader.role, reader.municipalityCode],
    );
  }

  async create(ownerId: number, view: SavedViewState): Promise<SavedViewWrite> {
    return this.writeOne(
      `WITH v AS (INSERT INTO saved_view (owner_id, name, path, search) VALUES ($1, $2, $3, $4) RETURNING *)
       SELECT ${COLUMNS} FROM v JOIN app_user u ON u.id = v.owner_id`,
      [ownerId, view.name, view.path, view.search],
    );
  }

  /** Changes one of the owner's own views (null fields stay); null when the owner has no such view. */
  async update(ownerId: number, id: number, changes: SavedViewChanges): Promise<SavedViewWrite> {
    return this.writeOne(
      `WITH v AS (
         UPDATE saved_view SET name = coalesce($3, name), path = coalesce($4, path),
                search = coalesce($5, search), shared = coalesce($6, shared), updated_at = now()
          WHERE id = $1 AND owner_id = $2 RETURNING *)
       SELECT ${COLUMNS} FROM v JOIN app_user u ON u.id = v.owner_id`,
      [id, ownerId, changes.name, changes.path, changes.search, changes.shared],
    );
  }

  async delete(ownerId: number, id: number): Promise<boolean> {
    // Wrapped in a SELECT: TypeORM answers a bare DELETE with [rows, rowCount], not the rows.
    const rows = await this.dataSource.query<unknown[]>(
      `WITH d AS (DELETE FROM saved_view WHERE id = $1 AND owner_id = $2 RETURNING id) SELECT id FROM d`,
      [id, ownerId],
    );
    return rows.length > 0;
  }

  /** Adds the views whose names the owner does not use yet; returns how many were added. */
  async addMissing(ownerId: number, views: readonly SavedViewState[]): Promise<number> {
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO saved_view (owner_id, name, path, search)
       SELECT $1, name, path, search FROM unnest($2::text[], $3::text[], $4::text[]) AS t(name, path, search)
       ON CONFLICT (owner_id, name) DO NOTHING
       RETURNING id`,
      [ownerId, views.map((v) => v.name), views.map((v) => v.path), views.map((v) => v.search)],
    );
    return rows.length;
  }

  private async writeOne(sql: string, params: unknown[]): Promise<SavedViewWrite> {
    try {
      const rows = await this.dataSource.query<SavedViewRow[]>(sql, params);
      return rows[0] ?? null;
    } catch (error) {
      if (isUniqueViolation(error)) return 'name_taken';
      throw error;
    }
  }
}
