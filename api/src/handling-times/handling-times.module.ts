import { Module } from '@nestjs/common';
import { CoverageModule } from '../coverage/coverage.module';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { METRICS_CLOCK, systemClock } from '../metrics/metrics.service';
import { HandlingTimesRepository } from './handling-times.repository';
import { HandlingTimesResolver } from './handling-times.resolver';
import { HandlingTimesService } from './handling-times.service';

@Module({
  imports: [CoverageModule],
  providers: [
    HandlingTimesResolver,
    HandlingTimesService,
    HandlingTimesRepository,
    { provide: DISCLOSURE_POLICY, useValue: DEFAULT_DISCLOSURE_POLICY },
    { provide: METRICS_CLOCK, useValue: systemClock },
  ],
  // The P&C reports compose their sections from this service (api/src/reports).
  exports: [HandlingTimesService],
})
export class HandlingTimesModule {}
