import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { redactText } from '@leerlus/etl';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth/role';
import { SavePanelReviewInput } from './dto/panel.inputs';
import {
  ConductNormModel,
  PanelCaseModel,
  PanelReviewModel,
  PanelSignalFindingModel,
} from './models/panel-case.model';
import { caseScope, isCoordinator } from './panel-access';
import { lawLabel, outcomeLabel } from './panel-labels';
import { PanelCaseRow, PanelRepository, PanelSignalFindingRow, ReviewRow } from './panel.repository';

export const PANEL_TEXT_MAX_LENGTH = 4000;

function mapReview(row: ReviewRow, reviewerName: string): PanelReviewModel {
  return {
    reviewerName,
    systemError: row.system_error,
    normCodes: row.norm_codes,
    reasonable: row.reasonable,
    reasonableExplanation: row.reasonable_explanation,
    updatedAt: row.updated_at,
  };
}

function mapFinding(row: PanelSignalFindingRow): PanelSignalFindingModel {
  return {
    id: row.id,
    signalId: row.signal_id,
    signalLabel: row.signal_label,
    sampleId: row.sample_id,
    finding: row.finding,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
  };
}

/** Free text from a panel member or coordinator: trimmed, bounded and redacted before it is stored. */
function cleanText(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > PANEL_TEXT_MAX_LENGTH) {
    throw new BadRequestException(`Ten hoogste ${PANEL_TEXT_MAX_LENGTH} tekens`);
  }
  return trimmed ? redactText(trimmed) : null;
}

@Injectable()
export class PanelReviewsService {
  constructor(
    private readonly repository: PanelRepository,
    private readonly audit: AuditService,
  ) {}

  /** The cases a caller may read (a member: assigned to them), with reviews; every read audited. */
  async cases(sampleId: string | null, user: AuthenticatedUser): Promise<PanelCaseModel[]> {
    const rows = await this.repository.cases(caseScope(user), sampleId);
    await this.audit.record({
      user,
      action: 'panel_case.list',
      entity: 'panel_sample',
      entityId: sampleId ?? undefined,
      details: { cases: rows.length },
    });
    return this.withReviews(rows, user);
  }

  async case(sampleId: string, decisionId: string, user: AuthenticatedUser): Promise<PanelCaseModel> {
    const rows = await this.repository.cases(caseScope(user), sampleId, decisionId);
    if (rows.length === 0) throw new NotFoundException('Deze zaak hoort niet bij uw steekproeven');
    await this.audit.record({
      user,
      action: 'panel_case.read',
      entity: 'objection_decision',
      entityId: decisionId,
      details: { sampleId },
    });
    const [model] = await this.withReviews(rows, user);
    return model!;
  }

  /** Saves only the fields given; a member may review only a case assigned to them. */
  async save(input: SavePanelReviewInput, user: AuthenticatedUser): Promise<PanelReviewModel> {
    if (user.role !== 'panel') throw new ForbiddenException('Alleen leden van het burgerpanel beoordelen');
    const [row] = await this.repository.cases(caseScope(user), input.sampleId, input.decisionId);
    if (!row) throw new NotFoundException('Deze zaak hoort niet bij uw steekproeven');
    const fields: Partial<
      Record<'system_error' | 'norm_codes' | 'reasonable' | 'reasonable_explanation', unknown>
    > = {};
    if (input.systemError !== undefined) fields.system_error = input.systemError;
    if (input.reasonable !== undefined) fields.reasonable = input.reasonable;
    if (input.normCodes !== undefined) {
      const known = new Set((await this.repository.conductNorms()).map((norm) => norm.code));
      const codes = [...new Set(input.normCodes ?? [])].sort();
      if (codes.some((code) => !known.has(code))) throw new BadRequestException('Onbekende norm');
      fields.norm_codes = codes;
    }
    if (input.reasonableExplanation !== undefined) {
      fields.reasonable_explanation = cleanText(input.reasonableExplanation);
    }
    if (Object.keys(fields).length === 0) throw new BadRequestException('Niets om op te slaan');
    const saved = await this.repository.saveReview(
      {
        municipalityCode: row.municipality_code,
        sampleId: row.sample_id,
        decisionId: row.decision_id,
        userId: user.id,
      },
      fields,
    );
    await this.audit.record({
      user,
      action: 'panel_review.save',
      entity: 'objection_decision',
      entityId: row.decision_id,
      details: { sampleId: row.sample_id, fields: Object.keys(fields) },
    });
    return mapReview(saved, user.displayName);
  }

  /**
   * A coordinator confirms (or withdraws) a system error found by the panel; the signals of the
   * municipality are recomputed so it shows up at once as a panel_systeemfout signal.
   */
  async confirm(
    sampleId: string,
    decisionId: string,
    confirmed: boolean,
    note: string | null,
    user: AuthenticatedUser,
  ): Promise<PanelCaseModel> {
    if (!isCoordinator(user)) throw new ForbiddenException('Alleen de coördinator bevestigt een systeemfout');
    const [row] = await this.repository.cases(caseScope(user), sampleId, decisionId);
    if (!row) throw new NotFoundException('Zaak niet gevonden');
    if (confirmed) {
      const reviews = await this.repository.reviews(
        row.municipality_code,
        row.sample_id,
        [row.decision_id],
        null,
      );
      if (!reviews.some((review) => review.system_error === 'ja')) {
        throw new BadRequestException('Geen lid van het panel zag hier een systeemfout');
      }
    }
    await this.repository.confirm(
      row.municipality_code,
      row.sample_id,
      row.decision_id,
      confirmed ? user.id : null,
      confirmed ? cleanText(note) : null,
    );
    await this.repository.refreshSignals(row.municipality_code);
    await this.audit.record({
      user,
      action: confirmed ? 'panel_case.confirm' : 'panel_case.unconfirm',
      entity: 'objection_decision',
      entityId: row.decision_id,
      details: { sampleId: row.sample_id },
    });
    return this.case(sampleId, decisionId, user);
  }

  async norms(): Promise<ConductNormModel[]> {
    const rows = await this.repository.conductNorms();
    return rows
      .filter((row) => row.core_value_code === null)
      .map((core) => ({
        code: core.code,
        label: core.label,
        description: core.description,
        norms: rows
          .filter((row) => row.core_value_code === core.code)
          .map((row) => ({ code: row.code, label: row.label, description: row.description, norms: [] })),
      }));
  }

  /** The panel takes up an existing signal and adds its finding (redacted). */
  async addSignalFinding(
    signalId: string,
    sampleId: string | null,
    finding: string,
    user: AuthenticatedUser,
  ): Promise<PanelSignalFindingModel> {
    const text = cleanText(finding);
    if (!text) throw new BadRequestException('Schrijf de bevinding op');
    const municipality = await this.repository.signalExists(user.municipalityCode, signalId);
    if (!municipality) throw new NotFoundException('Signaal niet gevonden');
    if (sampleId !== null) {
      const [sample] = await this.repository.samples(caseScope(user), sampleId);
      if (!sample || sample.municipality_code !== municipality) {
        throw new NotFoundException('Steekproef niet gevonden');
      }
    }
    const id = await this.repository.addSignalFinding(municipality, signalId, sampleId, text, user.id);
    await this.audit.record({
      user,
      action: 'panel_signal_finding.add',
      entity: 'signal',
      entityId: signalId,
      details: { id },
    });
    const rows = await this.repository.signalFindings(municipality, signalId);
    return mapFinding(rows.find((row) => row.id === id)!);
  }

  async signalFindings(signalId: string | null, user: AuthenticatedUser): Promise<PanelSignalFindingModel[]> {
    const rows = await this.repository.signalFindings(user.municipalityCode, signalId);
    return rows.map(mapFinding);
  }

  private async withReviews(
    rows: readonly PanelCaseRow[],
    user: AuthenticatedUser,
  ): Promise<PanelCaseModel[]> {
    const coordinator = isCoordinator(user);
    const bySample = new Map<string, PanelCaseRow[]>();
    for (const row of rows) {
      bySample.set(`${row.municipality_code}|${row.sample_id}`, [
        ...(bySample.get(`${row.municipality_code}|${row.sample_id}`) ?? []),
        row,
      ]);
    }
    const reviews: ReviewRow[] = [];
    for (const sampleRows of bySample.values()) {
      const first = sampleRows[0]!;
      reviews.push(
        ...(await this.repository.reviews(
          first.municipality_code,
          first.sample_id,
          sampleRows.map((row) => row.decision_id),
          coordinator ? null : user.id,
        )),
      );
    }
    const names = new Map(
      (await this.repository.panelMembers(null)).map((member) => [member.id, member.display_name]),
    );
    return rows.map((row) => {
      const own = reviews.filter(
        (review) =>
          review.sample_id === row.sample_id &&
          review.decision_id === row.decision_id &&
          review.municipality_code === row.municipality_code,
      );
      const mine = own.find((review) => review.user_id === user.id) ?? null;
      return {
        sampleId: row.sample_id,
        sampleTitle: row.sample_title,
        decisionId: row.decision_id,
        caseNumber: row.position,
        law: row.law,
        lawLabel: lawLabel(row.law),
        domainLabel: row.domain_label,
        themeLabel: row.theme_label,
        decisionType: row.decision_type,
        primaryDecisionOn: row.primary_decision_on,
        objectionReceivedOn: row.objection_received_on,
        decidedOn: row.decided_on,
        advisoryCommittee: row.advisory_committee,
        extended: row.extended,
        termMet: row.over_term === null ? null : !row.over_term,
        outcome: row.outcome,
        outcomeLabel: outcomeLabel(row.outcome),
        summaryRedacted: row.summary_redacted,
        confirmed: row.confirmed_at !== null,
        confirmationNote: row.confirmation_note,
        myReview: mine ? mapReview(mine, user.displayName) : null,
        reviews: own.map((review) => mapReview(review, names.get(review.user_id) ?? 'Panellid')),
      };
    });
  }
}
