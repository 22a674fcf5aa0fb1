import { ForbiddenException, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth/role';
import { parseRecordId } from '../records/records.service';
import { DecideThemeReviewInput } from './dto/decide-theme-review.input';
import { ThemeOption } from './models/theme-option.model';
import { ThemeEvidenceSpan, ThemeReviewItem, ThemeReviewQueue } from './models/theme-review-item.model';
import { ThemeReviewWeek } from './models/theme-review-week.model';
import { QueueRow, ThemeReviewRepository, WeekRow } from './theme-review.repository';

export const QUEUE_MAX_LIMIT = 100;
export const REVIEW_WEEKS = 12;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * Where the evidence words occur in the text (whole words, case and accents ignored), in text order.
 * The classifier stored the words as written in the same redacted text, so they are found again.
 */
export function findEvidenceSpans(text: string | null, evidence: readonly string[]): ThemeEvidenceSpan[] {
  if (!text || evidence.length === 0) return [];
  const fold = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const folded = fold(text);
  const spans: ThemeEvidenceSpan[] = [];
  for (const word of new Set(evidence.map(fold))) {
    if (word === '' || folded.length !== text.length) continue;
    let from = 0;
    for (let at = folded.indexOf(word, from); at >= 0; at = folded.indexOf(word, from)) {
      const before = folded.charAt(at - 1);
      const after = folded.charAt(at + word.length);
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
        spans.push({ start: at, end: at + word.length });
      }
      from = at + word.length;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function mapQueueItem(row: QueueRow): ThemeReviewItem {
  return {
    recordId: `${row.municipality_code}:${row.id}`,
    receivedOn: row.received_on,
    domainLabel: row.domain_label,
    textRedacted: row.text_redacted,
    reason: row.reason,
    suggestedThemeCode: row.suggested_code,
    suggestedThemeLabel: row.suggested_label,
    confidence: row.confidence,
    ruleThemeLabel: row.reason === 'onenigheid' ? row.rule_label : null,
    evidence: row.evidence,
    highlights: findEvidenceSpans(row.text_redacted, row.evidence),
  };
}

export function mapWeek(row: WeekRow): ThemeReviewWeek {
  return {
    week: row.week,
    decided: row.decided,
    agreement: row.decided === 0 ? null : row.accepted / row.decided,
    sampled: row.sampled,
    sampleAccuracy: row.sampled === 0 ? null : row.sample_accepted / row.sampled,
  };
}

@Injectable()
export class ThemeReviewService {
  constructor(
    private readonly repository: ThemeReviewRepository,
    private readonly audit: AuditService,
  ) {}

  async queue(viewer: AuthenticatedUser, limit: number | null | undefined): Promise<ThemeReviewQueue> {
    assertRole(viewer, 'beleid');
    const first = limit ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > QUEUE_MAX_LIMIT) {
      throw badInput(`limit moet tussen 1 en ${QUEUE_MAX_LIMIT} liggen`);
    }
    const [rows, totalCount] = await Promise.all([
      this.repository.queue(viewer.municipalityCode, first),
      this.repository.queueCount(viewer.municipalityCode),
    ]);
    await this.audit.record({
      user: viewer,
      action: 'theme_review.list',
      entity: 'case_record',
      details: { returned: rows.length, records: rows.map((row) => `${row.municipality_code}:${row.id}`) },
    });
    return { totalCount, items: rows.map(mapQueueItem) };
  }

  async decide(viewer: AuthenticatedUser, input: DecideThemeReviewInput): Promise<boolean> {
    assertRole(viewer, 'beleid');
    const parsed = parseRecordId(input.recordId);
    if (
      !parsed ||
      (viewer.municipalityCode !== null && parsed.municipalityCode !== viewer.municipalityCode)
    ) {
      throw badInput('Onbekend dossier');
    }
    const item = await this.repository.queueItem(parsed.municipalityCode, parsed.id);
    if (!item) throw badInput('Dit dossier staat niet (meer) in de wachtrij');
    let decidedThemeId: number | null = null;
    if (input.decision === 'geaccepteerd') decidedThemeId = item.suggested_theme_id;
    if (input.decision === 'ander_thema') {
      decidedThemeId = input.themeCode ? await this.repository.activeThemeId(input.themeCode) : null;
      if (decidedThemeId === null) throw badInput('Kies een bestaand thema');
    }
    await this.repository.decide({
      municipalityCode: parsed.municipalityCode,
      caseId: parsed.id,
      reason: item.reason,
      suggestedThemeId: item.suggested_theme_id,
      confidence: item.confidence,
      decision: input.decision,
      decidedThemeId,
      decidedBy: viewer.username,
    });
    await this.audit.record({
      user: viewer,
      action: 'theme_review.decide',
      entity: 'case_record',
      entityId: input.recordId,
      details: { decision: input.decision, reason: item.reason, themeCode: input.themeCode ?? null },
    });
    return true;
  }

  async themeOptions(viewer: AuthenticatedUser): Promise<ThemeOption[]> {
    assertRole(viewer, 'beleid');
    return this.repository.themeOptions();
  }

  async weeks(viewer: AuthenticatedUser): Promise<ThemeReviewWeek[]> {
    assertRole(viewer, 'beleid');
    return (await this.repository.weeks(viewer.municipalityCode, REVIEW_WEEKS)).map(mapWeek);
  }
}

/** Defence in depth: the guard already refuses other roles. */
function assertRole(viewer: AuthenticatedUser, role: AuthenticatedUser['role']): void {
  if (viewer.role !== role) throw new ForbiddenException('Geen toegang');
}
