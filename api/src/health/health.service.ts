import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { HealthRepository } from './health.repository';
import { Health } from './models/health.model';

@Injectable()
export class HealthService {
  constructor(
    private readonly repository: HealthRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<Health> {
    const database = await this.repository.ping();
    return { status: database ? 'ok' : 'degraded', database, version: this.config.version };
  }
}
