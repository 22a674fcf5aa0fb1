import { Module } from '@nestjs/common';
import { CoverageModule } from '../coverage/coverage.module';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { MetricsRepository } from './metrics.repository';
import { MetricsResolver } from './metrics.resolver';
import { METRICS_CLOCK, MetricsService, systemClock } from './metrics.service';

@Module({
  imports: [CoverageModule],
  providers: [
    MetricsResolver,
    MetricsService,
    MetricsRepository,
    { provide: DISCLOSURE_POLICY, useValue: DEFAULT_DISCLOSURE_POLICY },
    { provide: METRICS_CLOCK, useValue: systemClock },
  ],
  // The measures register and the P&C reports compute their figures through the same service.
  exports: [MetricsService, MetricsRepository],
})
export class MetricsModule {}
