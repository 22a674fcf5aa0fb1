import { PSEUDONYM_DISPLAY_LENGTH } from '@leerlus/etl';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SignalSeverity, SignalStatus } from './signal.entity';

export interface SignalQuery {
  /** NULL: every municipality (the user is not scoped). */
  municipalityCode: string | null;
  ruleCodes: readonly string[] | null;
  statuses: readonly SignalStatus[] | null;
  themeCode: string | null;
  organisationCode: string | null;
  /** Signals whose period overlaps [from, to]. */
  from: string | null;
  to: string | null;
  includeInactive: boolean;
  limit: number;
}

export interface SignalRow {
  id: string;
  municipality_code: string;
  rule_code: string;
  rule_label: string;
  scope_key: string;
  theme_code: string | null;
  theme_label: string | null;
  organisation_code: string | null;
  organisation_name: string | null;
  domain_label: string | null;
  domain_code: string | null;
  law: string | null;
  organisations: { code: string; name: string }[];
  period_start: string;
  period_end: string;
  score: string;
  evidence: Record<string, unknown>;
  severity: SignalSeverity;
  urgent: boolean;
  active: boolean;
  status: SignalStatus;
  status_note: string | null;
  status_changed_at: Date | null;
  first_seen_at: Date;
  last_computed_at: Date;
}

export interface SignalRuleRow {
  code: string;
  label: string;
  description: string;
  thresholds: Record<string, number>;
  enabled: boolean;
}

export interface EvidenceRecordRow {
  record_type: 'case_record' | 'objection_decision' | 'provider_report';
  record_id: string;
  kind: string | null;
  line: string | null;
  domain_code: string | null;
  law: string | null;
  theme_code: string | null;
  source_organisation_code: string | null;
  subject_organisation_code: string | null;
  started_on: string | null;
  ended_on: string | null;
  due_on: string | null;
  outcome: string | null;
  feedback_given: boolean | null;
  subject_key_short: string | null;
  text_redacted: string | null;
}

const SIGNAL_SELECT = `
  SELECT s.id, s.municipality_code, s.rule_code, r.label AS rule_label, s.scope_key,
         th.code AS theme_code, th.label AS theme_label, o.code AS organisation_code,
         o.name AS organisation_name, s.domain_code, dm.label AS domain_label, s.law,
         coalesce((SELECT jsonb_agg(jsonb_build_object('code', io.code, 'name', io.name) ORDER BY io.code)
                     FROM organisation io WHERE io.id = ANY (s.organisation_ids)), '[]') AS organisations,
         to_char(s.period_start, 'YYYY-MM-DD') AS period_start, to_char(s.period_end, 'YYYY-MM-DD') AS period_end,
         s.score, s.evidence, s.severity, s.urgent, s.active, s.status, s.status_note, s.status_changed_at, s.first_seen_at,
         s.last_computed_at
    FROM signal s
    JOIN signal_rule r ON r.code = s.rule_code
    LEFT JOIN theme th ON th.id = s.theme_id
    LEFT JOIN organisation o ON o.id = s.organisation_id
    LEFT JOIN domain dm ON dm.code = s.domain_code`;

/** The only place that emits SQL for signals; every user value is a bound parameter. */
@Injectable()
export class SignalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findSignals(query: SignalQuery): Promise<SignalRow[]> {
    return this.dataSource.query<SignalRow[]>(
      `${SIGNAL_SELECT}
        WHERE ($1::text IS NULL OR s.municipality_code = $1)
          AND ($2::text[] IS NULL OR s.rule_code = ANY ($2))
          AND ($3::text[] IS NULL OR s.status = ANY ($3))
          AND ($4::text IS NULL OR th.code = $4)
          AND ($5::text IS NULL OR o.code = $5
               OR EXISTS (SELECT 1 FROM organisation fo WHERE fo.code = $5 AND fo.id = ANY (s.organisation_ids)))
          AND ($6::date IS NULL OR s.period_end >= $6)
          AND ($7::date IS NULL OR s.period_start <= $7)
          AND ($8::boolean OR s.active)
        ORDER BY s.period_start DESC, r.sort_order, s.scope_key, s.id
        LIMIT $9`,
      [
        query.municipalityCode,
        query.ruleCodes,
        query.statuses,
        query.themeCode,
        query.organisationCode,
        query.from,
        query.to,
        query.includeInactive,
        query.limit,
      ],
    );
  }

  async findSignal(id: string, municipalityCode: string | null): Promise<SignalRow | null> {
    const rows = await this.dataSource.query<SignalRow[]>(
      `${SIGNAL_SELECT} WHERE s.id = $1::bigint AND ($2::text IS NULL OR s.municipality_code = $2)`,
      [id, municipalityCode],
    );
    return rows[0] ?? null;
  }

  findRules(): Promise<SignalRuleRow[]> {
    return this.dataSource.query<SignalRuleRow[]>(
      'SELECT code, label, description, thresholds, enabled FROM signal_rule ORDER BY sort_order, code',
    );
  }

  /** Sets status and note; returns false when the signal does not exist (in the user's scope). */
  async updateStatus(
    id: string,
    municipalityCode: string | null,
    status: SignalStatus,
    note: string | null,
    userId: number,
  ): Promise<{ previousStatus: SignalStatus } | null> {
    // A SELECT around the UPDATE, so the driver returns plain rows; `old` sees the row before the update.
    const rows = await this.dataSource.query<{ previous_status: SignalStatus }[]>(
      `WITH old AS (
         SELECT municipality_code, id, status FROM signal
          WHERE id = $1::bigint AND ($2::text IS NULL OR municipality_code = $2)
       ),
       updated AS (
         UPDATE signal s SET status = $3, status_note = $4, status_changed_by = $5, status_changed_at = now()
           FROM old WHERE s.municipality_code = old.municipality_code AND s.id = old.id
         RETURNING s.id
       )
       SELECT old.status AS previous_status FROM old JOIN updated ON updated.id = old.id`,
      [id, municipalityCode, status, note, userId],
    );
    const row = rows[0];
    return row ? { previousStatus: row.previous_status } : null;
  }

  /** The pseudonymised, redacted records behind a signal (never raw identities: none are stored). */
  findEvidenceRecords(
    municipalityCode: string,
    signalId: string,
    limit: number,
  ): Promise<EvidenceRecordRow[]> {
    return this.dataSource.query<EvidenceRecordRow[]>(
      `SELECT e.record_type, e.record_id::text AS record_id,
              coalesce(c.kind, CASE WHEN d.id IS NOT NULL THEN 'bezwaar' END,
                       CASE WHEN p.id IS NOT NULL THEN 'rapportage' END) AS kind,
              c.line, coalesce(c.domain_code, d.domain_code) AS domain_code, d.law,
              coalesce(ct.code, dt.code) AS theme_code,
              coalesce(cs.code, ds.code, po.code) AS source_organisation_code,
              co.code AS subject_organisation_code,
              to_char(coalesce(c.received_on, d.objection_received_on, p.period_start), 'YYYY-MM-DD') AS started_on,
              to_char(coalesce(c.closed_on, d.decided_on, p.submitted_on), 'YYYY-MM-DD') AS ended_on,
              to_char(p.due_on, 'YYYY-MM-DD') AS due_on,
              coalesce(c.outcome, d.outcome) AS outcome, c.feedback_given,
              left(coalesce(c.subject_key, d.subject_key), ${PSEUDONYM_DISPLAY_LENGTH}) AS subject_key_short,
              coalesce(c.text_redacted, d.summary_redacted) AS text_redacted
         FROM signal_evidence_record e
         LEFT JOIN case_record c
           ON e.record_type = 'case_record' AND c.municipality_code = e.municipality_code AND c.id = e.record_id
         LEFT JOIN theme ct ON ct.id = c.theme_id
         LEFT JOIN organisation cs ON cs.id = c.source_organisation_id
         LEFT JOIN organisation co ON co.id = c.subject_organisation_id
         LEFT JOIN objection_decision d
           ON e.record_type = 'objection_decision' AND d.municipality_code = e.municipality_code
          AND d.id = e.record_id
         LEFT JOIN theme dt ON dt.id = d.theme_id
         LEFT JOIN organisation ds ON ds.id = d.source_organisation_id
         LEFT JOIN provider_report p
           ON e.record_type = 'provider_report' AND p.municipality_code = e.municipality_code
          AND p.id = e.record_id
         LEFT JOIN organisation po ON po.id = p.provider_organisation_id
        WHERE e.municipality_code = $1 AND e.signal_id = $2::bigint
        ORDER BY started_on, e.record_type, e.record_id
        LIMIT $3`,
      [municipalityCode, signalId, limit],
    );
  }

  /** Recomputes all signals (the ETL calls refresh_signals() after each import; SignalsScheduler on a schedule). */
  async refresh(municipalityCode: string | null, asOf: string | null): Promise<void> {
    await this.dataSource.query('SELECT * FROM refresh_signals($1::text, $2::date)', [
      municipalityCode,
      asOf,
    ]);
  }
}
