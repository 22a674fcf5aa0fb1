import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ThemeReviewDecision, ThemeReviewReason } from './theme-review.entity';

/** One in this many records that got their theme automatically joins the random audit sample. */
export const AUDIT_SAMPLE_EVERY = 20;

export interface QueueRow {
  municipality_code: string;
  id: string;
  received_on: string;
  domain_label: string;
  text_redacted: string | null;
  reason: ThemeReviewReason;
  suggested_theme_id: number;
  suggested_code: string;
  suggested_label: string;
  confidence: number | null;
  evidence: string[];
  rule_label: string | null;
}

export interface WeekRow {
  week: string;
  decided: number;
  accepted: number;
  sampled: number;
  sample_accepted: number;
}

export interface ModelRow {
  version: number;
  status: string;
  trained_at: Date;
  trained_by: string;
  threshold: string;
  training: Record<string, number>;
  evaluation: { heldOut?: number; candidate?: unknown; active?: unknown; activeVersion?: unknown };
  activated_at: Date | null;
  activated_by: string | null;
}

export interface Decision {
  municipalityCode: string;
  caseId: string;
  reason: ThemeReviewReason;
  suggestedThemeId: number;
  confidence: number | null;
  decision: ThemeReviewDecision;
  decidedThemeId: number | null;
  decidedBy: string;
}

/**
 * Classifier suggestions no reviewer has decided on yet and no one has themed by hand. Reason: below the
 * threshold (not primary), rules and model disagree, or in the audit sample (a stable hash of the record).
 */
const QUEUE_FROM = `
  FROM case_theme ct
  JOIN case_record c ON c.municipality_code = ct.municipality_code AND c.id = ct.case_id`;
const QUEUE_WHERE = `
  WHERE ct.assigned_by = 'classificatie'
    AND ($1::text IS NULL OR ct.municipality_code = $1)
    AND NOT EXISTS (SELECT 1 FROM theme_review r WHERE r.municipality_code = ct.municipality_code AND r.case_id = ct.case_id)
    AND NOT EXISTS (SELECT 1 FROM case_theme h WHERE h.municipality_code = ct.municipality_code
                      AND h.case_id = ct.case_id AND h.assigned_by = 'handmatig')
    AND (NOT ct.is_primary OR ct.rule_theme_id <> ct.theme_id
         OR abs(hashtext(ct.municipality_code || ':' || ct.case_id)) % ${AUDIT_SAMPLE_EVERY} = 0)`;

const REASON = `CASE WHEN NOT ct.is_primary THEN 'onder_drempel'
                     WHEN ct.rule_theme_id <> ct.theme_id THEN 'onenigheid' ELSE 'steekproef' END`;

@Injectable()
export class ThemeReviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  async queue(municipality: string | null, limit: number): Promise<QueueRow[]> {
    return this.dataSource.query<QueueRow[]>(
      `SELECT c.municipality_code, c.id::text AS id, to_char(c.received_on, 'YYYY-MM-DD') AS received_on,
              dom.label AS domain_label, c.text_redacted, ${REASON} AS reason,
              st.id AS suggested_theme_id, st.code AS suggested_code, st.label AS suggested_label,
              ct.confidence::float8 AS confidence, ct.evidence, rt.label AS rule_label
       ${QUEUE_FROM}
       JOIN domain dom ON dom.code = c.domain_code
       JOIN theme st ON st.id = ct.theme_id
       LEFT JOIN theme rt ON rt.id = ct.rule_theme_id
       ${QUEUE_WHERE}
       ORDER BY CASE ${REASON} WHEN 'onder_drempel' THEN 0 WHEN 'onenigheid' THEN 1 ELSE 2 END,
                c.received_on DESC, c.id DESC
       LIMIT $2`,
      [municipality, limit],
    );
  }

  async queueCount(municipality: string | null): Promise<number> {
    const rows = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::integer AS n ${QUEUE_FROM} ${QUEUE_WHERE}`,
      [municipality],
    );
    return rows[0]?.n ?? 0;
  }

  async queueItem(municipality: string, caseId: string): Promise<QueueRow | null> {
    const rows = await this.dataSource.query<QueueRow[]>(
      `SELECT c.municipality_code, c.id::text AS id, ${REASON} AS reason, ct.theme_id AS suggested_theme_id,
              ct.confidence::float8 AS confidence
       ${QUEUE_FROM} ${QUEUE_WHERE} AND ct.case_id = $2`,
      [municipality, caseId],
    );
    return rows[0] ?? null;
  }

  async themeOptions(): Promise<{ code: string; label: string }[]> {
    return this.dataSource.query<{ code: string; label: string }[]>(
      `SELECT t.code, CASE WHEN p.id IS NULL THEN t.label ELSE p.label || ' – ' || t.label END AS label
       FROM theme t LEFT JOIN theme p ON p.id = t.parent_id
       WHERE t.active ORDER BY COALESCE(p.sort_order, t.sort_order), p.id NULLS FIRST, t.sort_order`,
    );
  }

  async activeThemeId(code: string): Promise<number | null> {
    const rows = await this.dataSource.query<{ id: number }[]>(
      'SELECT id FROM theme WHERE code = $1 AND active',
      [code],
    );
    return rows[0]?.id ?? null;
  }

  /** Stores the decision and makes it the record's theme (a manual theme survives re-imports). */
  async decide(decision: Decision): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const key = [decision.municipalityCode, decision.caseId];
      await manager.query(
        `INSERT INTO theme_review (municipality_code, case_id, reason, suggested_theme_id, confidence, decision,
                                   decided_theme_id, decided_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          ...key,
          decision.reason,
          decision.suggestedThemeId,
          decision.confidence,
          decision.decision,
          decision.decidedThemeId,
          decision.decidedBy,
        ],
      );
      await manager.query(
        'UPDATE case_theme SET is_primary = false WHERE municipality_code = $1 AND case_id = $2',
        key,
      );
      if (decision.decidedThemeId !== null) {
        await manager.query(
          `INSERT INTO case_theme (municipality_code, case_id, theme_id, is_primary, assigned_by)
           VALUES ($1, $2, $3, true, 'handmatig')
           ON CONFLICT (municipality_code, case_id, theme_id)
           DO UPDATE SET is_primary = true, assigned_by = 'handmatig'`,
          [...key, decision.decidedThemeId],
        );
      }
      const received = await manager.query<{ received_on: string }[]>(
        `UPDATE case_record SET theme_id = $3, updated_at = now() WHERE municipality_code = $1 AND id = $2
         RETURNING to_char(received_on, 'YYYY-MM-DD') AS received_on`,
        [...key, decision.decidedThemeId],
      );
      const day = received[0]?.received_on ?? null;
      await manager.query('SELECT count(*) FROM refresh_rollups($1, $2::date, $2::date)', [
        decision.municipalityCode,
        day,
      ]);
    });
  }

  async weeks(municipality: string | null, weeks: number): Promise<WeekRow[]> {
    return this.dataSource.query<WeekRow[]>(
      `SELECT to_char(date_trunc('week', decided_at), 'YYYY-MM-DD') AS week,
              count(*)::integer AS decided,
              count(*) FILTER (WHERE decision = 'geaccepteerd')::integer AS accepted,
              count(*) FILTER (WHERE reason = 'steekproef')::integer AS sampled,
              count(*) FILTER (WHERE reason = 'steekproef' AND decision = 'geaccepteerd')::integer AS sample_accepted
       FROM theme_review
       WHERE ($1::text IS NULL OR municipality_code = $1)
         AND decided_at >= date_trunc('week', now()) - make_interval(weeks => $2 - 1)
       GROUP BY 1 ORDER BY 1`,
      [municipality, weeks],
    );
  }

  async models(): Promise<ModelRow[]> {
    return this.dataSource.query<ModelRow[]>(
      `SELECT version, status, trained_at, trained_by, threshold, training, evaluation, activated_at,
              activated_by
       FROM theme_model ORDER BY version DESC`,
    );
  }

  /** The chosen version becomes the one the ETL uses; the previous active one is kept as 'vervangen'. */
  async activate(version: number, by: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const exists = await manager.query<{ version: number }[]>(
        `SELECT version FROM theme_model WHERE version = $1 AND status IN ('kandidaat', 'vervangen', 'actief')
         FOR UPDATE`,
        [version],
      );
      if (exists.length === 0) return false;
      await manager.query(
        `UPDATE theme_model SET status = 'vervangen' WHERE status = 'actief' AND version <> $1`,
        [version],
      );
      await manager.query(
        `UPDATE theme_model SET status = 'actief', activated_at = now(), activated_by = $2 WHERE version = $1`,
        [version, by],
      );
      return true;
    });
  }
}
