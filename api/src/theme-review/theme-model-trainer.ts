import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { trainThemeModel, type TrainingPhase } from '@leerlus/etl';
import { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ThemeModelTraining } from './models/theme-model-training.model';
import { THEME_TRAINING_CONFIG, ThemeTrainingConfig } from './theme-training.config';

export const SCHEDULED_BY = 'planning';

/**
 * Trains new theme models in the background with the ETL's trainThemeModel, one at a time, on demand
 * and every `retrainHours`. A new model is always a candidate: someone takes it into use after seeing
 * its evaluation. The latest training's progress is kept in memory (this process only).
 */
@Injectable()
export class ThemeModelTrainer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ThemeModelTrainer.name);
  private readonly pool: Pool;
  private latest: ThemeModelTraining | null = null;
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) appConfig: AppConfig,
    @Inject(THEME_TRAINING_CONFIG) private readonly config: ThemeTrainingConfig,
  ) {
    this.pool = new Pool({ connectionString: appConfig.databaseUrl, max: 1 });
    this.pool.on('error', (error) => this.logger.warn(`Trainingspool: ${error.message}`));
  }

  onApplicationBootstrap(): void {
    if (this.config.retrainHours <= 0) return;
    this.timer = setInterval(() => this.start(SCHEDULED_BY), this.config.retrainHours * 3_600_000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    // Training is not interrupted half-way; a long one is abandoned (nothing is stored until the end).
    await Promise.race([this.running, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    await Promise.race([
      this.pool.end().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 2000).unref()),
    ]);
  }

  /** The running or last training in this process. */
  current(): ThemeModelTraining | null {
    return this.latest;
  }

  /** Starts a training, or returns the one already running (so a second click joins it). */
  start(startedBy: string, threshold?: number): ThemeModelTraining {
    if (this.running && this.latest) return this.latest;
    const job: ThemeModelTraining = {
      phase: 'wachten',
      startedBy,
      startedAt: new Date(),
      finishedAt: null,
      version: null,
      error: null,
    };
    this.latest = job;
    this.running = this.run(job, threshold).finally(() => {
      this.running = null;
    });
    return job;
  }

  /** Resolves when the running training (if any) has finished. */
  async idle(): Promise<void> {
    await this.running;
  }

  private async run(job: ThemeModelTraining, threshold: number | undefined): Promise<void> {
    const client = await this.pool.connect().catch((error: unknown) => {
      this.fail(job, error);
      return null;
    });
    if (!client) return;
    try {
      const report = await trainThemeModel(client, {
        trainedBy: job.startedBy,
        threshold,
        corpusDirectory: this.config.corpusDirectory,
        onProgress: (phase: TrainingPhase) => {
          job.phase = phase;
        },
      });
      job.version = report.version;
      job.phase = 'klaar';
      job.finishedAt = new Date();
      this.logger.log(`Themamodel versie ${report.version} getraind (kandidaat)`);
    } catch (error) {
      this.fail(job, error);
    } finally {
      client.release();
    }
  }

  private fail(job: ThemeModelTraining, error: unknown): void {
    job.phase = 'mislukt';
    job.finishedAt = new Date();
    job.error = 'Het trainen is mislukt; zie het logboek van de server.';
    this.logger.error(`Themamodel trainen mislukt: ${String(error)}`);
  }
}
