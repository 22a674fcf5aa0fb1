import { Module } from '@nestjs/common';
import { CoverageModule } from '../coverage/coverage.module';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { DISCLOSURE_POLICY } from '../disclosure/disclosure-policy';
import { METRICS_CLOCK, systemClock } from '../metrics/metrics.service';
import { OutcomesRepository } from './outcomes.repository';
import { OutcomesResolver } from './outcomes.resolver';
import { OutcomesService } from './outcomes.service';

@Module({
  imports: [CoverageModule],
  providers: [
    OutcomesResolver,
    OutcomesService,
    OutcomesRepository,
    { provide: DISCLOSURE_POLICY, useValue: DEFAULT_DISCLOSURE_POLICY },
    { provide: METRICS_CLOCK, useValue: systemClock },
  ],
  // The P&C reports compose their sections from this service (api/src/reports).
  exports: [OutcomesService],
})
export class OutcomesModule {}
