import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { isLockTimeout } from '../hardening/database-busy';
import { SignalsRepository } from './signals.repository';

/**
 * Recomputes every signal on a schedule, not only after imports: whether a quarter has ended or a
 * provider report is overdue depends on today (docs/indicators/signals.md, "Recompute").
 */
@Injectable()
export class SignalsScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SignalsScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly repository: SignalsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.signalsRefreshMinutes ?? 0;
    if (minutes <= 0) return;
    this.timer = setInterval(() => void this.recompute(), minutes * 60_000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /**
   * One round; a round still running is not started twice, a failed round is logged. A round that found the
   * facts locked (an initial load holds them until it commits, and recomputes the signals itself) is not an
   * error: it waits for the next round.
   */
  recompute(): Promise<void> {
    this.running ??= this.repository
      .refresh(null, null)
      .catch((error: unknown) => {
        if (isLockTimeout(error)) {
          this.logger.warn(
            'Signalen herberekenen uitgesteld tot de volgende ronde: de gegevens worden bijgewerkt',
          );
        } else {
          this.logger.error(`Signalen herberekenen mislukt: ${String(error)}`);
        }
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
