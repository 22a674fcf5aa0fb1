import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecommendationStatus } from './follow-up';
import { MeasureSourceKind, MeasureStatus } from './measure.entity';

export interface MeasureRow {
  id: string;
  municipality_code: string;
  title: string;
  description: string | null;
  theme_code: string;
  theme_label: string;
  source_kind: MeasureSourceKind | null;
  source_ref: string | null;
  owner: string;
  decided_on: string;
  effective_on: string;
  expected_effect: string;
  status: MeasureStatus;
  recommendation_status: RecommendationStatus | null;
  pc_reference: string | null;
}

export interface MeasureValues {
  municipalityCode: string;
  title: string;
  description: string | null;
  themeId: number;
  sourceKind: MeasureSourceKind | null;
  sourceRef: string | null;
  owner: string;
  decidedOn: string;
  effectiveOn: string;
  expectedEffect: string;
  status: MeasureStatus;
  recommendationStatus: RecommendationStatus | null;
  pcReference: string | null;
}

const SELECT = `
  SELECT m.id::text, m.municipality_code, m.title, m.description, t.code AS theme_code, t.label AS theme_label,
         m.source_kind, m.source_ref, m.owner, m.decided_on::text, m.effective_on::text, m.expected_effect,
         m.status, m.recommendation_status, m.pc_reference
    FROM measure m
    JOIN theme t ON t.id = m.theme_id`;

const VALUES = (values: MeasureValues): unknown[] => [
  values.municipalityCode,
  values.title,
  values.description,
  values.themeId,
  values.sourceKind,
  values.sourceRef,
  values.owner,
  values.decidedOn,
  values.effectiveOn,
  values.expectedEffect,
  values.status,
  values.recommendationStatus,
  values.pcReference,
];

@Injectable()
export class MeasuresRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Measures of one municipality (NULL: all), optionally of one theme; newest effect date first. */
  list(municipalityCode: string | null, themeCode: string | null): Promise<MeasureRow[]> {
    return this.dataSource.query<MeasureRow[]>(
      `${SELECT}
        WHERE ($1::text IS NULL OR m.municipality_code = $1)
          AND ($2::text IS NULL OR t.code = $2)
        ORDER BY m.effective_on DESC, m.id DESC`,
      [municipalityCode, themeCode],
    );
  }

  async find(id: string, municipalityCode: string | null): Promise<MeasureRow | null> {
    const rows = await this.dataSource.query<MeasureRow[]>(
      `${SELECT} WHERE m.id = $1::bigint AND ($2::text IS NULL OR m.municipality_code = $2)`,
      [id, municipalityCode],
    );
    return rows[0] ?? null;
  }

  async themeId(code: string): Promise<number | null> {
    const rows = await this.dataSource.query<{ id: number }[]>(`SELECT id FROM theme WHERE code = $1`, [
      code,
    ]);
    return rows[0]?.id ?? null;
  }

  /** The domain a theme belongs to (a subtheme: its parent's); null for themes of every domain. */
  async themeDomain(code: string): Promise<string | null> {
    const rows = await this.dataSource.query<{ domain_code: string | null }[]>(
      `SELECT coalesce(t.domain_code, p.domain_code) AS domain_code
         FROM theme t LEFT JOIN theme p ON p.id = t.parent_id WHERE t.code = $1`,
      [code],
    );
    return rows[0]?.domain_code ?? null;
  }

  async municipalityExists(code: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM municipality WHERE code = $1`, [code]);
    return rows.length > 0;
  }

  async insert(values: MeasureValues, userId: number): Promise<string> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO measure (municipality_code, title, description, theme_id, source_kind, source_ref, owner,
         decided_on, effective_on, expected_effect, status, recommendation_status, pc_reference, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       RETURNING id::text`,
      [...VALUES(values), userId],
    );
    return rows[0]!.id;
  }

  /** Changes a measure of the given municipality; false when there is none with this id. */
  async update(id: string, values: MeasureValues): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `UPDATE measure SET title = $2, description = $3, theme_id = $4, source_kind = $5, source_ref = $6,
              owner = $7, decided_on = $8, effective_on = $9, expected_effect = $10, status = $11,
              recommendation_status = $12, pc_reference = $13, updated_at = now()
        WHERE id = $14::bigint AND municipality_code = $1
       RETURNING id`,
      [...VALUES(values), id],
    );
    return rows.length > 0;
  }
}
