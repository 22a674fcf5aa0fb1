import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ThemeModelTraining } from './models/theme-model-training.model';
import { THEME_TRAINING_CONFIG, ThemeTrainingConfig } from './theme-training.config';
import { trainInWorker, type WorkerTraining } from './train-in-worker';

export const SCHEDULED_BY = 'planning';

/**
 * Trains new theme models in the background with the ETL's trainThemeModel, one at a time, on demand
 * and every `retrainHours`, each in a worker thread so that the API keeps answering while the model
 * learns. A new model is always a candidate: someone takes it into use after seeing its evaluation. The
 * latest training's progress is kept in memory (this process only).
 */
@Injectable()
export class ThemeModelTrainer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ThemeModelTrainer.name);
  private readonly databaseUrl: string;
  private latest: ThemeModelTraining | null = null;
  private running: Promise<void> | null = null;
  private worker: WorkerTraining | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) appConfig: AppConfig,
    @Inject(THEME_TRAINING_CONFIG) private readonly config: ThemeTrainingConfig,
  ) {
    this.databaseUrl = appConfig.databaseUrl;
  }

  onApplicationBootstrap(): void {
    if (this.config.retrainHours <= 0) return;
    this.timer = setInterval(() => this.start(SCHEDULED_BY), this.config.retrainHours * 3_600_000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    // A training about to finish may; a longer one is stopped (the model is stored in one statement at the
    // end, so nothing half is left).
    await Promise.race([this.running, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    await this.worker?.stop();
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
    const training = trainInWorker(
      {
        databaseUrl: this.databaseUrl,
        options: { trainedBy: job.startedBy, threshold, corpusDirectory: this.config.corpusDirectory },
      },
      (phase) => {
        job.phase = phase;
      },
    );
    this.worker = training;
    try {
      job.version = await training.version;
      job.phase = 'klaar';
      job.finishedAt = new Date();
      this.logger.log(`Themamodel versie ${job.version} getraind (kandidaat)`);
    } catch (error) {
      this.fail(job, error);
    } finally {
      this.worker = null;
    }
  }

  private fail(job: ThemeModelTraining, error: unknown): void {
    job.phase = 'mislukt';
    job.finishedAt = new Date();
    job.error = 'Het trainen is mislukt; zie het logboek van de server.';
    this.logger.error(`Themamodel trainen mislukt: ${String(error)}`);
  }
}
