import { Module } from '@nestjs/common';
import { CoverageModule } from '../coverage/coverage.module';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { METRICS_CLOCK, systemClock } from '../metrics/metrics.service';
import { ThermometerRepository } from './thermometer.repository';
import { ThermometerResolver } from './thermometer.resolver';
import { ThermometerService } from './thermometer.service';

@Module({
  imports: [CoverageModule],
  providers: [
    ThermometerResolver,
    ThermometerService,
    ThermometerRepository,
    { provide: DISCLOSURE_POLICY, useValue: DEFAULT_DISCLOSURE_POLICY },
    { provide: METRICS_CLOCK, useValue: systemClock },
  ],
  // The P&C reports compose their sections from this service (api/src/reports).
  exports: [ThermometerService],
})
export class ThermometerModule {}
