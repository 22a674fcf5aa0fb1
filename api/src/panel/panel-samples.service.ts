import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth/role';
import { DrawPanelSampleInput, PanelFrameInput } from './dto/panel.inputs';
import {
  PanelFrameOptions,
  PanelFramePreview,
  PanelMember,
  PanelRedrawCheck,
  PanelSampleModel,
  PanelStratum,
} from './models/panel-sample.model';
import { actingMunicipality, caseScope, isCoordinator } from './panel-access';
import { describeFrame, lawLabel, outcomeLabel, stratumLabel } from './panel-labels';
import { drawSample, requiredSampleSize } from './panel-sampling';
import { PanelFrame, PanelRepository, PanelStratifyBy, SampleRow } from './panel.repository';

export const PANEL_SAMPLE_MAX_SIZE = 2000;
const TEXT_MAX_LENGTH = 200;

/** Only the keys of the frame, each with an empty value dropped: the stored frame is canonical. */
export function canonicalFrame(input: PanelFrameInput): PanelFrame {
  const frame: PanelFrame = {};
  if (input.decidedFrom) frame.decidedFrom = input.decidedFrom;
  if (input.decidedTo) frame.decidedTo = input.decidedTo;
  for (const key of ['laws', 'domains', 'outcomes', 'themeCodes'] as const) {
    const values = input[key];
    if (values && values.length > 0) frame[key] = [...new Set(values)].sort();
  }
  if (input.advisoryCommittee !== undefined && input.advisoryCommittee !== null) {
    frame.advisoryCommittee = input.advisoryCommittee;
  }
  if (input.overTerm !== undefined && input.overTerm !== null) frame.overTerm = input.overTerm;
  return frame;
}

@Injectable()
export class PanelSamplesService {
  constructor(
    private readonly repository: PanelRepository,
    private readonly audit: AuditService,
  ) {}

  async preview(
    frameInput: PanelFrameInput,
    stratifyBy: PanelStratifyBy | null,
    margin: number,
    municipalityCode: string | null,
    user: AuthenticatedUser,
  ): Promise<PanelFramePreview> {
    if (!(margin > 0 && margin < 0.5)) throw new BadRequestException('De marge ligt tussen 0 en 0,5');
    const municipality = actingMunicipality(user, municipalityCode, await this.repository.onlyMunicipality());
    const ranked = await this.repository.rankFrame(municipality, canonicalFrame(frameInput), stratifyBy, '');
    const counts = new Map<string, number>();
    for (const decision of ranked) counts.set(decision.stratum, (counts.get(decision.stratum) ?? 0) + 1);
    return {
      frameCount: ranked.length,
      strata: [...counts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([stratum, count]) => ({
          stratum,
          label: stratumLabel(stratifyBy, stratum),
          drawn: count,
          weight: 1,
        })),
      requiredSampleSize: requiredSampleSize(0.1, margin, ranked.length),
    };
  }

  async frameOptions(user: AuthenticatedUser): Promise<PanelFrameOptions> {
    const options = await this.repository.frameOptions(user.municipalityCode);
    return {
      laws: options.laws.map((code) => ({ code, label: lawLabel(code) })),
      outcomes: options.outcomes.map((code) => ({ code, label: outcomeLabel(code) })),
      themes: options.themes,
    };
  }

  async draw(input: DrawPanelSampleInput, user: AuthenticatedUser): Promise<PanelSampleModel> {
    const municipality = actingMunicipality(
      user,
      input.municipalityCode,
      await this.repository.onlyMunicipality(),
    );
    const title = input.title.trim();
    const seed = input.seed.trim();
    if (!title || title.length > TEXT_MAX_LENGTH) {
      throw new BadRequestException('Geef de steekproef een naam');
    }
    if (!seed || seed.length > TEXT_MAX_LENGTH) throw new BadRequestException('Geef een startgetal (seed)');
    if (!Number.isInteger(input.size) || input.size < 1 || input.size > PANEL_SAMPLE_MAX_SIZE) {
      throw new BadRequestException(`De omvang ligt tussen 1 en ${PANEL_SAMPLE_MAX_SIZE}`);
    }
    if (![1, 2].includes(input.reviewersPerCase)) {
      throw new BadRequestException('1 of 2 beoordelaars per zaak');
    }
    const stratifyBy = input.stratifyBy ?? null;
    const allocation = stratifyBy ? (input.allocation ?? 'proportioneel') : null;
    const frame = canonicalFrame(input.frame);
    const ranked = await this.repository.rankFrame(municipality, frame, stratifyBy, seed);
    if (ranked.length === 0) {
      throw new BadRequestException('Er zijn geen beslissingen die bij deze keuzes passen');
    }
    const drawn = drawSample(ranked, input.size, allocation ?? 'proportioneel');
    const id = await this.repository.insertSample(
      {
        municipalityCode: municipality,
        title,
        seed,
        size: input.size,
        frame,
        stratifyBy,
        allocation,
        reviewersPerCase: input.reviewersPerCase,
        frameCount: ranked.length,
        drawnBy: user.id,
      },
      drawn,
    );
    await this.audit.record({
      user,
      action: 'panel_sample.draw',
      entity: 'panel_sample',
      entityId: id,
      details: {
        municipalityCode: municipality,
        size: input.size,
        seed,
        frame,
        stratifyBy,
        allocation,
        drawn: drawn.length,
      },
    });
    return this.sample(id, user);
  }

  async samples(user: AuthenticatedUser): Promise<PanelSampleModel[]> {
    const scope = caseScope(user);
    const rows = await this.repository.samples(scope);
    return Promise.all(rows.map((row) => this.toModel(row, user)));
  }

  async sample(id: string, user: AuthenticatedUser): Promise<PanelSampleModel> {
    const [row] = await this.repository.samples(caseScope(user), id);
    if (!row) throw new NotFoundException('Steekproef niet gevonden');
    return this.toModel(row, user);
  }

  /** Draws again with the stored parameters on today's data and compares with the stored decisions. */
  async redrawCheck(id: string, user: AuthenticatedUser): Promise<PanelRedrawCheck> {
    const [row] = await this.repository.samples(caseScope(user), id);
    if (!row) throw new NotFoundException('Steekproef niet gevonden');
    const ranked = await this.repository.rankFrame(
      row.municipality_code,
      row.frame,
      row.stratify_by,
      row.seed,
    );
    const redrawn = new Set(
      drawSample(ranked, row.size, row.allocation ?? 'proportioneel').map((d) => d.decisionId),
    );
    const stored = new Set(await this.repository.drawnIds(row.municipality_code, row.id));
    const onlyInRedraw = [...redrawn].filter((decisionId) => !stored.has(decisionId)).length;
    const onlyInStored = [...stored].filter((decisionId) => !redrawn.has(decisionId)).length;
    return {
      identical: onlyInRedraw === 0 && onlyInStored === 0,
      frameCountNow: ranked.length,
      onlyInRedraw,
      onlyInStored,
    };
  }

  async members(user: AuthenticatedUser): Promise<PanelMember[]> {
    const rows = await this.repository.panelMembers(user.municipalityCode);
    return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
  }

  async assign(id: string, userIds: readonly number[], user: AuthenticatedUser): Promise<PanelSampleModel> {
    const [row] = await this.repository.samples(caseScope(user), id);
    if (!row) throw new NotFoundException('Steekproef niet gevonden');
    const allowed = new Set(
      (await this.repository.panelMembers(row.municipality_code)).map((member) => member.id),
    );
    const members = [...new Set(userIds)];
    if (members.some((memberId) => !allowed.has(memberId))) {
      throw new BadRequestException('Alleen leden van het burgerpanel van deze gemeente');
    }
    await this.repository.assign(row.municipality_code, row.id, members, row.reviewers_per_case);
    await this.audit.record({
      user,
      action: 'panel_sample.assign',
      entity: 'panel_sample',
      entityId: row.id,
      details: { members },
    });
    return this.sample(id, user);
  }

  private async toModel(row: SampleRow, user: AuthenticatedUser): Promise<PanelSampleModel> {
    const [strata, progress] = await Promise.all([
      this.repository.strata(row.municipality_code, row.id),
      this.repository.memberProgress(row.municipality_code, row.id),
    ]);
    const frame = row.frame;
    return {
      id: row.id,
      municipalityCode: row.municipality_code,
      title: row.title,
      seed: row.seed,
      size: row.size,
      frame: {
        decidedFrom: frame.decidedFrom ?? null,
        decidedTo: frame.decidedTo ?? null,
        laws: frame.laws ?? [],
        domains: frame.domains ?? [],
        outcomes: frame.outcomes ?? [],
        themeCodes: frame.themeCodes ?? [],
        advisoryCommittee: frame.advisoryCommittee ?? null,
        overTerm: frame.overTerm ?? null,
        description: describeFrame(frame),
      },
      stratifyBy: row.stratify_by,
      allocation: row.allocation,
      reviewersPerCase: row.reviewers_per_case,
      frameCount: row.frame_count,
      drawnByName: row.drawn_by_name,
      drawnAt: row.drawn_at,
      drawn: row.drawn,
      reviewed: row.reviewed,
      strata: strata.map((stratum): PanelStratum => ({
        stratum: stratum.stratum,
        label: stratumLabel(row.stratify_by, stratum.stratum),
        drawn: stratum.drawn,
        weight: Number(stratum.weight),
      })),
      members: progress
        .filter((member) => isCoordinator(user) || member.user_id === user.id)
        .map((member) => ({
          userId: member.user_id,
          displayName: member.display_name,
          assigned: member.assigned,
          reviewed: member.reviewed,
        })),
    };
  }
}
