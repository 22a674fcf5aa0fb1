import { Module } from '@nestjs/common';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { METRICS_CLOCK, systemClock } from '../metrics/metrics.service';
import { FreshnessRepository } from './freshness.repository';
import { FreshnessResolver } from './freshness.resolver';
import { FreshnessService } from './freshness.service';

@Module({
  providers: [
    FreshnessResolver,
    FreshnessService,
    FreshnessRepository,
    { provide: DISCLOSURE_POLICY, useValue: DEFAULT_DISCLOSURE_POLICY },
    { provide: METRICS_CLOCK, useValue: systemClock },
  ],
  // The P&C reports compose their sections from this service (api/src/reports).
  exports: [FreshnessService],
})
export class FreshnessModule {}
