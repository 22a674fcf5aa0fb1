import { ForbiddenException, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth/role';
import { ThemeModelTraining } from './models/theme-model-training.model';
import { ThemeModelScores, ThemeModelVersion } from './models/theme-model-version.model';
import { ThemeModelTrainer } from './theme-model-trainer';
import { ModelRow, ThemeReviewRepository } from './theme-review.repository';

/** Who may train, compare and take theme models into use. */
export const MODEL_ROLES = ['beheer', 'beleid'] as const;
export const MIN_THRESHOLD = 0.3;
export const MAX_THRESHOLD = 0.95;

const NO_SCORES: ThemeModelScores = { accuracy: null, coverage: null, precision: null };

function scores(value: unknown): ThemeModelScores {
  if (typeof value !== 'object' || value === null) return NO_SCORES;
  const read = (key: keyof ThemeModelScores): number | null => {
    const field = (value as Record<string, unknown>)[key];
    return typeof field === 'number' ? field : null;
  };
  return { accuracy: read('accuracy'), coverage: read('coverage'), precision: read('precision') };
}

/** Pure: a stored model row as published (training counts and evaluation from their JSON columns). */
export function mapModel(row: ModelRow): ThemeModelVersion {
  const evaluation = row.evaluation;
  const activeVersion = evaluation.activeVersion;
  return {
    version: row.version,
    status: row.status,
    trainedAt: row.trained_at,
    trainedBy: row.trained_by,
    threshold: Number(row.threshold),
    corpusTexts: row.training.corpus ?? 0,
    sourceRecords: row.training.bron ?? 0,
    reviewDecisions: row.training.beoordeling ?? 0,
    heldOut: typeof evaluation.heldOut === 'number' ? evaluation.heldOut : 0,
    scores: scores(evaluation.candidate),
    comparedWithVersion: typeof activeVersion === 'number' ? activeVersion : null,
    comparedScores: evaluation.active ? scores(evaluation.active) : null,
    activatedAt: row.activated_at,
    activatedBy: row.activated_by,
  };
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

@Injectable()
export class ThemeModelsService {
  constructor(
    private readonly repository: ThemeReviewRepository,
    private readonly trainer: ThemeModelTrainer,
    private readonly audit: AuditService,
  ) {}

  async models(viewer: AuthenticatedUser): Promise<ThemeModelVersion[]> {
    assertModelRole(viewer);
    return (await this.repository.models()).map(mapModel);
  }

  training(viewer: AuthenticatedUser): ThemeModelTraining | null {
    assertModelRole(viewer);
    return this.trainer.current();
  }

  async startTraining(
    viewer: AuthenticatedUser,
    threshold: number | null | undefined,
  ): Promise<ThemeModelTraining> {
    assertModelRole(viewer);
    if (
      threshold !== null &&
      threshold !== undefined &&
      !(threshold >= MIN_THRESHOLD && threshold <= MAX_THRESHOLD)
    ) {
      throw badInput(`De drempel moet tussen ${MIN_THRESHOLD} en ${MAX_THRESHOLD} liggen`);
    }
    const job = this.trainer.start(viewer.username, threshold ?? undefined);
    await this.audit.record({
      user: viewer,
      action: 'theme_model.train',
      entity: 'theme_model',
      details: { threshold: threshold ?? null, startedBy: job.startedBy },
    });
    return job;
  }

  async activate(viewer: AuthenticatedUser, version: number): Promise<boolean> {
    assertModelRole(viewer);
    const activated = await this.repository.activate(version, viewer.username);
    if (!activated) throw badInput(`Themamodel versie ${version} bestaat niet of is afgewezen`);
    await this.audit.record({
      user: viewer,
      action: 'theme_model.activate',
      entity: 'theme_model',
      entityId: version,
    });
    return true;
  }
}

/** Defence in depth: the guard already refuses other roles. */
function assertModelRole(viewer: AuthenticatedUser): void {
  if (!(MODEL_ROLES as readonly string[]).includes(viewer.role)) {
    throw new ForbiddenException('Geen toegang');
  }
}
