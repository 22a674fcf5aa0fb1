import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PanelAnswer } from './panel-review.entity';
import { DrawnDecision, RankedDecision } from './panel-sampling';

export type PanelStratifyBy = 'law' | 'outcome' | 'theme' | 'advisory_committee';

/** The frame of a sample as stored in panel_sample.frame (every key optional: no filter). */
export interface PanelFrame {
  decidedFrom?: string | null;
  decidedTo?: string | null;
  laws?: string[] | null;
  domains?: string[] | null;
  outcomes?: string[] | null;
  themeCodes?: string[] | null;
  advisoryCommittee?: boolean | null;
  overTerm?: boolean | null;
}

/** Stratum per stratification: a literal list, so SQL is only ever assembled from these. */
const STRATUM_SQL: Readonly<Record<PanelStratifyBy | 'none', string>> = {
  none: `'alle'`,
  law: 'o.law',
  outcome: 'o.outcome',
  theme: `coalesce(pth.code, th.code, 'geen')`,
  advisory_committee: `CASE WHEN o.advisory_committee THEN 'ja' ELSE 'nee' END`,
};

/** Awb 7:10 as in api/src/norms (awb_7_10): 6 weeks, 12 with a committee, +6 when extended, from receipt. */
const OVER_TERM_SQL = `(o.decided_on - o.objection_received_on) >
  (CASE WHEN o.advisory_committee THEN 84 ELSE 42 END + CASE WHEN o.extended THEN 42 ELSE 0 END)`;

export interface SampleRow {
  municipality_code: string;
  id: string;
  title: string;
  seed: string;
  size: number;
  frame: PanelFrame;
  stratify_by: PanelStratifyBy | null;
  allocation: 'proportioneel' | 'gelijk' | null;
  reviewers_per_case: number;
  frame_count: number;
  drawn_by_name: string;
  drawn_at: Date;
  drawn: number;
  reviewed: number;
}

export interface StratumRow {
  stratum: string;
  drawn: number;
  weight: string;
}

export interface MemberProgressRow {
  user_id: number;
  display_name: string;
  assigned: number;
  reviewed: number;
}

/** A drawn decision as a panel member may see it: pseudonymised (no ids from the source), redacted. */
export interface PanelCaseRow {
  municipality_code: string;
  sample_id: string;
  sample_title: string;
  decision_id: string;
  position: number;
  stratum: string;
  law: string;
  domain_label: string;
  theme_label: string | null;
  decision_type: string | null;
  primary_decision_on: string | null;
  objection_received_on: string;
  decided_on: string | null;
  advisory_committee: boolean;
  extended: boolean;
  over_term: boolean | null;
  outcome: string;
  summary_redacted: string | null;
  confirmed_at: Date | null;
  confirmation_note: string | null;
}

export interface ReviewRow {
  municipality_code: string;
  sample_id: string;
  decision_id: string;
  user_id: number;
  system_error: PanelAnswer | null;
  norm_codes: string[];
  reasonable: PanelAnswer | null;
  reasonable_explanation: string | null;
  updated_at: Date;
}

/** One reviewed case for the findings: law, theme, weight, answers of its reviewers and confirmation. */
export interface FindingCaseRow {
  sample_id: string;
  decision_id: string;
  law: string;
  theme_code: string | null;
  theme_label: string | null;
  weight: string;
  confirmed: boolean;
  answers: PanelAnswer[];
  norm_codes: string[];
}

export interface ConductNormRow {
  code: string;
  core_value_code: string | null;
  label: string;
  description: string;
}

export interface PanelSignalFindingRow {
  id: string;
  signal_id: string;
  signal_label: string;
  sample_id: string | null;
  finding: string;
  created_by_name: string;
  created_at: Date;
}

/** Which samples a caller may see: every one of a municipality scope, or only those assigned to a member. */
export interface SampleScope {
  municipalityCode: string | null;
  /** Set for a panel member: only samples (and cases) assigned to this user. */
  memberId: number | null;
}

const CASE_SELECT = `SELECT sc.municipality_code, sc.sample_id::text AS sample_id, s.title AS sample_title,
       sc.decision_id::text AS decision_id, sc.position, sc.stratum, o.law, dom.label AS domain_label,
       th.label AS theme_label, o.decision_type,
       to_char(o.primary_decision_on, 'YYYY-MM-DD') AS primary_decision_on,
       to_char(o.objection_received_on, 'YYYY-MM-DD') AS objection_received_on,
       to_char(o.decided_on, 'YYYY-MM-DD') AS decided_on,
       o.advisory_committee, o.extended,
       CASE WHEN o.decided_on IS NULL THEN NULL ELSE ${OVER_TERM_SQL} END AS over_term,
       o.outcome, o.summary_redacted, sc.confirmed_at, sc.confirmation_note
  FROM panel_sample_case sc
  JOIN panel_sample s ON s.municipality_code = sc.municipality_code AND s.id = sc.sample_id
  JOIN objection_decision o ON o.municipality_code = sc.municipality_code AND o.id = sc.decision_id
  JOIN domain dom ON dom.code = o.domain_code
  LEFT JOIN theme th ON th.id = o.theme_id`;

/** `$n` conditions restricting panel_sample_case sc to a scope; params are appended. */
function caseScope(scope: SampleScope, params: unknown[]): string {
  const conditions: string[] = [];
  if (scope.municipalityCode !== null) {
    params.push(scope.municipalityCode);
    conditions.push(`sc.municipality_code = $${params.length}`);
  }
  if (scope.memberId !== null) {
    params.push(scope.memberId);
    conditions.push(`EXISTS (SELECT 1 FROM panel_assignment a
      WHERE a.municipality_code = sc.municipality_code AND a.sample_id = sc.sample_id
        AND a.decision_id = sc.decision_id AND a.user_id = $${params.length})`);
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'true';
}

@Injectable()
export class PanelRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every decided decision of the frame with its stratum and its rank key for this seed. */
  async rankFrame(
    municipalityCode: string,
    frame: PanelFrame,
    stratifyBy: PanelStratifyBy | null,
    seed: string,
  ): Promise<RankedDecision[]> {
    const params: unknown[] = [municipalityCode, seed];
    const conditions = ['o.municipality_code = $1', 'o.decided_on IS NOT NULL'];
    const add = (sql: (placeholder: string) => string, value: unknown): void => {
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };
    if (frame.decidedFrom) add((p) => `o.decided_on >= ${p}::date`, frame.decidedFrom);
    if (frame.decidedTo) add((p) => `o.decided_on <= ${p}::date`, frame.decidedTo);
    if (frame.laws?.length) add((p) => `o.law = ANY (${p}::text[])`, frame.laws);
    if (frame.domains?.length) add((p) => `o.domain_code = ANY (${p}::text[])`, frame.domains);
    if (frame.outcomes?.length) add((p) => `o.outcome = ANY (${p}::text[])`, frame.outcomes);
    if (frame.themeCodes?.length) {
      add((p) => `(th.code = ANY (${p}::text[]) OR pth.code = ANY (${p}::text[]))`, frame.themeCodes);
    }
    if (frame.advisoryCommittee !== undefined && frame.advisoryCommittee !== null) {
      add((p) => `o.advisory_committee = ${p}`, frame.advisoryCommittee);
    }
    if (frame.overTerm !== undefined && frame.overTerm !== null) {
      add((p) => `(${OVER_TERM_SQL}) = ${p}`, frame.overTerm);
    }
    // The stable source id: source organisation code + the source's own case id (unique per municipality).
    const rows: { decision_id: string; stratum: string; rank_key: string }[] = await this.dataSource.query(
      `SELECT o.id::text AS decision_id, ${STRATUM_SQL[stratifyBy ?? 'none']} AS stratum,
              md5($2 || ':' || src.code || ':' || o.external_id) AS rank_key
         FROM objection_decision o
         JOIN organisation src ON src.id = o.source_organisation_id
         LEFT JOIN theme th ON th.id = o.theme_id
         LEFT JOIN theme pth ON pth.id = th.parent_id
        WHERE ${conditions.join(' AND ')}`,
      params,
    );
    return rows.map((row) => ({ decisionId: row.decision_id, stratum: row.stratum, rankKey: row.rank_key }));
  }

  async insertSample(
    sample: {
      municipalityCode: string;
      title: string;
      seed: string;
      size: number;
      frame: PanelFrame;
      stratifyBy: PanelStratifyBy | null;
      allocation: string | null;
      reviewersPerCase: number;
      frameCount: number;
      drawnBy: number;
    },
    drawn: readonly DrawnDecision[],
  ): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO panel_sample (municipality_code, title, seed, size, frame, stratify_by, allocation,
           reviewers_per_case, frame_count, drawn_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id::text AS id`,
        [
          sample.municipalityCode,
          sample.title,
          sample.seed,
          sample.size,
          JSON.stringify(sample.frame),
          sample.stratifyBy,
          sample.allocation,
          sample.reviewersPerCase,
          sample.frameCount,
          sample.drawnBy,
        ],
      );
      const id = row!.id;
      await manager.query(
        `INSERT INTO panel_sample_case (municipality_code, sample_id, decision_id, position, stratum, weight)
         SELECT $1, $2, d.decision_id, d.position, d.stratum, d.weight
           FROM unnest($3::bigint[], $4::integer[], $5::text[], $6::numeric[])
                AS d(decision_id, position, stratum, weight)`,
        [
          sample.municipalityCode,
          id,
          drawn.map((d) => d.decisionId),
          drawn.map((d) => d.position),
          drawn.map((d) => d.stratum),
          drawn.map((d) => d.weight),
        ],
      );
      return id;
    });
  }

  async samples(scope: SampleScope, sampleId: string | null = null): Promise<SampleRow[]> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (scope.municipalityCode !== null) {
      params.push(scope.municipalityCode);
      conditions.push(`s.municipality_code = $${params.length}`);
    }
    if (scope.memberId !== null) {
      params.push(scope.memberId);
      conditions.push(`EXISTS (SELECT 1 FROM panel_assignment a
        WHERE a.municipality_code = s.municipality_code AND a.sample_id = s.id AND a.user_id = $${params.length})`);
    }
    if (sampleId !== null) {
      params.push(sampleId);
      conditions.push(`s.id = $${params.length}::bigint`);
    }
    return this.dataSource.query(
      `SELECT s.municipality_code, s.id::text AS id, s.title, s.seed, s.size, s.frame, s.stratify_by,
              s.allocation, s.reviewers_per_case, s.frame_count, u.display_name AS drawn_by_name, s.drawn_at,
              (SELECT count(*)::integer FROM panel_sample_case sc
                WHERE sc.municipality_code = s.municipality_code AND sc.sample_id = s.id) AS drawn,
              (SELECT count(DISTINCT r.decision_id)::integer FROM panel_review r
                WHERE r.municipality_code = s.municipality_code AND r.sample_id = s.id
                  AND r.system_error IS NOT NULL) AS reviewed
         FROM panel_sample s
         JOIN app_user u ON u.id = s.drawn_by
        WHERE ${conditions.length > 0 ? conditions.join(' AND ') : 'true'}
        ORDER BY s.drawn_at DESC, s.id DESC`,
      params,
    );
  }

  /** Distinct laws, outcomes and main themes of the decided decisions (for the sample form). */
  async frameOptions(
    municipalityCode: string | null,
  ): Promise<{ laws: string[]; outcomes: string[]; themes: { code: string; label: string }[] }> {
    const [row] = await this.dataSource.query<
      { laws: string[]; outcomes: string[]; themes: { code: string; label: string }[] }[]
    >(
      `SELECT coalesce(array_agg(DISTINCT o.law ORDER BY o.law), '{}') AS laws,
              coalesce(array_agg(DISTINCT o.outcome ORDER BY o.outcome), '{}') AS outcomes,
              coalesce((SELECT jsonb_agg(jsonb_build_object('code', t.code, 'label', t.label) ORDER BY t.label)
                          FROM theme t
                         WHERE t.id IN (SELECT coalesce(th.parent_id, th.id) FROM objection_decision d
                                          JOIN theme th ON th.id = d.theme_id
                                         WHERE $1::text IS NULL OR d.municipality_code = $1)), '[]') AS themes
         FROM objection_decision o
        WHERE o.decided_on IS NOT NULL AND ($1::text IS NULL OR o.municipality_code = $1)`,
      [municipalityCode],
    );
    return row!;
  }

  /** The code of the municipality when the installation has exactly one, else null. */
  async onlyMunicipality(): Promise<string | null> {
    const rows: { code: string }[] = await this.dataSource.query(`SELECT code FROM municipality LIMIT 2`);
    return rows.length === 1 ? rows[0]!.code : null;
  }

  async drawnIds(municipalityCode: string, sampleId: string): Promise<string[]> {
    const rows: { decision_id: string }[] = await this.dataSource.query(
      `SELECT decision_id::text AS decision_id FROM panel_sample_case
        WHERE municipality_code = $1 AND sample_id = $2 ORDER BY position`,
      [municipalityCode, sampleId],
    );
    return rows.map((row) => row.decision_id);
  }

  async strata(municipalityCode: string, sampleId: string): Promise<StratumRow[]> {
    return this.dataSource.query(
      `SELECT stratum, count(*)::integer AS drawn, min(weight)::text AS weight FROM panel_sample_case
        WHERE municipality_code = $1 AND sample_id = $2 GROUP BY stratum ORDER BY stratum`,
      [municipalityCode, sampleId],
    );
  }

  async memberProgress(municipalityCode: string, sampleId: string): Promise<MemberProgressRow[]> {
    return this.dataSource.query(
      `SELECT a.user_id, u.display_name, count(*)::integer AS assigned,
              count(r.system_error)::integer AS reviewed
         FROM panel_assignment a
         JOIN app_user u ON u.id = a.user_id
         LEFT JOIN panel_review r
           ON r.municipality_code = a.municipality_code AND r.sample_id = a.sample_id
          AND r.decision_id = a.decision_id AND r.user_id = a.user_id
        WHERE a.municipality_code = $1 AND a.sample_id = $2
        GROUP BY a.user_id, u.display_name ORDER BY u.display_name`,
      [municipalityCode, sampleId],
    );
  }

  /** Active panel members who may see this municipality. */
  async panelMembers(municipalityCode: string | null): Promise<{ id: number; display_name: string }[]> {
    return this.dataSource.query(
      `SELECT id, display_name FROM app_user
        WHERE role = 'panel' AND active AND ($1::text IS NULL OR municipality_code IS NULL OR municipality_code = $1)
        ORDER BY display_name, id`,
      [municipalityCode],
    );
  }

  /** Replaces the assignment: case i (by position) goes to member i mod m (and i + 1 mod m for two). */
  async assign(
    municipalityCode: string,
    sampleId: string,
    userIds: readonly number[],
    perCase: number,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM panel_assignment WHERE municipality_code = $1 AND sample_id = $2`, [
        municipalityCode,
        sampleId,
      ]);
      if (userIds.length === 0) return;
      await manager.query(
        `INSERT INTO panel_assignment (municipality_code, sample_id, decision_id, user_id)
         SELECT DISTINCT sc.municipality_code, sc.sample_id, sc.decision_id,
                ($3::integer[])[1 + ((sc.position - 1 + k) % cardinality($3::integer[]))]
           FROM panel_sample_case sc
           CROSS JOIN generate_series(0, $4 - 1) AS k
          WHERE sc.municipality_code = $1 AND sc.sample_id = $2`,
        [municipalityCode, sampleId, userIds, Math.min(perCase, userIds.length)],
      );
    });
  }

  async cases(
    scope: SampleScope,
    sampleId: string | null,
    decisionId: string | null = null,
  ): Promise<PanelCaseRow[]> {
    const params: unknown[] = [];
    const conditions = [caseScope(scope, params)];
    if (sampleId !== null) {
      params.push(sampleId);
      conditions.push(`sc.sample_id = $${params.length}::bigint`);
    }
    if (decisionId !== null) {
      params.push(decisionId);
      conditions.push(`sc.decision_id = $${params.length}::bigint`);
    }
    return this.dataSource.query(
      `${CASE_SELECT} WHERE ${conditions.join(' AND ')} ORDER BY s.drawn_at DESC, sc.sample_id, sc.position`,
      params,
    );
  }

  async isAssigned(
    municipalityCode: string,
    sampleId: string,
    decisionId: string,
    userId: number,
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM panel_assignment
        WHERE municipality_code = $1 AND sample_id = $2 AND decision_id = $3 AND user_id = $4`,
      [municipalityCode, sampleId, decisionId, userId],
    );
    return rows.length > 0;
  }

  /** Reviews of the given cases; only of `userId` when set. */
  async reviews(
    municipalityCode: string,
    sampleId: string,
    decisionIds: readonly string[],
    userId: number | null,
  ): Promise<ReviewRow[]> {
    return this.dataSource.query(
      `SELECT municipality_code, sample_id::text AS sample_id, decision_id::text AS decision_id, user_id,
              system_error, norm_codes, reasonable, reasonable_explanation, updated_at
         FROM panel_review
        WHERE municipality_code = $1 AND sample_id = $2 AND decision_id = ANY ($3::bigint[])
          AND ($4::integer IS NULL OR user_id = $4)
        ORDER BY decision_id, user_id`,
      [municipalityCode, sampleId, decisionIds, userId],
    );
  }

  /** Upserts only the fields given (per-field saving); returns the row. */
  async saveReview(
    key: { municipalityCode: string; sampleId: string; decisionId: string; userId: number },
    fields: Partial<Record<'system_error' | 'norm_codes' | 'reasonable' | 'reasonable_explanation', unknown>>,
  ): Promise<ReviewRow> {
    const names = Object.keys(fields) as (keyof typeof fields)[];
    const params: unknown[] = [key.municipalityCode, key.sampleId, key.decisionId, key.userId];
    const values = names.map((name) => {
      params.push(fields[name]);
      return name === 'norm_codes' ? `$${params.length}::text[]` : `$${params.length}`;
    });
    const updates = [...names.map((name) => `${name} = EXCLUDED.${name}`), 'updated_at = now()'];
    const [row] = await this.dataSource.query<ReviewRow[]>(
      `INSERT INTO panel_review (municipality_code, sample_id, decision_id, user_id${names.map((n) => `, ${n}`).join('')})
       VALUES ($1, $2, $3, $4${values.map((v) => `, ${v}`).join('')})
       ON CONFLICT ON CONSTRAINT pk_panel_review DO UPDATE SET ${updates.join(', ')}
       RETURNING municipality_code, sample_id::text AS sample_id, decision_id::text AS decision_id, user_id,
                 system_error, norm_codes, reasonable, reasonable_explanation, updated_at`,
      params,
    );
    return row!;
  }

  /** Sets or clears the coordinator's confirmation; false when the case is not in the sample. */
  async confirm(
    municipalityCode: string,
    sampleId: string,
    decisionId: string,
    confirmedBy: number | null,
    note: string | null,
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE panel_sample_case
          SET confirmed_by = $4, confirmed_at = CASE WHEN $4::integer IS NULL THEN NULL ELSE now() END,
              confirmation_note = $5
        WHERE municipality_code = $1 AND sample_id = $2 AND decision_id = $3
        RETURNING decision_id`,
      [municipalityCode, sampleId, decisionId, confirmedBy, note],
    );
    return rows.length > 0;
  }

  async refreshSignals(municipalityCode: string): Promise<void> {
    await this.dataSource.query(`SELECT * FROM refresh_signals($1)`, [municipalityCode]);
  }

  /** The reviewed cases of the samples in scope (at least one answered system-error question). */
  async findingCases(scope: SampleScope, sampleId: string | null): Promise<FindingCaseRow[]> {
    const params: unknown[] = [];
    const conditions = [caseScope(scope, params)];
    if (sampleId !== null) {
      params.push(sampleId);
      conditions.push(`sc.sample_id = $${params.length}::bigint`);
    }
    return this.dataSource.query(
      `SELECT sc.sample_id::text AS sample_id, sc.decision_id::text AS decision_id, o.law,
              coalesce(pth.code, th.code) AS theme_code, coalesce(pth.label, th.label) AS theme_label,
              sc.weight::text AS weight, sc.confirmed_at IS NOT NULL AS confirmed, rv.answers, rv.norm_codes
         FROM panel_sample_case sc
         JOIN objection_decision o ON o.municipality_code = sc.municipality_code AND o.id = sc.decision_id
         LEFT JOIN theme th ON th.id = o.theme_id
         LEFT JOIN theme pth ON pth.id = th.parent_id
         JOIN LATERAL (
           SELECT array_agg(r.system_error ORDER BY r.user_id) AS answers,
                  ARRAY(SELECT DISTINCT n.code FROM panel_review r2 CROSS JOIN unnest(r2.norm_codes) AS n(code)
                         WHERE r2.municipality_code = sc.municipality_code AND r2.sample_id = sc.sample_id
                           AND r2.decision_id = sc.decision_id AND r2.system_error IS NOT NULL
                         ORDER BY n.code) AS norm_codes
             FROM panel_review r
            WHERE r.municipality_code = sc.municipality_code AND r.sample_id = sc.sample_id
              AND r.decision_id = sc.decision_id AND r.system_error IS NOT NULL
           HAVING count(*) > 0
         ) rv ON true
        WHERE ${conditions.join(' AND ')}
        ORDER BY sc.sample_id, sc.decision_id`,
      params,
    );
  }

  /** Pairs of answers on cases reviewed by exactly two members (lowest user id first). */
  async answerPairs(scope: SampleScope, sampleId: string | null): Promise<[PanelAnswer, PanelAnswer][]> {
    const params: unknown[] = [];
    const conditions = [caseScope(scope, params)];
    if (sampleId !== null) {
      params.push(sampleId);
      conditions.push(`sc.sample_id = $${params.length}::bigint`);
    }
    const rows: { answers: PanelAnswer[] }[] = await this.dataSource.query(
      `SELECT array_agg(r.system_error ORDER BY r.user_id) AS answers
         FROM panel_sample_case sc
         JOIN panel_review r
           ON r.municipality_code = sc.municipality_code AND r.sample_id = sc.sample_id
          AND r.decision_id = sc.decision_id AND r.system_error IS NOT NULL
        WHERE ${conditions.join(' AND ')}
        GROUP BY sc.municipality_code, sc.sample_id, sc.decision_id
       HAVING count(*) = 2`,
      params,
    );
    return rows.map((row) => [row.answers[0]!, row.answers[1]!]);
  }

  async conductNorms(): Promise<ConductNormRow[]> {
    return this.dataSource.query(
      `SELECT code, core_value_code, label, description FROM conduct_norm ORDER BY sort_order, code`,
    );
  }

  async signalExists(municipalityCode: string | null, signalId: string): Promise<string | null> {
    const rows: { municipality_code: string }[] = await this.dataSource.query(
      `SELECT municipality_code FROM signal WHERE id = $1 AND ($2::text IS NULL OR municipality_code = $2)`,
      [signalId, municipalityCode],
    );
    return rows[0]?.municipality_code ?? null;
  }

  async addSignalFinding(
    municipalityCode: string,
    signalId: string,
    sampleId: string | null,
    finding: string,
    createdBy: number,
  ): Promise<string> {
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO panel_signal_finding (municipality_code, signal_id, sample_id, finding, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
      [municipalityCode, signalId, sampleId, finding, createdBy],
    );
    return row!.id;
  }

  async signalFindings(
    municipalityCode: string | null,
    signalId: string | null,
  ): Promise<PanelSignalFindingRow[]> {
    return this.dataSource.query(
      `SELECT f.id::text AS id, f.signal_id::text AS signal_id, r.label AS signal_label,
              f.sample_id::text AS sample_id, f.finding, u.display_name AS created_by_name, f.created_at
         FROM panel_signal_finding f
         JOIN signal s ON s.municipality_code = f.municipality_code AND s.id = f.signal_id
         JOIN signal_rule r ON r.code = s.rule_code
         JOIN app_user u ON u.id = f.created_by
        WHERE ($1::text IS NULL OR f.municipality_code = $1) AND ($2::bigint IS NULL OR f.signal_id = $2)
        ORDER BY f.created_at DESC, f.id DESC`,
      [municipalityCode, signalId],
    );
  }
}
