import {
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { redactText, shortPseudonym } from '@leerlus/etl';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser, RECORD_ROLES, SUPPRESSED_ROLES } from '../auth/role';
import { DisclosurePolicy } from '../disclosure/disclosure';
import { isSensitive, protectOneWay } from '../disclosure/fixed-suppression';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import {
  averageBaselines,
  isKeySum,
  keySumOf,
  keySumsOf,
  protectKeyedCount,
  recomputeRatios,
  scoreFromEvidence,
} from './evidence-keys';
import { SignalFilterInput, SIGNALS_MAX_LIMIT } from './dto/signal-filter.input';
import { SIGNAL_STATUSES, SignalStatus } from './signal.entity';
import { Signal, SignalEvidenceValue } from './models/signal.model';
import { SignalEvidenceRecordModel } from './models/signal-evidence-record.model';
import { SignalRuleModel } from './models/signal-rule.model';
import { EvidenceRecordRow, SignalRow, SignalRuleRow, SignalsRepository } from './signals.repository';

export const STATUS_NOTE_MAX_LENGTH = 2000;
export const EVIDENCE_RECORDS_MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 200;

/** Evidence keys that count citizens or records: withheld when 1..k-1 for suppressed roles. */
const COUNT_KEYS: ReadonlySet<string> = new Set([
  'count',
  'baseline',
  'baselineCount',
  'citizens',
  'repeatComplaints',
  'complaints',
  'escalations',
  'formalComplaintsClosed',
  'decided',
  'upheld',
  'baselineDecided',
  'baselineUpheld',
  'closed',
  'overTerm',
  'withoutFeedback',
  'confirmed',
  'reviewed',
]);

/** Ratios and the counts they are built on: a ratio is withheld when one of its counts is. */
const RATIO_BASES: Readonly<Record<string, readonly string[]>> = {
  share: ['decided', 'upheld', 'closed', 'overTerm', 'withoutFeedback'],
  baselineShare: ['baselineDecided', 'baselineUpheld'],
  rate: ['escalations', 'formalComplaintsClosed'],
};

/** Rules whose score is a number of citizens or cases (a count), not a ratio or number of days. */
const COUNT_SCORE_RULES: ReadonlySet<string> = new Set([
  'wal_en_schip',
  'herhaalde_klacht',
  'escalatie_tweede_lijn',
  'panel_systeemfout',
]);

/** Lists inside the evidence and the field that names their member. */
const EVIDENCE_LISTS = [
  { key: 'organisations', member: 'organisationCode' },
  { key: 'themes', member: 'themeCode' },
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function evidenceValue(
  name: string,
  raw: unknown,
  member: { organisationCode?: string | null; themeCode?: string | null } = {},
): SignalEvidenceValue {
  const value = toNumber(raw);
  return {
    name,
    value,
    text: typeof raw === 'string' || typeof raw === 'boolean' ? String(raw) : null,
    suppressed: false,
    organisationCode: member.organisationCode ?? null,
    themeCode: member.themeCode ?? null,
  };
}

/** Flattens the evidence jsonb into named numbers; member lists become numbers per organisation/theme. */
export function flattenEvidence(evidence: Record<string, unknown>): SignalEvidenceValue[] {
  const values: SignalEvidenceValue[] = [];
  for (const [name, raw] of Object.entries(evidence)) {
    const list = EVIDENCE_LISTS.find((candidate) => candidate.key === name);
    if (list && Array.isArray(raw)) {
      for (const item of raw.filter(isRecord)) {
        const code = typeof item[list.member] === 'string' ? (item[list.member] as string) : null;
        for (const [field, fieldValue] of Object.entries(item)) {
          if (field === list.member) continue;
          values.push(
            evidenceValue(
              field,
              fieldValue,
              list.member === 'organisationCode' ? { organisationCode: code } : { themeCode: code },
            ),
          );
        }
      }
      continue;
    }
    if (isRecord(raw) || Array.isArray(raw)) continue;
    values.push(evidenceValue(name, raw));
  }
  return values;
}

/**
 * Disclosure control for the evidence of one signal (domain.md: small counts are withheld for every
 * role but beleid and beheer). A count whose key sum the signal rule gave (`keySums`) is perturbed and
 * suppressed like every queried count (evidence-keys.ts), and a ratio of two such counts is recomputed
 * from them. Other counts keep fixed-table suppression: 1..k-1 are withheld; where the per-organisation
 * counts add up to the published total (theme rise), complementary suppression keeps a hidden one
 * unrecoverable; a ratio built on a withheld count is withheld as well. Days, thresholds and texts
 * stay visible.
 */
export function protectEvidence(
  values: SignalEvidenceValue[],
  policy: DisclosurePolicy,
  keySums: ReadonlyMap<string, number> = new Map(),
): SignalEvidenceValue[] {
  const out = values.map((value) => ({ ...value }));
  const hide = (item: SignalEvidenceValue): void => {
    item.value = null;
    item.suppressed = true;
  };
  const keyed = new Set<SignalEvidenceValue>();
  for (const item of out) {
    if (!COUNT_KEYS.has(item.name) || item.value === null) continue;
    const keySum = keySumOf(keySums, item);
    if (keySum !== undefined) {
      Object.assign(item, protectKeyedCount(item.value, keySum, policy));
      keyed.add(item);
    } else if (isSensitive(Math.ceil(item.value), policy.threshold)) {
      hide(item);
    }
  }
  // Additive line: per-organisation `count` members with the top-level `count` as their total.
  const members = out.filter((item) => item.name === 'count' && item.organisationCode !== null);
  const total = out.find(
    (item) => item.name === 'count' && item.organisationCode === null && item.themeCode === null,
  );
  // Perturbed members and total each carry their own noise: no line to protect (as in `metrics`).
  if (members.length > 0 && total && ![total, ...members].every((item) => keyed.has(item))) {
    const cells = members.map((item) => values[out.indexOf(item)]?.value ?? 0);
    const protectedLine = protectOneWay(cells, values[out.indexOf(total)]?.value ?? 0, {
      threshold: policy.threshold,
    });
    protectedLine.cells.forEach((cell, index) => {
      const item = members[index];
      if (item && cell.suppressed) hide(item);
    });
    if (protectedLine.total.suppressed) hide(total);
  }
  const recomputed = recomputeRatios(out, keyed);
  averageBaselines(out, keyed);
  for (const item of out) {
    const bases = RATIO_BASES[item.name];
    if (!bases || item.value === null || recomputed.has(item)) continue;
    const sameMember = (other: SignalEvidenceValue): boolean =>
      other.organisationCode === item.organisationCode && other.themeCode === item.themeCode;
    if (out.some((other) => bases.includes(other.name) && other.suppressed && sameMember(other))) hide(item);
  }
  return out;
}

/** The score for the viewer: for aggregate roles a ratio score is the protected ratio of the evidence. */
function disclosedScore(
  row: SignalRow,
  evidence: readonly SignalEvidenceValue[],
  suppress: boolean,
  policy: DisclosurePolicy,
): { score: number | null; scoreSuppressed: boolean } {
  const score = Number(row.score);
  if (!suppress) return { score, scoreSuppressed: false };
  const fromEvidence = scoreFromEvidence(row.rule_code, evidence);
  if (fromEvidence) return { score: fromEvidence.value, scoreSuppressed: fromEvidence.suppressed };
  const scoreSuppressed = COUNT_SCORE_RULES.has(row.rule_code) && isSensitive(score, policy.threshold);
  return { score: scoreSuppressed ? null : score, scoreSuppressed };
}

export function mapSignal(row: SignalRow, suppress: boolean, policy: DisclosurePolicy): Signal {
  const withKeys = flattenEvidence(row.evidence);
  const flat = withKeys.filter((item) => !isKeySum(item.name));
  const evidence = suppress ? protectEvidence(flat, policy, keySumsOf(withKeys)) : flat;
  return {
    id: String(row.id),
    municipalityCode: row.municipality_code,
    ruleCode: row.rule_code,
    ruleLabel: row.rule_label,
    scopeKey: row.scope_key,
    themeCode: row.theme_code,
    themeLabel: row.theme_label,
    organisationCode: row.organisation_code,
    organisationName: row.organisation_name,
    domainCode: row.domain_code,
    domainLabel: row.domain_label,
    law: row.law,
    organisations: row.organisations,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    ...disclosedScore(row, evidence, suppress, policy),
    evidence,
    severity: row.severity,
    urgent: row.urgent,
    active: row.active,
    status: row.status,
    // Redacted on the way out too, for notes stored before redaction at write time.
    statusNote: row.status_note === null ? null : redactText(row.status_note),
    statusChangedAt: row.status_changed_at,
    firstSeenAt: row.first_seen_at,
    lastComputedAt: row.last_computed_at,
  };
}

export function mapSignalRule(row: SignalRuleRow): SignalRuleModel {
  return {
    code: row.code,
    label: row.label,
    description: row.description,
    thresholds: Object.entries(row.thresholds)
      .filter(([, value]) => typeof value === 'number')
      .map(([name, value]) => ({ name, value })),
    enabled: row.enabled,
  };
}

export function mapEvidenceRecord(row: EvidenceRecordRow): SignalEvidenceRecordModel {
  return {
    recordType: row.record_type,
    recordId: String(row.record_id),
    kind: row.kind,
    line: row.line,
    domainCode: row.domain_code,
    law: row.law,
    themeCode: row.theme_code,
    sourceOrganisationCode: row.source_organisation_code,
    subjectOrganisationCode: row.subject_organisation_code,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    dueOn: row.due_on,
    outcome: row.outcome,
    feedbackGiven: row.feedback_given,
    subjectKeyShort: shortPseudonym(row.subject_key_short),
    textRedacted: row.text_redacted,
  };
}

function isSuppressedRole(user: AuthenticatedUser): boolean {
  return SUPPRESSED_ROLES.includes(user.role);
}

@Injectable()
export class SignalsService {
  constructor(
    private readonly repository: SignalsRepository,
    private readonly audit: AuditService,
    @Inject(DISCLOSURE_POLICY) private readonly policy: DisclosurePolicy,
  ) {}

  async signals(filter: SignalFilterInput | null | undefined, user: AuthenticatedUser): Promise<Signal[]> {
    const limit = filter?.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > SIGNALS_MAX_LIMIT) {
      throw new UnprocessableEntityException(`limit moet tussen 1 en ${SIGNALS_MAX_LIMIT} liggen`);
    }
    const rows = await this.repository.findSignals({
      // A user scoped to one municipality never sees another, whatever the filter says.
      municipalityCode: user.municipalityCode ?? filter?.municipalityCode ?? null,
      ruleCodes: filter?.ruleCodes ?? null,
      statuses: filter?.statuses ?? null,
      themeCode: filter?.themeCode ?? null,
      organisationCode: filter?.organisationCode ?? null,
      from: filter?.from ?? null,
      to: filter?.to ?? null,
      includeInactive: filter?.includeInactive ?? false,
      limit,
    });
    const suppress = isSuppressedRole(user);
    return rows.map((row) => mapSignal(row, suppress, this.policy));
  }

  async signal(id: string, user: AuthenticatedUser): Promise<Signal | null> {
    if (!/^[0-9]{1,18}$/.test(id)) return null;
    const row = await this.repository.findSignal(id, user.municipalityCode);
    return row ? mapSignal(row, isSuppressedRole(user), this.policy) : null;
  }

  async rules(): Promise<SignalRuleModel[]> {
    return (await this.repository.findRules()).map(mapSignalRule);
  }

  /** Pseudonymised, redacted records: beleid and beheer only, and every read is audited. */
  async evidenceRecords(
    signal: Signal,
    limit: number,
    user: AuthenticatedUser,
  ): Promise<SignalEvidenceRecordModel[]> {
    if (!RECORD_ROLES.includes(user.role)) {
      throw new ForbiddenException('Alleen beleidsmedewerkers en beheerders zien de onderliggende dossiers');
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > EVIDENCE_RECORDS_MAX_LIMIT) {
      throw new UnprocessableEntityException(`limit moet tussen 1 en ${EVIDENCE_RECORDS_MAX_LIMIT} liggen`);
    }
    const rows = await this.repository.findEvidenceRecords(signal.municipalityCode, signal.id, limit);
    await this.audit.record({
      user,
      action: 'signal.evidence_read',
      entity: 'signal',
      entityId: signal.id,
      details: { ruleCode: signal.ruleCode, records: rows.length, limit },
    });
    return rows.map(mapEvidenceRecord);
  }

  async updateStatus(
    id: string,
    status: SignalStatus,
    note: string | null | undefined,
    user: AuthenticatedUser,
  ): Promise<Signal> {
    if (!RECORD_ROLES.includes(user.role)) throw new ForbiddenException();
    if (!SIGNAL_STATUSES.includes(status)) throw new UnprocessableEntityException('onbekende status');
    const trimmed = note?.trim() || null;
    if (trimmed && trimmed.length > STATUS_NOTE_MAX_LENGTH) {
      throw new UnprocessableEntityException(`toelichting is langer dan ${STATUS_NOTE_MAX_LENGTH} tekens`);
    }
    // Free text a user types goes through the same redaction as imported text before it is stored.
    const stored = trimmed === null ? null : redactText(trimmed);
    if (!/^[0-9]{1,18}$/.test(id)) throw new NotFoundException('signaal niet gevonden');
    const updated = await this.repository.updateStatus(id, user.municipalityCode, status, stored, user.id);
    if (!updated) throw new NotFoundException('signaal niet gevonden');
    await this.audit.record({
      user,
      action: 'signal.status_update',
      entity: 'signal',
      entityId: id,
      // The note is staff text and may be long: only whether there is one is logged.
      details: { from: updated.previousStatus, to: status, note: trimmed !== null },
    });
    const signal = await this.signal(id, user);
    if (!signal) throw new NotFoundException('signaal niet gevonden');
    return signal;
  }
}
